import { expect, test, type Page } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';

async function expectValues(page: Page, action: string): Promise<void> {
  await expect(ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[0], exact: true })).toBeChecked();
  await expect(ratingGroup(page, '2.3').getByRole('radio', { name: LEVELS[2], exact: true })).toBeChecked();
  await expect(ratingGroup(page, '4.5').getByRole('radio', { name: LEVELS[3], exact: true })).toBeChecked();
  await expect(page.getByLabel('1.1 Action Needed')).toHaveValue(action);
  await expect(page.getByLabel('1.1 By Whom?')).toHaveValue('Jane Smith');
  const factor = page
    .getByRole('region', { name: /^1 Leadership/ })
    .getByRole('radiogroup', { name: /^(?!\d\.\d)/ })
    .first();
  await expect(factor.getByRole('radio', { name: 'Tick' })).toBeChecked();
}

test('a review exported to Excel imports back with the same values, as new or as an update once confirmed', async ({ page }, testInfo) => {
  // ExcelJS is large: the first page load must not fetch it; the first export does.
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/');
  await newPartnership(page, 'Excel round trip');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Workshop one');
  const originalUrl = page.url();
  await ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[0], exact: true }).check();
  await ratingGroup(page, '2.3').getByRole('radio', { name: LEVELS[2], exact: true }).check();
  await ratingGroup(page, '4.5').getByRole('radio', { name: LEVELS[3], exact: true }).check();
  const action = 'Agree a shared vision statement\nPublish it to every partner';
  await page.getByLabel('1.1 Action Needed').fill(action);
  await page.getByLabel('1.1 By Whom?').fill('Jane Smith');
  const factor = page
    .getByRole('region', { name: /^1 Leadership/ })
    .getByRole('radiogroup', { name: /^(?!\d\.\d)/ })
    .first();
  await factor.getByRole('radio', { name: 'Tick' }).check();
  await waitForSaved(page);

  expect(scripts.some((u) => /excel/i.test(u))).toBe(false);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(scripts.some((u) => /excel/i.test(u))).toBe(true);
  const file = testInfo.outputPath('exported.xlsx');
  await download.saveAs(file);

  // Change the review after exporting, so an update from the workbook is visible.
  await ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[3], exact: true }).check();
  await waitForSaved(page);

  // 1. Import as new: a second review with the exported values; the original keeps its later edit.
  let choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from Excel' }).click();
  await (await choosing).setFiles(file);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Update “Workshop one”?');
  await dialog.getByRole('button', { name: 'Import as new' }).click();
  await expect(page.getByText(/imported as a new review/)).toBeVisible();
  await expectValues(page, action);
  const importedUrl = page.url();

  await page.getByRole('link', { name: 'Excel round trip' }).click();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(2);

  // 2. Cancel changes nothing; Update (confirmed) overwrites the original with the workbook's values.
  expect(originalUrl).not.toBe(importedUrl);
  await page.goto(originalUrl);
  choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from Excel' }).click();
  await (await choosing).setFiles(file);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.goto(originalUrl);
  await expect(ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[3], exact: true })).toBeChecked();
  choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from Excel' }).click();
  await (await choosing).setFiles(file);
  await dialog.getByRole('button', { name: 'Update review' }).click();
  await expect(page.getByText(/updated from/)).toBeVisible();
  expect(page.url()).toBe(originalUrl);
  await expectValues(page, action);

  await page.getByRole('link', { name: 'Excel round trip' }).click();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(2);
});

test('a blank form downloads as a workbook that imports as an empty new review', async ({ page }, testInfo) => {
  await page.goto('/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Blank form for Excel' }).click();
  const file = testInfo.outputPath('blank.xlsx');
  await (await downloading).saveAs(file);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from Excel' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByText(/imported as a new review/)).toBeVisible();
  await expect(ratingGroup(page, '1.1').getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByText('0 of 21 rated · 0 of 28 factors')).toBeVisible();
});
