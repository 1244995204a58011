// End-to-end tests: drive the built page (served from a sub-path on
// 127.0.0.1) in Debian's headless Chromium, as a person would.
//
//   node tests/e2e/e2e.mjs URL [SCREENSHOT.png]
//
// Each test gets a fresh browser profile (so fresh localStorage); any console
// error or page error fails the test. Prints "N passed, M failed". The
// tests of the annotation workspace (tag, edit, review, undo, labels,
// accessibility) are in workspace.mjs.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { article, run, screenshot, test } from './harness.mjs';
import './workspace.mjs';
import './library.mjs';
import './layout.mjs';
import './worker.mjs';
import './checks.mjs';

/** The article as paragraphs of HTML, as a web page would hand it over. */
function asHtml(text) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return '<meta charset="utf-8"><article>' + text.trim().split(/\n\n+/)
    .map((p) => `<p style="margin:1em">${escape(p)}</p>`).join('\n') + '<script>window.pwned = true</script></article>';
}

test('paste an article from a web page: highlights, reload, export', async (app, page) => {
  await app.open();
  await app.paste({ html: asHtml(article), text: article.replace(/\n\n/g, '\n') });

  // Highlights, one colour per label, and quotes as their own layer.
  const people = await app.marks('person');
  assert.ok(people.includes('Inês Carvalho'), `people: ${people}`);
  assert.ok(people.includes('Zoë Almeida'), `people: ${people}`);
  assert.ok((await app.marks('loc')).includes('Lisbon'));
  assert.ok((await app.marks('date')).includes('Monday night'));
  const quotes = await app.quoteTexts();
  assert.ok(quotes.includes('Nobody told us anything until the water came in 🌊,'), `quotes: ${quotes}`);
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'pasted script must not run');
  // The page sets a Content-Security-Policy that allows no inline script
  // but its own loader (any violation would fail the test as a console error).
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; style-src/);
  // Paragraph breaks survived the paste, markup did not.
  const stored = await app.stored();
  assert.equal(stored.text, article.trim());
  await page.click('[data-testid=tab-all]');
  const count = await app.annotationCount();
  assert.ok(count > 15, `annotation count ${count}`);

  // Clicking a row in the side panel scrolls to its highlight and flashes it.
  const row = page.locator('[data-testid=annotation-list] button', { hasText: 'Zoë Almeida' }).first();
  const target = await row.getAttribute('data-target');
  await row.click();
  await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('flash'), target);
  assert.ok(await page.locator(`#${target}`).isVisible());

  // Reload: the same highlights are back.
  await page.reload();
  await page.waitForSelector('[data-testid=article-view]');
  await page.click('[data-testid=tab-all]');
  assert.equal(await app.annotationCount(), count);
  assert.deepEqual(await app.marks('person'), people);

  // Export JSON: a download whose offsets are code points into its text.
  const { name, body: exported } = await app.download('export-json');
  assert.match(name, /^storm-floods-lisbon-harbour-as-repair\.marginalia\.json$/);
  assert.equal(exported.schema_version, 3);
  assert.equal(exported.text, article.trim());
  const codePoints = [...exported.text];
  for (const item of [...exported.entities, ...exported.claims, ...exported.boilerplate]) {
    assert.equal(codePoints.slice(item.start, item.end).join(''), item.text, JSON.stringify(item));
  }
  const emojiQuote = exported.claims.find((c) => c.text.includes('🌊'));
  assert.equal(emojiQuote.speaker, 'Zoë Almeida');
  assert.ok(exported.entities.some((e) => e.label === 'PERSON' && e.text === 'Zoë Almeida'));
  await page.click('[data-testid=tab-speakers]');
  if (screenshot) await page.screenshot({ path: screenshot });
});

test('drop a .txt file onto the page', async (app, page) => {
  await app.open();
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'flood.txt', { type: 'text/plain' }));
    return dt;
  }, article);
  await page.dispatchEvent('[data-testid=drop-zone]', 'dragover', { dataTransfer });
  await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer });
  await page.waitForSelector('[data-testid=article-view]');
  assert.ok((await app.marks('person')).includes('Inês Carvalho'));
  await page.waitForSelector('[data-testid=notice]');
  assert.match(await page.locator('[data-testid=notice]').textContent(), /Loaded “flood\.txt”/);
});

