import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';

/** Issue 11, item 7: "Final" means read-only — in the grid and the workshop view — until reopened, and the exports say Final. */
test.use({ viewport: { width: 1366, height: 768 } });
test.slow();

/** Every text cell of the workbook's Summary sheet, read by openpyxl (Debian's python3-openpyxl). */
const summaryText = (file: string) =>
  execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      'import openpyxl,sys\nws=openpyxl.load_workbook(sys.argv[1])["Summary"]\nfor row in ws.iter_rows(values_only=True):\n  print(" | ".join(str(v) for v in row if v is not None))',
      file,
    ],
    { encoding: 'utf8' },
  );
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const checked = (page: Page, number: string, level: number) =>
  expect(ratingGroup(page, number).getByRole('radio', { name: LEVELS[level], exact: true })).toBeChecked();

test('a final review is read-only in the grid and the workshop view until reopened, and its exports say Final', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await newPartnership(page, 'Harbour Trust');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Spring workshop');
  await ratingGroup(page, '1.1').getByRole('radio', { name: LEVELS[0], exact: true }).check();
  await page.getByLabel('1.1 Action Needed').fill('Agree a vision');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('final');
  await waitForSaved(page);
  const reviewUrl = page.url();

  // On screen: said, and every control of the form is disabled.
  const banner = page.getByRole('status').filter({ hasText: 'Final — read-only' });
  await expect(banner).toBeVisible();
  await expect(ratingGroup(page, '1.2').getByRole('radio', { name: LEVELS[3], exact: true })).toBeDisabled();
  await expect(page.getByLabel('1.1 Action Needed')).toBeDisabled();
  await expect(page.getByLabel('Review title')).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('final-review.png') });

  // The exports say Final: the workbook's Summary and the report's cover.
  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const workbook = testInfo.outputPath('final.xlsx');
  await (await downloading).saveAs(workbook);
  const summary = summaryText(workbook);
  expect(summary).toContain('Final: agreed, and read-only in the app until reopened.');
  expect(summary).toContain('Status | Final');
  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save report as PDF' }).click();
  const report = testInfo.outputPath('final.pdf');
  await (await downloading).saveAs(report);
  expect(pdfText(report)).toContain('Partnership review report · Final');

  // The workshop view: the keys change nothing, and it says why.
  await page.getByRole('button', { name: 'Run workshop' }).click();
  const workshop = page.locator('.workshop');
  await expect(workshop).toContainText('Final — read-only');
  await page.keyboard.press('PageDown');
  await expect(workshop).toHaveAttribute('data-screen', '1.1');
  await page.keyboard.press('4');
  await expect(workshop.getByRole('status').filter({ hasText: 'This review is final' })).toBeVisible();
  await expect(workshop.locator('.pick[aria-pressed="true"]')).toHaveText(new RegExp(LEVELS[0]));
  await expect(workshop.getByLabel('Action Needed')).toBeDisabled();

  // Nothing changed in what is stored.
  await page.goto(reviewUrl);
  await page.reload();
  await checked(page, '1.1', 0);
  await expect(page.getByLabel('1.1 Action Needed')).toHaveValue('Agree a vision');

  // Reopen for editing, after a short confirmation: editable again, and saved as a draft.
  await banner.getByRole('button', { name: 'Reopen for editing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reopen for editing?' });
  await expect(dialog).toContainText('Reopening makes it a draft again');
  await dialog.getByRole('button', { name: 'Reopen for editing' }).click();
  await expect(banner).toHaveCount(0);
  await ratingGroup(page, '1.2').getByRole('radio', { name: LEVELS[3], exact: true }).check();
  await waitForSaved(page);
  await page.reload();
  await checked(page, '1.2', 3);
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('draft');
});
