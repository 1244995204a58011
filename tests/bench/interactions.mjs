// Interaction benchmark: how long each action a reviewer takes waits for
// its next paint, measured as Chromium's own metrics do (the Event Timing
// API: an interaction's latency is its longest event, input to the paint
// after it, what Interaction to Next Paint reports), on articles of 5,000,
// 100,000 and 1,000,000 words. Every action is real input from Playwright
// (trusted events: synthetic ones are not timed by the browser). Also:
// paste → first highlight painted, long tasks after that first paint, and
// memory (JavaScript heap and WebAssembly memory) once the article is in.
//
//   node tests/bench/interactions.mjs URL [WORDS ...]
//
// Prints one table: each action's p50 and p95 over its runs, in ms. The
// browser reports event durations in steps of 8 ms and none under 16 ms:
// "≤ 16" is an interaction faster than that.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleOfWords } from './texts.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8123/sub/';
const SIZES = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [5000, 100000, 1000000];
const RUNS = (words) => (words >= 1000000 ? 3 : words >= 100000 ? 5 : 9);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--enable-precise-memory-info'];

/** In the page from its first script on: every timed event and long task. */
function observe() {
  window.__events = [];
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__events.push(...list.getEntries().map((e) => (
    { id: e.interactionId, start: e.startTime, duration: e.duration, name: e.name }))))
    .observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => (
    { start: e.startTime, duration: e.duration }))))
    .observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
}

/** Runs `act` and returns the latency of the first interaction it made. */
async function timed(page, act) {
  const since = await page.evaluate(() => performance.now());
  await act();
  // Event entries arrive after the paint that ends them.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 120)))));
  return page.evaluate((since) => {
    const mine = window.__events.filter((e) => e.id > 0 && e.start >= since);
    if (!mine.length) return 16;
    const first = Math.min(...mine.map((e) => e.id));
    return Math.max(...mine.filter((e) => e.id === first).map((e) => e.duration));
  }, since);
}

async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 250)))));
}

/** The middle of the `n`th highlight of a label that is in view. */
async function markPoint(page, n = 0) {
  return page.evaluate((n) => {
    const marks = [...document.querySelectorAll('[data-testid=article-view] mark.layer-entity')]
      .filter((m) => { const r = m.getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight && r.width > 0; });
    const r = marks[n % marks.length].getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, n);
}

/** Drags across a few plain words of the first paragraph in view. */
async function selectWords(page, n) {
  const box = await page.evaluate((n) => {
    const ps = [...document.querySelectorAll('[data-testid=article-view] p')]
      .filter((p) => { const r = p.getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight; });
    const p = ps[n % ps.length];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      if (node.parentElement.closest('mark')) continue;
      const m = /[a-z]{4,} [a-z]{4,}/.exec(node.data);
      if (!m) continue;
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()];
      if (rects.length !== 1) continue;
      const r = rects[0];
      return { x0: r.left + 1, x1: r.right - 1, y: (r.top + r.bottom) / 2 };
    }
    return null;
  }, n);
  if (!box) return false;
  await page.mouse.move(box.x0, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x1, box.y, { steps: 4 });
  await page.mouse.up();
  return true;
}

const ACTIONS = {
  'accept (a)': async (page) => { await page.keyboard.press('j'); await settle(page); return timed(page, () => page.keyboard.press('a')); },
  'reject (x)': async (page) => { await page.keyboard.press('j'); await settle(page); return timed(page, () => page.keyboard.press('x')); },
  'relabel (2)': async (page) => { await page.keyboard.press('j'); await settle(page); return timed(page, () => page.keyboard.press('2')); },
  'undo (Ctrl+Z)': async (page) => timed(page, () => page.keyboard.press('Control+z')),
  'open the editor (e)': async (page) => {
    await page.keyboard.press('j'); await settle(page);
    const ms = await timed(page, () => page.keyboard.press('e'));
    await page.keyboard.press('Escape');
    return ms;
  },
  'click a highlight': async (page, i) => {
    const p = await markPoint(page, i);
    const ms = await timed(page, () => page.mouse.click(p.x, p.y));
    await page.keyboard.press('Escape');
    return ms;
  },
  'tag a selection (1)': async (page, i) => {
    if (!(await selectWords(page, i))) return null;
    await settle(page);
    return timed(page, () => page.keyboard.press('1'));
  },
  'switch side-panel tab': async (page, i) => {
    const tab = ['tab-entities', 'tab-all', 'tab-speakers'][i % 3];
    return timed(page, () => page.click(`[data-testid=${tab}]`));
  },
  'speaker change (Enter)': async (page, i) => {
    await page.click('[data-testid=tab-speakers]'); await settle(page);
    const input = page.locator('[data-testid=reassign-speaker]').first();
    if (!(await input.count())) return null;
    await input.fill(`Speaker ${i}`);
    return timed(page, () => input.press('Enter'));
  },
  'type a character': async (page) => {
    const area = page.locator('[data-testid=paste-area]');
    if (!(await area.count())) {
      await page.click('.edit-text summary');
      await area.waitFor();
    }
    await area.focus();
    await page.keyboard.press('End');
    const ms = await timed(page, () => page.keyboard.type('x'));
    await page.locator('[data-testid=article-view]').focus();
    return ms;
  },
};

