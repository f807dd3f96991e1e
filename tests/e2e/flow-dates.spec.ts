import { expect, test, type Page } from '@playwright/test';
import { readDatabase } from '../fixtures/db/build-database.ts';
import { newPartnership, waitForSaved } from './helpers.ts';

/** A British consultant on an American laptop: the browser's locale says mm/dd/yyyy, the app still says dd/mm/yyyy. */
test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });
// A shared machine is slow; the time is spent in the app's first loads, not in waiting.
test.slow();

type StoredReview = { date: string; answers: Record<string, { dueDate: string | null }> };
const storedReview = async (page: Page) => (await page.evaluate(readDatabase, { name: 'partnership-review' })).reviews![0] as StoredReview;

test('date fields read and write dd/mm/yyyy whatever the browser locale, and every date displays as "3 Apr 2026"', async ({ page }) => {
  await page.goto('/');
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await newPartnership(page, 'Locale check');
  await page.getByRole('button', { name: 'New review' }).click();

  const date = page.getByLabel('Date', { exact: true });
  await expect(date).toHaveAttribute('type', 'text');
  await expect(date).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await date.fill('03/04/2026');
  await date.blur();
  await waitForSaved(page);
  expect((await storedReview(page)).date).toBe('2026-04-03');
  await expect(page.locator('.sub')).toContainText('3 Apr 2026');
  await expect(date).toHaveAccessibleDescription('3 Apr 2026');

  // Not a day on the calendar: said plainly, and the saved date stays.
  await date.fill('31/04/2026');
  await date.blur();
  await expect(page.getByRole('alert').filter({ hasText: '“31/04/2026” is not a date' })).toContainText('dd/mm/yyyy');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  expect((await storedReview(page)).date).toBe('2026-04-03');

  // A due date: the same field, and it can be emptied.
  const due = page.getByLabel('1.1 Due date');
  await due.fill('1/12/2026');
  await due.blur();
  await expect(due).toHaveValue('01/12/2026');
  await waitForSaved(page);
  expect(Object.values((await storedReview(page)).answers).map((a) => a.dueDate)).toContain('2026-12-01');

  await page.reload();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('03/04/2026');
  await expect(page.getByLabel('1.1 Due date')).toHaveValue('01/12/2026');
  await due.fill('');
  await due.blur();
  await waitForSaved(page);
  await expect
    .poll(async () =>
      Object.values((await storedReview(page)).answers)
        .map((a) => a.dueDate)
        .filter(Boolean),
    )
    .toEqual([]);

  // The partnership's list shows the same format.
  await page.getByRole('link', { name: 'Locale check' }).click();
  await expect(page.getByRole('row', { name: /3 Apr 2026/ })).toBeVisible();
});

test('a review file name says its day once, in ISO', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-11T12:00:00Z'));
  await page.goto('/');
  await newPartnership(page, 'File names');
  await page.getByRole('button', { name: 'New review' }).click();
  await expect(page.getByLabel('Review title')).toHaveValue('Review 11 Mar 2026');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save review file' }).click();
  expect((await download).suggestedFilename()).toBe('File names – Review 2026-03-11.partnershipreview');
});
