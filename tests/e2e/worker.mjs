// The engine's worker (src/analyst.rs, src/worker.js): analyses run off the
// page's thread, the newest text wins, and a worker that cannot start
// leaves a page that says so and works on its own thread.
import assert from 'node:assert/strict';
import { article, test } from './harness.mjs';

/** Pastes each text in turn through paste events, in one task: each one
 * replaces the whole text of the paste area, as Ctrl+A, Ctrl+V would. */
async function pasteInOneGo(page, texts) {
  // With an article open, the paste area is under "Edit article text"
  // (drawn when the details open, in a task after the click).
  if (!(await page.$('[data-testid=paste-area]'))) {
    await page.click('details.edit-text summary');
    await page.waitForSelector('[data-testid=paste-area]');
  }
  await page.evaluate((texts) => {
    const area = document.querySelector('[data-testid=paste-area]');
    for (const text of texts) {
      area.select();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }
  }, texts);
}

const measures = (page, name) => page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, name);

test('the engine runs in a worker: a long paste, then a short one pasted during its analysis, which wins', async (app, page) => {
  const started = page.waitForEvent('worker');
  await app.open();
  await started;
  // About 2 MB: the worker takes a good part of a second on it.
  const long = Array.from({ length: 400 }, (_, i) => article.replace(/Inês Carvalho/g, `Inês Carvalho ${i}`)).join('\n\n');
  const short = 'Mayor Ana Ruiz said on Monday that the bridge in Kraków 🌊 was safe.';
  await pasteInOneGo(page, [long, short]);
  await app.analysed();
  assert.equal((await page.textContent('[data-testid=article-view]')).trim(), short);
  assert.deepEqual(await app.marks('person'), ['Ana Ruiz']);
  assert.deepEqual(await app.marks('loc'), ['Kraków']);
  // The page only unpacked the worker's results; it analysed nothing.
  assert.equal(await measures(page, 'marginalia:analyze'), 0);
  assert.ok((await measures(page, 'marginalia:unpack')) >= 1);
  // The long text alone: its first screens come back before the whole,
  // and what is saved is the whole.
  const unpacked = await measures(page, 'marginalia:unpack');
  await pasteInOneGo(page, [long]);
  await page.waitForSelector('[data-testid=article-view] mark[data-label=PERSON]');
  await app.analysed();
  const stored = await app.stored();
  assert.ok(stored.entities.length > 400 * 5, `${stored.entities.length} entities saved`);
  assert.equal(await measures(page, 'marginalia:analyze'), 0);
  assert.equal(await measures(page, 'marginalia:unpack'), unpacked + 2, 'first screens, then the whole');
});

test('a worker that fails to start: the page says so, and still analyses on its own thread', async (app, page) => {
  await page.route((url) => url.pathname.endsWith('/worker.js'), (route) => route.fulfill({
    status: 200, contentType: 'text/javascript', body: 'throw new Error("no engine here");',
  }));
  await app.open();
  await page.waitForSelector('[data-testid=notice]');
  assert.match(await page.textContent('[data-testid=notice]'), /could not run in the background: Uncaught Error: no engine here\. It runs on this page instead/);
  await app.paste({ text: article });
  assert.ok((await app.marks('person')).includes('Inês Carvalho'));
  assert.ok((await measures(page, 'marginalia:analyze')) >= 1);
});
