// End-to-end tests of the fact-check workflow: an article pasted, its
// claims triaged, two of them checked (rated, with evidence, published),
// ClaimReview exported for one and for all and handed to its two readers
// (structured-data-testing-tool's Google preset; JSON-LD expansion against
// schema.org 29.0), what is not ready refused with the reason, the Checks
// view filtered and jumped from; and a stored schema-2 library read without
// loss and saved again as schema 3.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { article, test } from './harness.mjs';
import { readClaimReviews } from './claim-review-readers.mjs';

const waitFor = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 5000 });
const notice = (page) => page.locator('[data-testid=notice]').textContent();

/** Fills a field and commits it (a change event), as Tab would. */
async function fill(page, testId, value) {
  await page.fill(`[data-testid=${testId}]`, value);
  await page.press(`[data-testid=${testId}]`, 'Tab');
}

async function download(page, testId) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Rates the open check, adds a piece of evidence and publishes it. */
async function rateAndPublish(page, { rating, conclusion, wording, evidence, review }) {
  await page.selectOption('[data-testid=check-rating]', rating);
  await fill(page, 'check-conclusion', conclusion);
  await fill(page, 'check-claim-reviewed', wording);
  await page.locator('.add-evidence').evaluate((d) => { d.open = true; });
  await page.fill('[data-testid=evidence-url]', evidence.url);
  await page.fill('[data-testid=evidence-title]', evidence.title);
  await page.click('[data-testid=evidence-add]');
  await page.waitForSelector(`[data-testid=evidence] a[href="${evidence.url}"]`);
  await fill(page, 'check-review-url', review);
  await page.click('[data-testid=check-publish]');
  await waitFor(page, () => document.querySelector('[data-testid=check-status]').value === 'published');
}

test('checks: triage, rate two claims with evidence, publish, ClaimReview read by two readers', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  await page.click('[data-testid=facts-summary]');
  await fill(page, 'fact-url', 'https://gazette.example/2025/storm');
  await fill(page, 'fact-outlet', 'The Harbour Gazette');
  await fill(page, 'fact-published', '2025-12-02');
  // Triage: most checkable first; the first claim (a quantity) is checked.
  await page.selectOption('[data-testid=speaker-sort]', 'checkable');
  await page.locator('.speaker-claim .claim-jump').first().click();
  await page.keyboard.press('c');
  await page.waitForSelector('[data-testid=check-form] [data-testid=check-status]');
  assert.equal(await page.getAttribute('[data-testid=tab-checks]', 'aria-selected'), 'true');
  // The desk, once for the library.
  await page.click('[data-testid=desk] summary');
  await fill(page, 'desk-name', 'Harbour Checks');
  await fill(page, 'desk-url', 'https://checks.example.org');
  // Not ready: no rating yet, said by name.
  await page.click('[data-testid=check-publish]');
  assert.match(await notice(page), /cannot be exported as ClaimReview: it has no rating/);
  // A malformed evidence address is refused with a message, nothing added.
  await page.click('[data-testid=evidence-open]');
  await page.fill('[data-testid=evidence-url]', 'ipma.example/rain');
  await page.click('[data-testid=evidence-add]');
  assert.match(await notice(page), /not a web address: it does not start with http/);
  assert.equal(await page.locator('[data-testid=evidence]').count(), 0);
  await rateAndPublish(page, {
    rating: 'Mostly True',
    conclusion: 'IPMA’s records show 81%, not 85%.',
    wording: '85% of the month’s rain fell in 24 hours',
    evidence: { url: 'https://ipma.example/rain/2025-11', title: 'IPMA monthly rainfall' },
    review: 'https://checks.example.org/2025/lisbon-rain',
  });

  // The second claim, opened from the article's editor.
  await app.clickText('Nobody told us anything');
  await page.click('[data-testid=editor-check]');
  await page.waitForSelector('[data-testid=check-form] [data-testid=check-status]');
  assert.match(await page.textContent('[data-testid=check-form]'), /Nobody told us anything/);
  await fill(page, 'check-contacted-on', '2025-12-03');
  await rateAndPublish(page, {
    rating: 'False',
    conclusion: 'Sirens sounded at 21:10, an hour before the water came.',
    wording: 'Residents were given no warning of the flood',
    evidence: { url: 'https://civil-protection.example/log', title: 'Civil protection log' },
    review: 'https://checks.example.org/2025/lisbon-warning',
  });

  // The Checks view: both, by status, with words; a jump selects the claim.
  assert.equal(await page.locator('[data-testid=check-row][data-status=published]').count(), 2);
  await page.selectOption('[data-testid=checks-status]', 'published');
  await page.fill('[data-testid=checks-filter]', 'warning');
  assert.equal(await page.locator('[data-testid=check-row]').count(), 1);
  await page.click('[data-testid=check-jump]');
  assert.match(await page.textContent('[data-testid=check-form]'), /Nobody told us anything/);

  // ClaimReview of one check, and of every published one, to both readers.
  const one = await download(page, 'check-export');
  assert.match(one.name, /\.claim-review\.jsonld$/);
  const said = await readClaimReviews(one.text);
  assert.equal(said.reviews, 1);
  const review = JSON.parse(one.text);
  assert.equal(review.reviewRating.alternateName, 'False');
  assert.equal(review.reviewRating.ratingValue, 2);
  assert.equal(review.itemReviewed.author.name, 'Zoë Almeida');
  assert.equal(review.itemReviewed.appearance.url, 'https://gazette.example/2025/storm');
  const all = await download(page, 'checks-export');
  const both = await readClaimReviews(all.text);
  assert.equal(both.reviews, 2);
  for (const p of ['claimReviewed', 'reviewRating', 'itemReviewed', 'appearance', 'ratingValue', 'bestRating']) {
    assert.ok(both.properties.includes(p), `${p} in ${both.properties}`);
  }
  console.log(`    ClaimReview accepted by structured-data-testing-tool (${both.sdttPassed} ClaimReview tests passed) and by jsonld + schema.org 29.0 (${both.properties.length} properties)`);

  // Kept: stored as schema 3, and back after a reload.
  await app.reload();
  const stored = await app.stored();
  assert.equal(stored.schema_version, 3);
  const checks = stored.work.verdicts.map((v) => v.check).filter(Boolean);
  assert.deepEqual(checks.map((c) => c.status), ['published', 'published']);
  assert.ok(checks.some((c) => c.contacted && c.contacted_on === '2025-12-03'));
  await page.click('[data-testid=tab-checks]');
  assert.equal(await page.locator('[data-testid=check-row]').count(), 2);
});

