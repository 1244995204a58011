// The layout at every width a reader brings: a wide monitor, a laptop, a
// tablet, a phone. With an article open, each side-panel tab and the
// Export menu, then the library screen, are shown at each width,
// screenshots are kept (tests/e2e/out/layout-WIDTH*.png), and every control
// is checked: inside
// the viewport, not cut off by a scrolling or clipping container, and no
// text field narrower than its text. Side by side, the article and the
// panel leave no dead band between them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { article, here, test } from './harness.mjs';

const WIDTHS = [1920, 1440, 1280, 768, 390];
const TABS = ['speakers', 'entities', 'all'];

/** Every visible control that overflows: outside the viewport, clipped by
 * an ancestor that hides or scrolls its overflow, or (a text field) too
 * narrow for its text. */
function overflowingControls() {
  const viewport = document.documentElement.clientWidth;
  const problems = [];
  const describe = (el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
  for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || el.closest('.visually-hidden')) continue;
    if (box.left < -1 || box.right > viewport + 1) problems.push(`${describe(el)} outside the viewport (${Math.round(box.left)}–${Math.round(box.right)} of ${viewport})`);
    for (let parent = el.parentElement; parent; parent = parent.parentElement) {
      if (!/hidden|auto|scroll|clip/.test(getComputedStyle(parent).overflowX)) continue;
      const frame = parent.getBoundingClientRect();
      if (box.left < frame.left - 1 || box.right > frame.right + 1) problems.push(`${describe(el)} cut off by .${parent.className}`);
      break;
    }
    if ((el.tagName === 'INPUT' && el.type === 'text') && el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} truncated`);
  }
  return problems;
}

test('every width: no control overflows, the panel beside or below the article', async (app, page) => {
  mkdirSync(join(here, 'out'), { recursive: true });
  await app.open();
  await app.pasteArea().fill(article);
  await page.waitForSelector('[data-testid=article-view] mark');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const problems = [];
    for (const tab of TABS) {
      await page.click(`[data-testid=tab-${tab}]`);
      problems.push(...(await page.evaluate(overflowingControls)).map((p) => `${tab}: ${p}`));
    }
    await page.click('[data-testid=export-menu] summary');
    problems.push(...(await page.evaluate(overflowingControls)).map((p) => `export menu: ${p}`));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(here, 'out', `layout-${width}.png`) });
    await page.click('[data-testid=export-menu] summary');
    assert.deepEqual(problems, [], `at ${width} px`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `the page is wider than ${width} px`);

    const [articleBox, panelBox] = await Promise.all(
      ['[data-testid=article-view]', '.side-panel'].map((s) => page.locator(s).boundingBox()));
    if (width >= 1280) {
      // Side by side, with only the grid's gap between them.
      assert.ok(Math.abs(panelBox.y - articleBox.y) < 2, `at ${width} px the panel is not beside the article`);
      const band = panelBox.x - (articleBox.x + articleBox.width);
      assert.ok(band >= 0 && band <= 24, `at ${width} px a band of ${band} px between article and panel`);
    } else {
      assert.ok(panelBox.y >= articleBox.y + articleBox.height, `at ${width} px the panel is not below the article`);
    }
    // The library screen, with its list and the view across articles.
    await page.click('[data-testid=open-library]');
    await page.waitForSelector('[data-testid=library-row]');
    assert.deepEqual(await page.evaluate(overflowingControls), [], `library at ${width} px`);
    await page.screenshot({ path: join(here, 'out', `layout-${width}-library.png`) });
    await page.click('[data-testid=open-library]');
    await page.waitForSelector('[data-testid=article-view]');
  }
});
