// End-to-end tests of the annotation workspace: tag by mouse and by
// keyboard, edit, delete, review suggestions one by one and by label, undo
// and redo, labels of one's own, overlapping highlights, the review filters,
// and an axe-core accessibility check. Each checks what a person sees and
// what is stored after a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { article, here, test } from './harness.mjs';

const waitFor = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 5000 });

/** Own annotations as stored, with their text checked against the stored
 * text in code points. */
async function ownAnnotations(app) {
  const stored = await app.stored();
  const chars = [...stored.text];
  const own = stored.work.annotations ?? [];
  for (const a of own) assert.equal(chars.slice(a.start, a.end).join(''), a.text, JSON.stringify(a));
  return own;
}

test('select with the mouse and tag: snapped to words, note and tags, kept after reload', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  // A sloppy selection inside two words grows to whole words.
  await app.dragSelect('arbour distr');
  await page.waitForSelector('[data-testid=label-picker]');
  await page.fill('[data-testid=picker-note]', 'check the flood map');
  await page.fill('[data-testid=picker-tags]', 'geo, follow-up');
  await page.click('[data-testid=label-picker] button[data-label=LOC]');
  await page.waitForSelector('[data-testid=label-picker]', { state: 'detached' });
  assert.deepEqual(await app.marksOn('harbour district'), [{ id: 'ann-u0', label: 'LOC', status: 'confirmed' }]);
  await app.reload();
  assert.deepEqual((await app.marksOn('harbour district')).map((m) => m.label), ['LOC']);
  const [own] = await ownAnnotations(app);
  assert.deepEqual([own.text, own.label, own.note, own.tags], ['harbour district', 'LOC', 'check the flood map', ['geo', 'follow-up']]);
});

test('select with the keyboard caret and tag with a number key; accented and emoji text keep their offsets', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  await page.focus('[data-testid=article-view]');
  // The caret starts at the article's start and is drawn.
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.kbd-caret');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.waitForSelector('[data-testid=label-picker]');
  await page.keyboard.press('2');
  await waitFor(page, () => document.querySelector('mark[data-ann=ann-u0]'));
  assert.deepEqual((await app.marksOn('Storm floods')).map((m) => m.label), ['ORG']);
  // Now a stretch with an emoji and accents: select it with the mouse, tag
  // it with a key.
  await app.dragSelect('the water came in 🌊,” said Zoë');
  await page.waitForSelector('[data-testid=label-picker]');
  await page.keyboard.press('1');
  await waitFor(page, () => document.querySelector('mark[data-ann=ann-u1]'));
  await app.reload();
  const own = await ownAnnotations(app);
  assert.deepEqual(own.map((a) => [a.text, a.label]), [['Storm floods', 'ORG'], ['the water came in 🌊,” said Zoë', 'PERSON']]);
});

test('edit a highlight: relabel, note, tags, resize by words; Enter opens the selected one', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  const lisbons = (await app.marksOn('Lisbon')).length;
  await app.clickText('Lisbon');
  await page.waitForSelector('[data-testid=annotation-editor]');
  await page.selectOption('[data-testid=editor-label]', 'ORG');
  await page.fill('[data-testid=editor-note]', 'the city, not the place');
  await page.locator('[data-testid=editor-note]').blur();
  await page.fill('[data-testid=editor-tags]', 'city, city ,council');
  await page.locator('[data-testid=editor-tags]').press('Enter');
  await page.click('[data-testid=grow-end]');
  await waitFor(page, () => [...document.querySelectorAll('mark[data-label=ORG]')].some((m) => m.id && m.parentElement.textContent.includes('Lisbon harbour')));
  assert.deepEqual((await app.marksOn('Lisbon harbour')).map((m) => [m.label, m.status]), [['ORG', 'confirmed']]);
  assert.equal((await app.marksOn('Lisbon')).length, lisbons - 1, 'the suggestion it replaced is gone');
  await app.reload();
  const [own] = await ownAnnotations(app);
  assert.deepEqual([own.text, own.label, own.note, own.tags], ['Lisbon harbour', 'ORG', 'the city, not the place', ['city', 'council']]);
  // Keyboard: j to the first highlight, Enter opens it, Escape closes it.
  await page.focus('[data-testid=article-view]');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=annotation-editor]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=annotation-editor]', { state: 'detached' });
});

