import { expect, test } from '@playwright/test';
import { newPartnership, waitForSaved } from './helpers.ts';

test('an edit whose save IndexedDB refuses as the page goes away is put back at the next start', async ({ page }) => {
  // A failed save asks "leave page?"; accept it, as a person closing the laptop lid effectively does.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await newPartnership(page, 'Closing in a hurry');
  await page.getByRole('button', { name: 'New review' }).click();
  // The review page loads on first use: wait for it, not only for the partnership's "Saved".
  await expect(page.getByLabel('Review title')).toBeVisible();
  await waitForSaved(page);

  // From here every IndexedDB write in this page fails, as when the browser aborts a save while the page unloads.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('Simulated abort while unloading', 'AbortError');
    };
  });
  await page.getByLabel('2.1 Action Needed').fill('Agree a reporting cycle');
  await page.getByLabel('2.1 By Whom?').fill('Kept by the journal');
  await page.reload();

  await expect(page.getByLabel('2.1 By Whom?')).toHaveValue('Kept by the journal');
  await expect(page.getByLabel('2.1 Action Needed')).toHaveValue('Agree a reporting cycle');
  // Put back into IndexedDB itself, not just shown: it survives a second reload with the journal gone.
  expect(await page.evaluate(() => localStorage.getItem('partnership-review:unsaved-edits'))).toBeNull();
  await page.reload();
  await expect(page.getByLabel('2.1 By Whom?')).toHaveValue('Kept by the journal');
});
