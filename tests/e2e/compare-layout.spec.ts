import { expect, test, type Page } from '@playwright/test';
import { LAYOUTS, openLongComparison, pageOverflow, textSpills } from './support/compare-long-text.ts';

/**
 * The comparison with a 300-character unbroken string (a pasted link) in every text field, at a laptop's 1366 and a
 * projector's 1280, a narrow 900 px window and 200% zoom: no page scrolls sideways, no text spills out of its cell
 * over another, the review columns stay equal, and the latest review stays in view while older ones scroll inside
 * the panel.
 */

async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth, culprits } = await pageOverflow(page);
  expect
    .soft(scrollWidth, `${where}: the page is ${scrollWidth} px wide in a ${clientWidth} px window (${culprits.join('; ')})`)
    .toBeLessThanOrEqual(clientWidth);
}

/** Is the element's centre drawn on screen, unclipped by its scroller and not covered by anything else? */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    window.scrollBy(0, box.top - window.innerHeight / 3);
    const now = el.getBoundingClientRect();
    const x = now.left + now.width / 2;
    const y = now.top + Math.min(now.height / 2, 12);
    if (x < 0 || x > window.innerWidth) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (el === hit || el.contains(hit));
  });
}

for (const layout of LAYOUTS) {
  test.describe(`comparison at ${layout.name}`, () => {
    test.use({ viewport: layout.viewport, deviceScaleFactor: layout.deviceScaleFactor });

    test('long pasted text wraps inside its cell, and no page scrolls sideways', async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await openLongComparison(page);
      const shot = async (name: string) => {
        await page.locator('#compare-panel').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 110));
        await page.screenshot({ path: testInfo.outputPath(`${layout.name.replace(/\W+/g, '-')}-${name}.png`) });
      };

      // Side by side, every action showing.
      const matrix = page.locator('table.matrix');
      await expect(matrix.locator('th.review-col')).toHaveCount(4);
      await page.getByRole('button', { name: 'Show all actions' }).click();
      await expect(page.locator('tr.detail').first()).toBeVisible();
      await noSidewaysScroll(page, 'side by side');
      expect.soft(await textSpills(matrix)).toEqual([]);
      // The reviews share the width equally, whatever was typed in one of them.
      const widths = await matrix.locator('th.review-col').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
      expect.soft(Math.max(...widths) - Math.min(...widths), `review columns ${widths.join(', ')} px`).toBeLessThanOrEqual(2);
      // The latest review (the last column) is on screen, its header and its cells.
      expect.soft(await inView(page, 'th.review-col:last-child'), 'the latest review’s heading is in view').toBe(true);
      expect.soft(await inView(page, 'tr[data-benchmark="2.3"] td.rating:last-child'), 'the latest review’s rating is in view').toBe(true);
      await shot('side-by-side');

      await page.getByRole('tab', { name: 'Section trends' }).click();
      await expect(page.getByRole('img', { name: '1 Leadership: index over time' })).toBeVisible();
      await noSidewaysScroll(page, 'section trends');
      await shot('trends');

      await page.getByRole('tab', { name: 'Typical factors' }).click();
      await expect(page.locator('table.factors').first()).toBeVisible();
      await noSidewaysScroll(page, 'typical factors');
      expect.soft(await textSpills(page.locator('#compare-panel'))).toEqual([]);
      await shot('factors');

      await page.getByRole('tab', { name: /Action register/ }).click();
      const register = page.locator('table.register');
      await expect(register.locator('tbody tr').first()).toBeVisible();
      await noSidewaysScroll(page, 'action register');
      expect.soft(await textSpills(register)).toEqual([]);
      // From 900 px up the register fits its panel: a long link wraps rather than widening the table past it. (At 200%
      // zoom it keeps its columns and scrolls inside the panel.)
      if (layout.viewport.width >= 900) {
        const [table, panel] = await Promise.all([register.boundingBox(), page.locator('#compare-panel').boundingBox()]);
        expect.soft(table!.x + table!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
      }
      await shot('register');
    });
  });
}