test('delete and reject: gone after reload and after the engine reruns on the text', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  // Reject a suggestion with the editor's button, another with x.
  await app.clickText('IPMA');
  await page.click('[data-testid=editor-delete]');
  assert.deepEqual(await app.marksOn('IPMA'), []);
  await app.clickText('Sunday evening');
  await page.keyboard.press('Escape');
  await page.keyboard.press('x');
  assert.deepEqual(await app.marksOn('Sunday evening'), []);
  // Delete an own highlight.
  await app.dragSelect('sandbagged cafés');
  await page.keyboard.press('3');
  await waitFor(page, () => document.querySelector('mark[data-ann=ann-u0]'));
  await app.clickText('sandbagged');
  await page.click('[data-testid=editor-delete]');
  assert.deepEqual(await app.marksOn('sandbagged cafés'), []);
  await app.reload();
  assert.deepEqual(await app.marksOn('IPMA'), []);
  // Edit the text (a line at the end): the engine reruns, rejections hold.
  await page.click('.edit-text summary');
  await page.locator('.edit-text textarea').press('End');
  await page.locator('.edit-text textarea').evaluate((t) => { t.selectionStart = t.selectionEnd = t.value.length; });
  await page.locator('.edit-text textarea').type('\nUpdated on Tuesday.');
  await waitFor(page, () => document.querySelector('[data-testid=article-view]').textContent.includes('Updated on Tuesday.'));
  assert.deepEqual(await app.marksOn('IPMA'), []);
  assert.deepEqual(await app.marksOn('Sunday evening'), []);
  assert.deepEqual((await app.marksOn('Tuesday')).map((m) => m.status), ['suggested'], 'new suggestions still come');
  assert.deepEqual((await app.stored()).work.annotations ?? [], []);
});

test('review: accept one with a, accept all of a label, reject all of another; undo and redo', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  await page.focus('[data-testid=article-view]');
  await page.keyboard.press('j');
  await page.keyboard.press('a');
  await waitFor(page, () => document.querySelector('mark.confirmed'));
  const status = await page.textContent('[data-testid=announcement]');
  assert.match(status, /^Accepted /);
  await page.click('[data-testid=tab-all]');
  await page.click('[data-testid=label-count][data-label=PERSON] [data-testid=accept-all]');
  const people = await page.$$eval('[data-testid=article-view] mark[data-label=PERSON]', (ms) => ms.map((m) => m.classList.contains('confirmed')));
  assert.ok(people.length > 3 && people.every(Boolean), `people confirmed: ${people}`);
  const dates = (await app.marks('date')).length;
  assert.ok(dates >= 3);
  await page.click('[data-testid=label-count][data-label=DATE] [data-testid=reject-all]');
  assert.equal((await app.marks('date')).length, 0);
  // Undo brings the dates back, redo takes them away again; keys and buttons.
  await page.keyboard.press('Control+z');
  assert.equal((await app.marks('date')).length, dates);
  await page.keyboard.press('Control+Shift+z');
  assert.equal((await app.marks('date')).length, 0);
  await page.click('[data-testid=undo]');
  await page.click('[data-testid=undo]');
  const unconfirmed = await page.$$eval('[data-testid=article-view] mark[data-label=PERSON]', (ms) => ms.filter((m) => !m.classList.contains('confirmed')).length);
  assert.ok(unconfirmed > 0, 'accept-all undone');
  await page.click('[data-testid=redo]');
  await page.click('[data-testid=redo]');
  await app.reload();
  assert.equal((await app.marks('date')).length, 0);
  const verdicts = (await app.stored()).work.verdicts;
  assert.ok(verdicts.some((v) => v.suggestion.label === 'DATE' && v.decision === 'rejected'));
  assert.ok(verdicts.some((v) => v.suggestion.label === 'PERSON' && v.decision === 'accepted'));
});

