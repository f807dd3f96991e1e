import { expect, test } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';

/** A rating can be taken back: by a key on the group (announced) and by a visible control, and it stays cleared. */
test('a rating is cleared by Delete or Backspace on its group, or by Clear rating, and stays cleared after a reload', async ({ page }) => {
  await page.goto('/');
  await newPartnership(page, 'Clearing ratings');
  await page.getByRole('button', { name: 'New review' }).click();

  const first = ratingGroup(page, '1.1');
  await first.getByRole('radio', { name: LEVELS[1], exact: true }).check();
  await expect(page.getByRole('button', { name: 'Clear the rating of 1.1' })).toBeVisible();
  // Keyboard: the checked radio has focus; Delete un-rates the benchmark and says so.
  await first.getByRole('radio', { name: LEVELS[1], exact: true }).focus();
  await page.keyboard.press('Delete');
  for (const level of LEVELS) await expect(first.getByRole('radio', { name: level, exact: true })).not.toBeChecked();
  await expect(page.getByText('Rating of 1.1 cleared')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Clear the rating of 1.1' })).toHaveCount(0);

  const second = ratingGroup(page, '1.2');
  await second.getByRole('radio', { name: LEVELS[3], exact: true }).check();
  await second.getByRole('radio', { name: LEVELS[3], exact: true }).focus();
  await page.keyboard.press('Backspace');
  await expect(second.getByRole('radio', { name: LEVELS[3], exact: true })).not.toBeChecked();

  // The visible control, for a mouse.
  const third = ratingGroup(page, '1.3');
  await third.getByRole('radio', { name: LEVELS[0], exact: true }).check();
  await page.getByRole('button', { name: 'Clear the rating of 1.3' }).click();
  await expect(third.getByRole('radio', { name: LEVELS[0], exact: true })).not.toBeChecked();

  await waitForSaved(page);
  await page.reload();
  for (const number of ['1.1', '1.2', '1.3']) {
    for (const level of LEVELS) await expect(ratingGroup(page, number).getByRole('radio', { name: level, exact: true })).not.toBeChecked();
  }
});
