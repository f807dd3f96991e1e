import { expect, test } from '@playwright/test';
import { backupFile, BENCHMARKS, review } from './compare-data.ts';
import { LEVELS, newPartnership, ratingGroup } from './helpers.ts';

/**
 * Issue 11, item 8: an index is never shown without how many benchmarks it rests on, a review with under half its
 * benchmarks rated is said not to be comparable, and progress counts benchmarks and typical factors apart.
 */
test.use({ viewport: { width: 1366, height: 768 } });
test.slow();

test('one benchmark rated shows "index 100 · 1 of 21 rated" on the Summary and the partnership page', async ({ page }, testInfo) => {
  await page.goto('/');
  await newPartnership(page, 'Harbour Trust');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Spring workshop');
  await ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[3], exact: true }).check();
  // Progress: benchmarks and typical factors counted apart.
  await expect(page.locator('.tabs-row .progress')).toHaveText('1 of 21 rated · 0 of 28 factors');
  await page
    .getByRole('region', { name: /^1 Leadership/ })
    .getByRole('radio', { name: 'Tick' })
    .first()
    .check();
  await expect(page.locator('.tabs-row .progress')).toHaveText('1 of 21 rated · 1 of 28 factors');

  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await expect(page.getByTestId('overall-index')).toHaveText('Overall index 100 · 1 of 21 rated');
  await expect(page.getByText('Only 1 of 21 benchmarks are rated, under half: this index is not yet comparable')).toBeVisible();
  await expect(page.locator('tfoot td.index')).toHaveText('1001 of 21 rated');
  await page.screenshot({ path: testInfo.outputPath('summary-coverage.png'), fullPage: false });

  await page.getByRole('link', { name: 'Harbour Trust' }).click();
  await expect(page.getByRole('row', { name: /Spring workshop/ })).toContainText('index 100 · 1 of 21 rated');
});

test('the comparison says which review has too few benchmarks rated for its index to be comparable', async ({ page }, testInfo) => {
  const numbers = Object.keys(BENCHMARKS);
  const spring = review(
    1,
    'Spring',
    '2025-03-01',
    Object.fromEntries(numbers.slice(0, 8).map((n) => [n, { rating: 'yes-working-well' as const }])),
  );
  const autumn = review(2, 'Autumn', '2025-10-01', Object.fromEntries(numbers.map((n) => [n, { rating: 'yes-needs-improving' as const }])));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore or add from backup…' }).click();
  await (await chooser).setFiles(backupFile('Riverside Health Partnership', [spring, autumn]));
  await page.getByRole('link', { name: 'Riverside Health Partnership' }).click();
  await page.getByRole('button', { name: 'Compare reviews' }).click();

  const notes = page.getByRole('list', { name: 'Reviews whose index is not comparable' });
  await expect(notes.getByRole('listitem')).toHaveText(['Review “Spring” has only 8 of 21 benchmarks rated; its index is not comparable.']);
  await page.getByRole('tab', { name: 'Section trends' }).click();
  const overall = page.locator('figure.card.overall');
  await expect(overall.locator('figcaption')).toContainText('21 of 21 rated');
  // The chart's points carry the coverage too (their tooltip), and the table under them.
  await expect(overall.locator('circle title').first()).toHaveText('Spring: index 100 · 8 of 21 rated');
  await expect(page.locator('tr.index-row').last().locator('td').first()).toHaveText('1008 of 21 rated');
  await page.screenshot({ path: testInfo.outputPath('compare-not-comparable.png') });
});