test('undo and redo a tag, an edit and a delete, by keys', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  await app.dragSelect('container terminal');
  await page.keyboard.press('2');
  await waitFor(page, () => document.querySelector('mark[data-ann=ann-u0]'));
  await page.keyboard.press('4');  // relabel the selected highlight
  assert.deepEqual((await app.marksOn('container terminal')).map((m) => m.label), ['DATE']);
  await page.keyboard.press('Delete');
  assert.deepEqual(await app.marksOn('container terminal'), []);
  await page.keyboard.press('Control+z');
  assert.deepEqual((await app.marksOn('container terminal')).map((m) => m.label), ['DATE']);
  await page.keyboard.press('Control+z');
  assert.deepEqual((await app.marksOn('container terminal')).map((m) => m.label), ['ORG']);
  await page.keyboard.press('Control+z');
  assert.deepEqual(await app.marksOn('container terminal'), []);
  await page.keyboard.press('Control+y');
  assert.deepEqual((await app.marksOn('container terminal')).map((m) => m.label), ['ORG']);
  await app.reload();
  assert.deepEqual((await ownAnnotations(app)).map((a) => [a.text, a.label]), [['container terminal', 'ORG']]);
});

test('a label of ones own: name, colour, key; used by key; kept after reload', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  await page.click('[data-testid=open-labels]');
  await page.fill('[data-testid=label-name]', 'Needs checking');
  await page.locator('[data-testid=label-colour]').evaluate((i) => { i.value = '#ff00aa'; i.dispatchEvent(new Event('input', { bubbles: true })); });
  await page.fill('[data-testid=label-key]', 'a');
  await page.click('[data-testid=label-add]');
  assert.match(await page.textContent('[data-testid=label-manager] .problem'), /already in use/);
  await page.fill('[data-testid=label-key]', '8');
  await page.click('[data-testid=label-add]');
  await waitFor(page, () => [...document.querySelectorAll('[data-testid=label-row]')].some((r) => r.textContent.includes('Needs checking')));
  await page.keyboard.press('Escape');
  // The selection snaps to the whole last word, month’s.
  await app.dragSelect('85% of the mon');
  await page.keyboard.press('8');
  await waitFor(page, () => document.querySelector('mark[data-label=custom-1]'));
  const colour = await page.$eval('mark[data-label=custom-1]', (m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(colour, 'rgba(0, 0, 0, 0)');
  await app.reload();
  assert.deepEqual((await app.marksOn('85% of the month’s')).map((m) => m.label), ['custom-1']);
  const stored = await app.stored();
  assert.deepEqual(stored.work.labels.map((l) => [l.name, l.colour, l.key]), [['Needs checking', '#ff00aa', '8']]);
  await app.dragSelect('old quarter');
  assert.ok(await page.isVisible('[data-testid=label-picker] button[data-label=custom-1]'));
});

test('overlapping highlights: each layer can be clicked and opened', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  // An own span over an engine name and beyond it.
  await app.dragSelect('João Mendes, told');
  await page.keyboard.press('2');
  await waitFor(page, () => document.querySelector('mark[data-ann=ann-u0]'));
  // Its own part opens it; the name opens the name, which lists the span.
  await app.clickText('told');
  await page.waitForSelector('[data-testid=annotation-editor]');
  assert.match(await page.textContent('[data-testid=annotation-editor] .popover-title'), /João Mendes, told/);
  await page.keyboard.press('Escape');
  await app.clickText('Mendes');
  assert.match(await page.textContent('[data-testid=annotation-editor] .popover-title'), /“João Mendes”/);
  await page.click('[data-testid=also-here]');
  assert.match(await page.textContent('[data-testid=annotation-editor] .popover-title'), /João Mendes, told/);
  await page.keyboard.press('Escape');
  // A name inside a quote: both the quote and the name open.
  await app.clickText('old quarter');
  assert.match(await page.textContent('[data-testid=annotation-editor] .popover-title'), /We have never seen water/);
  await page.keyboard.press('Escape');
  // Tag a name inside the quote: the name opens, and lists the quote.
  await app.dragSelect('old quarter');
  await page.keyboard.press('3');
  await waitFor(page, () => document.querySelector('mark[data-ann=ann-u1]'));
  await app.clickText('old quarter');
  assert.match(await page.textContent('[data-testid=annotation-editor] .popover-title'), /“old quarter”/);
  const also = await page.locator('[data-testid=also-here]').allTextContents();
  assert.deepEqual(also, ['Quote (suggested)']);
  // Both layers are visible: each keeps its own colour where they overlap.
  const styles = await page.$$eval('mark[data-ann=ann-u0]', (ms) => ms.map((m) => getComputedStyle(m).paddingBottom));
  assert.ok(styles.some((p) => p !== '0px'), `outer layer makes room: ${styles}`);
});

