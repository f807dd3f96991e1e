import { expect, test, type Page } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';

async function saveDownload(page: Page, button: string, path: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  await download.saveAs(path);
  return download.suggestedFilename();
}

async function openFile(page: Page, button: string, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await choosing).setFiles(path);
}

async function deletePartnership(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name }).first().click();
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
}

test('a review file opens back by id without duplicates, and restores after deletion', async ({ page }, testInfo) => {
  await page.goto('/');
  await newPartnership(page, 'File partnership');
  await page.getByRole('button', { name: 'New review' }).click();
  await ratingGroup(page, '3.2').getByRole('radio', { name: LEVELS[1], exact: true }).check();
  await page.getByLabel('3.2 By Whom?').fill('Amir Khan');
  await waitForSaved(page);
  const file = testInfo.outputPath('review.json');
  expect(await saveDownload(page, 'Save review file', file)).toMatch(/\.partnershipreview$/);

  await page.getByRole('link', { name: 'Library' }).click();
  await openFile(page, 'Open review file', file);
  await expect(page.getByText(/already up to date/)).toBeVisible();
  await page.getByRole('link', { name: 'File partnership' }).click();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(1);

  await page.getByRole('link', { name: 'Library' }).click();
  await deletePartnership(page, 'File partnership');
  await openFile(page, 'Open review file', file);
  await expect(page.getByText(/added to the library/)).toBeVisible();
  await expect(ratingGroup(page, '3.2').getByRole('radio', { name: LEVELS[1], exact: true })).toBeChecked();
  await expect(page.getByLabel('3.2 By Whom?')).toHaveValue('Amir Khan');
});

test('the library backs up to one file and restores from it', async ({ page }, testInfo) => {
  await page.goto('/');
  await newPartnership(page, 'Backed up partnership');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Backed up review');
  await waitForSaved(page);
  await page.getByRole('link', { name: 'Library' }).click();
  const file = testInfo.outputPath('library.json');
  await saveDownload(page, 'Back up library', file);
  await deletePartnership(page, 'Backed up partnership');
  await openFile(page, 'Restore or add from backup…', file);
  await expect(page.getByText(/Added from backup — partnerships: 1 added.*reviews: 1 added/)).toBeVisible();
  await page.getByRole('link', { name: 'Backed up partnership' }).click();
  await expect(page.getByRole('link', { name: 'Backed up review' })).toBeVisible();
});