async function measureSize(context, words) {
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('[data-testid=paste-area]');
  await page.waitForTimeout(1500);
  const text = articleOfWords(words);
  const paste = await page.evaluate(async (text) => {
    const area = document.querySelector('[data-testid=paste-area]');
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    const t0 = performance.now();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    await new Promise((resolve) => {
      const check = () => (document.querySelector('[data-testid=article-view] mark') ? resolve() : requestAnimationFrame(check));
      check();
    });
    const painted = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    window.__firstPaint = painted;
    return painted - t0;
  }, text);
  // Let the whole text's annotations come (the worker sends a long text's
  // first screens first), the rest of the article and the panel draw, and
  // the save land.
  await page.waitForSelector('[data-testid=article-view]:not([aria-busy])', { timeout: 120000 });
  await page.waitForSelector('[data-testid=speaker-panel], [data-testid=annotation-list], .side-panel', { timeout: 120000 });
  await page.waitForTimeout(words >= 1000000 ? 5000 : 1500);
  await page.locator('[data-testid=article-view]').focus();
  const results = { words, chars: text.length, paste, actions: {} };
  for (const [name, act] of Object.entries(ACTIONS)) {
    const samples = [];
    for (let i = 0; i < RUNS(words); i++) {
      const ms = await act(page, i);
      if (ms != null) samples.push(ms);
      await settle(page);
    }
    results.actions[name] = samples;
  }
  Object.assign(results, await page.evaluate(() => {
    const after = window.__longTasks.filter((t) => t.start >= window.__firstPaint);
    return {
      longTasks: after.length,
      longest: Math.max(0, ...after.map((t) => t.duration)),
      heapMB: performance.memory ? performance.memory.usedJSHeapSize / 2 ** 20 : NaN,
      wasmMB: window.__wasm?.memory ? window.__wasm.memory.buffer.byteLength / 2 ** 20 : NaN,
    };
  }));
  await page.close();
  return results;
}

const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const shown = (ms) => (Number.isNaN(ms) ? '–' : ms <= 16 ? '≤ 16' : ms.toFixed(0));

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'marginalia-bench-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS,
  viewport: { width: 1280, height: 900 },
});
try {
  const all = [];
  for (const words of SIZES) all.push(await measureSize(context, words));
  const head = all.map((r) => `${r.words.toLocaleString('en')} words p50 | p95`);
  console.log(`| interaction → next paint (ms) | ${head.join(' | ')} |`);
  console.log(`|---|${all.map(() => '---|---').join('|')}|`);
  console.log(`| paste → first highlight painted | ${all.map((r) => `${r.paste.toFixed(0)} | `).join(' | ')} |`);
  for (const name of Object.keys(ACTIONS)) {
    const cells = all.map((r) => `${shown(quantile(r.actions[name], 0.5))} | ${shown(quantile(r.actions[name], 0.95))}`);
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
  console.log(`| long tasks > 50 ms after the first paint (longest) | ${all.map((r) => `${r.longTasks} (${r.longest.toFixed(0)}) | `).join(' | ')} |`);
  console.log(`| memory: JS heap / WASM (MB) | ${all.map((r) => `${r.heapMB.toFixed(0)} / ${r.wasmMB.toFixed(0)} | `).join(' | ')} |`);
  console.log(`\nRuns per action: ${SIZES.map((w) => `${RUNS(w)} at ${w.toLocaleString('en')} words`).join(', ')}; articles made by cycling the test fixtures and seeds (texts.mjs).`);
} finally {
  await context.close();
}
