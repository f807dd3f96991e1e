import { expect, test, type Page } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';

/**
 * Issue 11, item 13: importing a workbook over an existing review shows what will change before Update review,
 * offers Undo afterwards (the old review back, still there after a reload), and a final review is reopened only
 * when the person says so.
 */
test.use({ viewport: { width: 1366, height: 768 } });
test.slow();

const rate = (page: Page, number: string, level: number) =>
  ratingGroup(page, number).getByRole('radio', { name: LEVELS[level], exact: true }).check();
const checked = (page: Page, number: string, level: number) =>
  expect(ratingGroup(page, number).getByRole('radio', { name: LEVELS[level], exact: true })).toBeChecked();

async function importFile(page: Page, file: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from Excel' }).click();
  await (await choosing).setFiles(file);
}

test('import over a review lists the changes, updates only when asked, and Undo restores the old review', async ({ page }, testInfo) => {
  await page.goto('/');
  await newPartnership(page, 'Harbour Trust');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Workshop one');
  await rate(page, '1.1', 0);
  await page.getByLabel('1.1 By Whom?').fill('Board');
  await waitForSaved(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const file = testInfo.outputPath('exported.xlsx');
  await (await downloading).saveAs(file);

  // Since the export: 1.1 re-rated with a new owner, 2.1 rated.
  await rate(page, '1.1', 3);
  await page.getByLabel('1.1 By Whom?').fill('Jane Smith');
  await rate(page, '2.1', 2);
  await waitForSaved(page);

  await importFile(page, file);
  const dialog = page.getByRole('dialog', { name: 'Update “Workshop one”?' });
  const changes = dialog.getByRole('list', { name: 'What would change' });
  await expect(changes.getByRole('listitem')).toHaveText([
    '1.1 rating: YES - working well → NO - action is needed',
    '1.1 owner (By Whom?): “Jane Smith” → “Board”',
    '2.1 rating: YES - but needs improving → not rated',
  ]);
  await page.screenshot({ path: testInfo.outputPath('import-changes.png') });
  await dialog.getByRole('button', { name: 'Update review' }).click();

  const notice = page.getByRole('status').filter({ hasText: 'updated from' });
  await expect(notice).toContainText('“Workshop one” updated from exported.xlsx: 3 changes.');
  await expect(notice).not.toContainText('changed outside the app');
  await checked(page, '1.1', 0);
  await expect(page.getByLabel('1.1 By Whom?')).toHaveValue('Board');
  await page.screenshot({ path: testInfo.outputPath('import-undo.png') });

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is back as it was' })).toBeVisible();
  await page.reload();
  await checked(page, '1.1', 3);
  await checked(page, '2.1', 2);
  await expect(page.getByLabel('1.1 By Whom?')).toHaveValue('Jane Smith');

  // Over a final review: said, and reopened (as a draft) only by the person's choice; Cancel changes nothing.
  await page.getByLabel('Status').selectOption('final');
  await waitForSaved(page);
  await importFile(page, file);
  const finalDialog = page.getByRole('dialog', { name: '“Workshop one” is final' });
  await expect(finalDialog).toContainText('updating it from the workbook reopens it as a draft');
  await expect(finalDialog.getByRole('list', { name: 'What would change' })).toContainText('Status: “Final” → “Draft”');
  await finalDialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await checked(page, '1.1', 3);
  await expect(page.getByRole('status').filter({ hasText: 'Final — read-only' })).toBeVisible();

  await importFile(page, file);
  await finalDialog.getByRole('button', { name: 'Reopen and update' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'updated from' })).toBeVisible();
  await checked(page, '1.1', 0);
  await expect(page.getByLabel('Status')).toHaveValue('draft');
});
