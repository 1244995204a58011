// The harness of the end-to-end tests: a page object over the app's
// data-testid hooks, a fresh browser profile per test (so fresh
// localStorage), and a runner that fails a test on any console or page
// error. Test files register tests with `test` and call `run` once.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

export const here = dirname(fileURLToPath(import.meta.url));
export const url = process.argv[2] ?? 'http://127.0.0.1:8123/sub/';
export const screenshot = process.argv[3];
export const article = readFileSync(join(here, '..', 'fixtures', 'harbour-flood.txt'), 'utf8');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A page object over the app's data-testid hooks. */
export class Marginalia {
  constructor(page) { this.page = page; }
  async open() {
    await this.page.goto(url);
    await this.page.waitForSelector('[data-testid=drop-zone]', { timeout: 20000 });
  }
  pasteArea() { return this.page.locator('[data-testid=paste-area]'); }
  async marks(label) {
    return this.page.locator(`[data-testid=article-view] mark[data-label=${label.toUpperCase()}]`).allTextContents();
  }
  async quoteTexts() {
    return this.page.locator('[data-testid=article-view] mark[data-label=quote][id]').allTextContents();
  }
  async annotationCount() {
    return Number(await this.page.locator('[data-testid=annotation-count]').textContent());
  }
  /** The open article and its work as stored in localStorage (the library
   * index names the open article). */
  async stored() {
    return JSON.parse(await this.page.evaluate(() => {
      const library = JSON.parse(localStorage.getItem('marginalia.library'));
      return localStorage.getItem(`marginalia.doc.${library.open}`);
    }));
  }
  /** The client rectangles of the first occurrence of `text` in the article
   * (it may cross highlight boundaries). */
  async rectsOf(text, occurrence = 0) {
    return this.page.evaluate(({ text, occurrence }) => {
      const article = document.querySelector('[data-testid=article-view]');
      for (const p of article.querySelectorAll('p')) {
        let at = -1;
        for (let n = 0; n <= occurrence; n++) {
          at = p.textContent.indexOf(text, at + 1);
          if (at < 0) break;
        }
        if (at < 0) continue;
        // Map paragraph offsets to text nodes.
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0, node;
        while ((node = walker.nextNode())) {
          const len = node.data.length;
          if (seen <= at && at <= seen + len) range.setStart(node, at - seen);
          if (seen <= at + text.length && at + text.length <= seen + len) { range.setEnd(node, at + text.length - seen); break; }
          seen += len;
        }
        return [...range.getClientRects()].map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
      }
      throw new Error(`not in the article: ${text}`);
    }, { text, occurrence });
  }
  /** Selects `text` in the article with the mouse, by dragging across it. */
  async dragSelect(text, occurrence = 0) {
    const rects = (await this.rectsOf(text, occurrence)).filter((r) => r.right > r.left);
    const first = rects[0], last = rects.at(-1);
    await this.page.mouse.move(first.left + 1, (first.top + first.bottom) / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 5 });
    await this.page.mouse.up();
  }
  /** Clicks the middle of the first occurrence of `text` in the article. */
  async clickText(text, occurrence = 0) {
    const [r] = await this.rectsOf(text, occurrence);
    await this.page.mouse.click((r.left + r.right) / 2, (r.top + r.bottom) / 2);
  }
  /** The highlights covering exactly `text`: [{ label, status, id }]. */
  async marksOn(text) {
    return this.page.evaluate((text) => {
      const byId = new Map();
      for (const m of document.querySelectorAll('[data-testid=article-view] mark[data-ann]')) {
        const id = m.dataset.ann;
        const entry = byId.get(id) ?? { id, label: m.dataset.label, status: m.classList.contains('confirmed') ? 'confirmed' : 'suggested', text: '' };
        entry.text += m.textContent;
        byId.set(id, entry);
      }
      // A highlight's text is the text of its pieces, each counted once.
      return [...byId.values()].filter((e) => {
        const pieces = [...document.querySelectorAll(`[data-testid=article-view] mark[data-ann="${e.id}"]`)];
        return pieces.filter((p) => !pieces.some((o) => o !== p && o.contains(p))).map((p) => p.textContent).join('') === text;
      }).map(({ id, label, status }) => ({ id, label, status }));
    }, text);
  }
  /** Chooses an item of the Export menu; returns the parsed download
   * (JSON) or its text, and its file name. */
  async download(testId, { json = true } = {}) {
    await this.page.click('[data-testid=export-menu] summary');
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click(`[data-testid=${testId}]`)]);
    const text = readFileSync(await download.path(), 'utf8');
    return { name: download.suggestedFilename(), body: json ? JSON.parse(text) : text };
  }
  /** Fills localStorage to the brim with keys of another app. */
  async fillStorage() {
    await this.page.evaluate(() => {
      const chunk = 'x'.repeat(1 << 20);
      let i = 0;
      for (let size = chunk.length; size > 16; ) {
        try { localStorage.setItem(`filler.${i++}`, chunk.slice(0, size)); } catch { size = Math.floor(size / 2); }
      }
    });
  }
  async reload() {
    await this.page.reload();
    await this.page.waitForSelector('[data-testid=article-view]');
  }
  /** Pastes through the real clipboard: Ctrl+V into the paste area. */
  async paste({ html, text }) {
    await this.page.evaluate(async ({ html, text }) => {
      const items = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
      if (html) items['text/html'] = new Blob([html], { type: 'text/html' });
      await navigator.clipboard.write([new ClipboardItem(items)]);
    }, { html, text });
    await this.pasteArea().focus();
    await this.page.keyboard.press('Control+V');
    await this.analysed();
  }
  /** Waits until the engine's annotations of the text are shown (the
   * article is busy while the worker runs), and the side panel, which is
   * drawn a frame or two after the article, has drawn its tab. */
  async analysed() {
    await this.page.waitForSelector('[data-testid=article-view]:not([aria-busy])');
    await this.page.waitForFunction(() => {
      const tab = document.querySelector('.side-panel [role=tabpanel]');
      return !tab || tab.childElementCount > 0;
    });
  }
}

const tests = [];
export const test = (name, fn) => tests.push({ name, fn });

async function withPage(fn) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'marginalia-e2e-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS,
    acceptDownloads: true, viewport: { width: 1280, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await fn(new Marginalia(page), page);
    assert.deepEqual(errors, [], 'console or page errors');
  } finally {
    await context.close();
  }
}

/** Runs every registered test, one fresh browser each; prints a summary. */
export async function run() {
  let passed = 0, failed = 0;
  // E2E_ONLY=words runs the tests whose name contains them (while working).
  const only = process.env.E2E_ONLY;
  for (const { name, fn } of tests.filter((t) => !only || t.name.includes(only))) {
    try {
      await withPage(fn);
      passed++;
      console.log(`ok   ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}\n     ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n     ')}`);
    }
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
