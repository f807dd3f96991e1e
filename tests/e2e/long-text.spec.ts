import { expect, test } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';
import { LAYOUTS, LONG_TEXT, expectNoSidewaysScroll, fillEveryTextField, overlappingText } from './support/long-text.ts';

/**
 * One long unbroken string (a pasted link) in every text field of a review: the form and the Summary keep their layout
 * at a laptop's, a projector's and a narrow window's width and at 200% zoom — no sideways page scroll, no text drawn
 * over other text or out of its cell. Screenshots of each are attached to the run.
 */
for (const layout of LAYOUTS) {
  test.describe(layout.name, () => {
    test.use({ viewport: layout.viewport, deviceScaleFactor: layout.deviceScaleFactor });

    test(`a 300-character unbroken string in every field keeps the form and Summary in shape at ${layout.name}`, async ({
      page,
    }, testInfo) => {
      await page.goto('/');
      await newPartnership(page, 'Long text partnership');
      await page.getByRole('button', { name: 'New review' }).click();
      const main = page.locator('main');
      // Some benchmarks rated NO, so the Summary lists their actions and owners among its priorities.
      for (const [number, level] of [
        ['1.1', 0],
        ['2.2', 1],
        ['3.3', 0],
      ] as const) {
        await ratingGroup(page, number).getByRole('radio', { name: LEVELS[level], exact: true }).check();
      }
      // Title, facilitator, participants, and each benchmark's action, owner and notes.
      expect(await fillEveryTextField(main)).toBeGreaterThanOrEqual(3 + 21 * 3);
      await expect(page.getByLabel('4.5 Notes')).toHaveValue(LONG_TEXT);
      await waitForSaved(page);

      await expectNoSidewaysScroll(page, 'Form');
      expect(await overlappingText(page, main), 'Form').toEqual([]);
      // By Whom? wraps and grows like the other fields rather than hiding its text past the box's right edge.
      const owners = await page.getByLabel(/^\d\.\d By Whom\?$/).evaluateAll((fields) =>
        fields.map((f) => ({
          label: f.getAttribute('aria-label'),
          sideways: f.scrollWidth - f.clientWidth,
          lines: f.clientHeight / parseFloat(getComputedStyle(f).lineHeight),
        })),
      );
      expect(owners).toHaveLength(21);
      for (const owner of owners) {
        expect(owner.sideways, `${owner.label} clips its text sideways`).toBeLessThanOrEqual(0);
        expect(owner.lines, `${owner.label} grows to show more than one line`).toBeGreaterThan(2);
      }
      // The grid as the room sees it, a few benchmarks into the first section.
      await page
        .locator('tbody', { has: ratingGroup(page, '1.2') })
        .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200));
      await page.screenshot({ path: testInfo.outputPath('form.png') });
      await testInfo.attach('form', { path: testInfo.outputPath('form.png'), contentType: 'image/png' });

      await page.getByRole('button', { name: 'Summary', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Priorities' })).toBeVisible();
      await expect(page.getByText(LONG_TEXT).first()).toBeVisible();
      await expectNoSidewaysScroll(page, 'Summary');
      expect(await overlappingText(page, main), 'Summary').toEqual([]);
      await page.getByRole('heading', { name: 'Priorities' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath('summary.png') });
      await testInfo.attach('summary', { path: testInfo.outputPath('summary.png'), contentType: 'image/png' });
    });
  });
}