test('checks: a stored schema-2 library reads whole, and saves as schema 3 with a check', async (app, page) => {
  await app.open();
  await app.paste({ text: article });
  // Work of every kind the previous build kept: an own highlight with a
  // note, a rejected suggestion.
  await app.dragSelect('harbour district');
  await page.click('[data-testid=label-picker] button[data-label=LOC]');
  await app.clickText('Monday night');
  await page.keyboard.press('x');
  await waitFor(page, () => {
    const library = JSON.parse(localStorage.getItem('marginalia.library'));
    const doc = JSON.parse(localStorage.getItem(`marginalia.doc.${library.open}`) ?? '{}');
    return doc.work?.verdicts?.length === 1 && doc.work?.annotations?.length === 1;
  });
  // The same article as the schema-2 build stored it.
  await page.evaluate(() => {
    const library = JSON.parse(localStorage.getItem('marginalia.library'));
    const key = `marginalia.doc.${library.open}`;
    localStorage.setItem(key, localStorage.getItem(key).replace('{"schema_version":3', '{"schema_version":2'));
  });
  await app.reload();
  assert.equal((await app.stored()).schema_version, 2, 'nothing rewrites it until it changes');
  assert.deepEqual((await app.marksOn('harbour district')).map((m) => m.label), ['LOC']);
  assert.deepEqual(await app.marksOn('Monday night'), []);
  await app.clickText('We have never seen water');
  await page.keyboard.press('c');
  await page.waitForSelector('[data-testid=check-status]');
  await page.selectOption('[data-testid=check-status]', 'in_research');
  await waitFor(page, () => {
    const library = JSON.parse(localStorage.getItem('marginalia.library'));
    const stored = localStorage.getItem(`marginalia.doc.${library.open}`);
    // Pressing c may save the new check before its status is chosen:
    // wait for the save that holds the status.
    return stored.startsWith('{"schema_version":3') && stored.includes('"in_research"');
  });
  const stored = await app.stored();
  assert.equal(stored.work.annotations[0].text, 'harbour district');
  assert.ok(stored.work.verdicts.some((v) => v.decision === 'rejected' && v.suggestion.text.startsWith('Monday')));
  assert.ok(stored.work.verdicts.some((v) => v.check?.status === 'in_research'));
});