test('open a saved web page: its article text, and its source from the markup, kept and exported', async (app, page) => {
  await app.open();
  const html = `<!doctype html><html><head><title>Storm | The Harbour Gazette</title>
    <link rel="canonical" href="https://gazette.example/2025/storm">
    <meta property="og:site_name" content="The Harbour Gazette">
    <meta property="article:published_time" content="2025-12-02T09:15:00Z">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "author":[{"@type":"Person","name":"Zoë Almeida"}]}</script>
    <script>window.pwned = true</script></head>
    <body><nav><a href="/">Home</a> Subscribe now</nav>
    <article><h1>Storm floods Lisbon</h1>${article.trim().split(/\n\n+/).map((p) => `<p>${p}</p>`).join('')}</article>
    <footer>© The Harbour Gazette</footer></body></html>`;
  const dataTransfer = await page.evaluateHandle((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'storm.html', { type: 'text/html' }));
    return dt;
  }, html);
  await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer });
  await app.analysed();
  assert.ok((await app.marks('person')).includes('Inês Carvalho'));
  const shown = await page.textContent('[data-testid=article-view]');
  assert.ok(!shown.includes('Subscribe now') && !shown.includes('©'), 'only the <article> is the text');
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'no script of the page ran');
  assert.match(await page.textContent('[data-testid=notice]'), /Opened “storm\.html”: its text and its source/);
  assert.equal(await page.textContent('[data-testid=facts-summary]'),
    'Source: The Harbour Gazette · Zoë Almeida · 2025-12-02T09:15:00Z · https://gazette.example/2025/storm');
  // Edit one: kept after a reload, undone by Ctrl+Z, exported.
  await page.click('[data-testid=facts-summary]');
  await page.fill('[data-testid=fact-authors]', 'Zoë Almeida, Rui Dias');
  await page.press('[data-testid=fact-authors]', 'Enter');
  await app.reload();
  assert.match(await page.textContent('[data-testid=facts-summary]'), /Zoë Almeida, Rui Dias/);
  const { body: json } = await app.download('export-json');
  assert.deepEqual(json.work.facts, {
    url: 'https://gazette.example/2025/storm', outlet: 'The Harbour Gazette',
    authors: ['Zoë Almeida', 'Rui Dias'], published: '2025-12-02T09:15:00Z',
  });
  const { body: w3c } = await app.download('export-w3c');
  assert.ok(w3c.first.items.every((a) => a.target.source === 'https://gazette.example/2025/storm'));
});

test('dropping a file that is not text changes nothing', async (app, page) => {
  await app.open();
  await app.paste({ text: 'Mayor Inês Carvalho spoke in Lisbon on Monday.' });
  const before = JSON.stringify(await app.stored());
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' }));
    return dt;
  });
  await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer });
  await page.waitForSelector('[data-testid=notice]');
  assert.match(await page.locator('[data-testid=notice]').textContent(), /not a plain-text file/);
  assert.equal(JSON.stringify(await app.stored()), before);
});

test('unreadable storage: starts clean, keeps the data aside, says so', async (app, page) => {
  await app.open();
  await page.evaluate(() => localStorage.setItem('marginalia.document', '{"schema_version": 1, "text": "abc", "entities": [{"start": 0, "end": 99'));
  await page.reload();
  await page.waitForSelector('[data-testid=notice]');
  assert.match(await page.locator('[data-testid=notice]').textContent(), /could not be read/);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('marginalia.unreadable.')).map((k) => localStorage.getItem(k)));
  assert.equal(kept.length, 1);
  assert.match(kept[0], /"end": 99$/);
  // New work is saved as usual, and the kept copy stays.
  await app.paste({ text: 'Mayor Inês Carvalho spoke in Lisbon.' });
  const stored = await app.stored();
  assert.equal(stored.text, 'Mayor Inês Carvalho spoke in Lisbon.');
  assert.equal((await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('marginalia.unreadable.')))).length, 1);
});