test('review list: filter by label, status and text; counts per label; click jumps', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  await page.click('[data-testid=tab-all]');
  const rows = () => page.locator('[data-testid=annotation-list] button').allTextContents();
  const all = (await rows()).length;
  await page.selectOption('[data-testid=filter-label]', 'PERSON');
  const people = await rows();
  assert.ok(people.length > 2 && people.length < all && people.every((r) => r.startsWith('Person')), `${people}`);
  const counts = await page.textContent('[data-testid=label-count][data-label=PERSON]');
  assert.match(counts, new RegExp(`Person${people.length}0`));
  await page.selectOption('[data-testid=filter-label]', '');
  await page.fill('[data-testid=filter-search]', 'almeida');
  assert.ok((await rows()).every((r) => /almeida/i.test(r)));
  await page.fill('[data-testid=filter-search]', '');
  await page.locator('[data-testid=annotation-list] button').first().click();
  await page.keyboard.press('a');
  await page.selectOption('[data-testid=filter-status]', 'confirmed');
  assert.equal((await rows()).length, 1);
  await page.selectOption('[data-testid=filter-status]', 'suggested');
  assert.equal((await rows()).length, all - 1);
  // Clicking a row scrolls to its highlight and flashes it.
  const row = page.locator('[data-testid=annotation-list] button').nth(3);
  const target = await row.getAttribute('data-target');
  await row.click();
  await waitFor(page, (id) => document.getElementById(id)?.classList.contains('flash'), target);
});

test('accessibility: axe-core finds no serious or critical violation; the key list opens with ?', async (app, page) => {
  await app.open();
  const axe = readFileSync(join(here, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const check = async (when) => {
    // Evaluated through the debugging protocol: the page's CSP (rightly)
    // refuses inline scripts.
    await page.evaluate(axe);
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target }));
    });
    const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad, [], `${when}: ${JSON.stringify(result)}`);
    return result;
  };
  await check('empty page');
  await app.paste({ text: article });
  await page.waitForSelector('[data-testid=speaker-panel]');
  await check('article');
  await page.click('[data-testid=tab-all]');
  await app.dragSelect('harbour district');
  await page.waitForSelector('[data-testid=label-picker]');
  await check('label picker');
  await page.keyboard.press('Escape');
  await app.clickText('Lisbon');
  await page.waitForSelector('[data-testid=annotation-editor]');
  await check('editor');
  await page.keyboard.press('Escape');
  await page.focus('[data-testid=article-view]');
  await page.keyboard.press('?');
  await page.waitForSelector('[data-testid=help-overlay]');
  assert.match(await page.textContent('[data-testid=help-overlay]'), /accept the selected suggestion/);
  // The dialog takes the focus, and Escape gives it back to the article.
  await waitFor(page, () => document.activeElement?.closest('[data-testid=help-overlay]'));
  await check('help');
  await page.keyboard.press('Escape');
  await waitFor(page, () => document.activeElement?.dataset.testid === 'article-view');
  await page.click('[data-testid=open-labels]');
  await check('labels');
});
