import { expect, test } from '@playwright/test';
import { backupFile, BENCHMARKS, review, uuid } from './compare-data.ts';

type Level = 'no-action-needed' | 'no-action-in-hand' | 'yes-needs-improving' | 'yes-working-well';
const L: Level[] = ['no-action-needed', 'no-action-in-hand', 'yes-needs-improving', 'yes-working-well'];

/** Three workshops a year apart, most benchmarks improving, a few slipping: what a consultant would show a client. */
const numbers = Object.keys(BENCHMARKS);
const pattern = [
  [0, 1, 2, 1, 0, 2, 1, 1, 0, 2, 1, 0, 1, 2, 1, 0, 1, 0, 2, 1, 1],
  [1, 2, 2, 1, 1, 3, 1, 2, 1, 2, 2, 1, 1, 2, 2, 1, 2, 1, 2, 1, 2],
  [2, 3, 1, 2, 1, 3, 2, 2, 2, 3, 2, 2, 2, 1, 3, 2, 2, 2, 3, 1, 3],
];
const ratings = (row: number[]) => Object.fromEntries(numbers.map((n, i) => [n, { rating: L[row[i]!]! }]));
const reviews = [
  review(11, 'Baseline workshop', '2024-03-12', ratings(pattern[0]!)),
  review(12, 'Spring 2025 review', '2025-03-18', ratings(pattern[1]!)),
  review(13, 'Spring 2026 review', '2026-03-17', {
    ...ratings(pattern[2]!),
    '1.3': {
      rating: 'no-action-in-hand',
      actionNeeded: 'Agree who champions change in each partner',
      byWhom: 'Board',
      dueDate: '2026-06-30',
      carriedFrom: uuid(12),
    },
  }),
];

test('screenshot of the side-by-side comparison for the README', async ({ page }) => {
  test.skip(process.env.PR_SCREENSHOTS !== '1', 'screenshots are taken only with PR_SCREENSHOTS=1');
  await page.setViewportSize({ width: 1280, height: 1180 });
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore or add from backup…' }).click();
  await (await chooser).setFiles(backupFile('Riverside Health Partnership', reviews));
  await page.getByRole('link', { name: 'Riverside Health Partnership' }).click();
  await page.getByRole('button', { name: 'Compare reviews' }).click();
  await page.getByRole('button', { name: 'All reviews' }).click();
  await expect(page.locator('th.review-col')).toHaveCount(3);
  // Notices from restoring the library are not part of the view.
  for (const close of await page.getByRole('button', { name: /dismiss|close/i }).all()) await close.click();
  await page.getByRole('button', { name: 'Actions for 1.3' }).click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshots/compare.png' });
});