// A full quota: tests/e2e/library.mjs (message, work kept, export offered,
// storage unchanged, saved again once there is room).

test('who said what: reassign a speaker, see it kept after reload', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  const groups = () => page.locator('[data-testid=speaker-group] h3').allTextContents();
  assert.ok((await groups()).includes('Inês Carvalho 4'), `groups: ${await groups()}`);
  // Most claims first by default; by name: alphabetical, unnamed sources last.
  const counts = (await groups()).map((g) => Number(g.split(' ').at(-1)));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  await page.selectOption('[data-testid=speaker-sort]', 'name');
  const names = (await groups()).map((g) => g.replace(/ \d+$/, ''));
  const named = names.filter((n) => n !== 'No named source');
  assert.deepEqual(named, [...named].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  assert.equal(names.at(-1), 'No named source');
  // Reassign the first quote to another speaker: type the name, press Enter.
  const input = page.locator('[data-testid=reassign-speaker]').first();
  await input.fill('Lisbon City Hall');
  await input.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=speaker-group] h3')].some((h) => h.textContent.startsWith('Lisbon City Hall')));
  await page.reload();
  await page.waitForSelector('[data-testid=speaker-panel]');
  assert.ok((await groups()).some((g) => g.startsWith('Lisbon City Hall')), `after reload: ${await groups()}`);
  const stored = await app.stored();
  assert.equal(stored.corrections.speakers[0].speaker, 'Lisbon City Hall');
});

test('triage: each claim’s kinds shown as a hint, most checkable first on request', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  await page.selectOption('[data-testid=speaker-sort]', 'checkable');
  // Per group, each claim's hint ('' for none), in the order shown.
  const hints = () => page.locator('[data-testid=speaker-group]').evaluateAll((groups) => groups.map((g) =>
    [...g.querySelectorAll('.speaker-claim')].map((c) => c.querySelector('[data-testid=claim-hint]')?.textContent ?? '')));
  const rank = (hint) => (/quantity|comparison/.test(hint) ? 3 : /causation|law/.test(hint) ? 2 : /prediction|experience/.test(hint) ? 1 : 0);
  const shown = await hints();
  assert.ok(shown.flat().every((h) => h === '' || h.startsWith('hint: ')), JSON.stringify(shown));
  // `85% of the month’s rain had fallen in 24 hours`: a quantity, first.
  assert.match(shown[0][0], /quantity/);
  for (const group of shown) {
    const ranks = group.map(rank);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a), JSON.stringify(group));
  }
  const firsts = shown.map((g) => rank(g[0]));
  assert.deepEqual(firsts, [...firsts].sort((a, b) => b - a));
  // It says it is a hint, not a verdict.
  assert.match(await page.locator('[data-testid=claim-hint]').first().getAttribute('title'), /not a verdict/);
});

test('entities: one row per canonical entity, focus shows every mention, merge is kept', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  await page.click('[data-testid=tab-entities]');
  const carvalho = page.locator('[data-testid=entity-group]', { hasText: 'Inês Carvalho' });
  assert.match(await carvalho.textContent(), /Inês Carvalho\s*2.*Carvalho/s);
  await carvalho.locator('.group-focus').click();
  const outlined = await page.evaluate(() => [...document.querySelectorAll('mark')]
    .filter((m) => getComputedStyle(m).boxShadow !== 'none').map((m) => m.textContent));
  assert.deepEqual(outlined, ['Inês Carvalho', 'Carvalho']);
  await carvalho.locator('[data-testid=merge-into]').selectOption('João Mendes');
  await page.reload();
  await page.waitForSelector('[data-testid=speaker-panel]');
  await page.click('[data-testid=tab-entities]');
  const merged = page.locator('[data-testid=entity-group]', { hasText: 'João Mendes' });
  assert.match(await merged.locator('.count').textContent(), /^4$/);
});

await run();
