import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { LEVELS, newPartnership, ratingGroup, waitForSaved } from './helpers.ts';
import { fillResponseForm, LEVEL_LABELS, unzipForms } from './support/response-forms.ts';

/**
 * Issue 15, item 2: files dropped on the window open exactly as the menu opens them. The drop is dispatched in real
 * Chromium with a DataTransfer built in the page, as the browser builds one for files dragged from the desktop; the
 * files themselves come from the app's own export flows.
 */

interface DroppedFile {
  name: string;
  buffer: Buffer;
}

/** Drags the files over the page (the overlay shows), then lets go of them over `selector`. */
async function dropFiles(page: Page, files: DroppedFile[], selector = 'main'): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of list) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], name));
      }
      return transfer;
    },
    files.map((f) => ({ name: f.name, base64: f.buffer.toString('base64') })),
  );
  const overlay = page.getByText('Drop to open…');
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await expect(overlay).toBeVisible();
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
  await expect(overlay).toBeHidden();
}

async function download(page: Page, button: string, path: string): Promise<DroppedFile> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const done = await downloading;
  await done.saveAs(path);
  return { name: done.suggestedFilename(), buffer: await readFile(path) };
}

async function deletePartnership(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name }).first().click();
  await page.getByRole('button', { name: 'Delete partnership' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
}

/** A partner ticking ratings on the blank form in Excel: an x under the level's heading on the benchmark's row. */
async function fillBlankForm(bytes: Buffer, ratings: Record<string, number>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const text = (value: ExcelJS.CellValue) => String(value ?? '').trim();
  let marked = 0;
  workbook.eachSheet((sheet) => {
    let columns: number[] | null = null;
    sheet.eachRow((row, r) => {
      if (!columns) {
        const found = LEVEL_LABELS.map((label) => {
          let at = -1;
          row.eachCell((cell, c) => {
            if (text(cell.value) === label) at = c;
          });
          return at;
        });
        if (found.every((c) => c > 0)) columns = found;
        return;
      }
      const level = ratings[text(row.getCell(1).value)];
      if (level === undefined) return;
      sheet.getCell(r, columns[level]!).value = 'x';
      marked += 1;
    });
  });
  expect(marked).toBe(Object.keys(ratings).length);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function reviewWithRating(page: Page, partnership: string, title: string): Promise<void> {
  await page.goto('/');
  await newPartnership(page, partnership);
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill(title);
  await ratingGroup(page, '2.3').getByRole('radio', { name: LEVELS[1], exact: true }).check();
  await waitForSaved(page);
}

const rating = (page: Page, number: string, level: number) =>
  ratingGroup(page, number).getByRole('radio', { name: LEVELS[level], exact: true });

test('a review exported to Excel, dropped on the window, asks before updating its review, as Import from Excel does', async ({
  page,
}, testInfo) => {
  await reviewWithRating(page, 'Dropped workbook partnership', 'Spring review');
  const exported = await download(page, 'Export to Excel', testInfo.outputPath('export.xlsx'));
  expect(exported.name).toMatch(/\.xlsx$/);
  await rating(page, '2.3', 3).check();
  await waitForSaved(page);

  await page.getByRole('link', { name: 'Library' }).click();
  await dropFiles(page, [exported]);
  const ask = page.getByRole('dialog', { name: 'Update “Spring review”?' });
  await expect(ask).toContainText(`${exported.name} was exported from “Spring review”`);
  await ask.getByRole('button', { name: 'Update review' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“Spring review” updated from ${exported.name}:` })).toBeVisible();
  await expect(rating(page, '2.3', 1)).toBeChecked();
});

test('a filled-in blank form dropped on the library imports as a new review', async ({ page }, testInfo) => {
  await page.goto('/');
  const blank = await download(page, 'Blank form for Excel', testInfo.outputPath('blank.xlsx'));
  const filled = { name: 'Filled by a partner.xlsx', buffer: await fillBlankForm(blank.buffer, { '1.2': 2, '4.1': 0 }) };
  await dropFiles(page, [filled]);
  await expect(page.getByRole('status').filter({ hasText: /^Filled by a partner\.xlsx imported as a new review/ })).toBeVisible();
  await expect(rating(page, '1.2', 2)).toBeChecked();
  await expect(rating(page, '4.1', 0)).toBeChecked();
});

test('response forms dropped on their review go through Import responses; one alone asks what it is; on the library they need a review', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await newPartnership(page, 'Dropped forms partnership');
  await page.getByLabel('Partner organisations').fill('Riverside Council\nHealth Trust');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Forms review');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Response forms for partners…' }).click();
  const make = page.getByRole('dialog', { name: 'Response forms for partners' });
  const people = [
    { name: 'Ann Smith', organisation: 'Riverside Council' },
    { name: 'Bilal Khan', organisation: 'Health Trust' },
    { name: 'Cara Jones', organisation: 'Health Trust' },
  ];
  for (const [i, person] of people.entries()) {
    await make.getByLabel(`Person ${i + 1} name`).fill(person.name);
    await make.getByLabel(`Person ${i + 1} organisation`).fill(person.organisation);
    if (i < people.length - 1) await make.getByLabel(`Person ${i + 1} organisation`).press('Enter');
  }
  const zip = await download(page, 'Make 3 forms', testInfo.outputPath('forms.zip'));
  const sent = [...unzipForms(zip.buffer).entries()];
  const returned = await Promise.all(
    people.map(async (person, i) => ({
      name: `returned-${i + 1}.xlsx`,
      buffer: await fillResponseForm(sent.find(([name]) => name.includes(person.name))![1], { ratings: { '1.1': i } }),
    })),
  );

  // Two at once: Import responses, with both files listed.
  await dropFiles(page, returned.slice(0, 2));
  let dialog = page.getByRole('dialog', { name: 'Import responses' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog).toContainText('Adds Ann Smith, Riverside Council');
  await expect(dialog).toContainText('Adds Bilal Khan, Health Trust');
  await dialog.getByRole('button', { name: 'Add to review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Responses imported: 2 added.' })).toBeVisible();

  // One alone might be a review of its own: the person says which.
  await dropFiles(page, [returned[2]!]);
  const ask = page.getByRole('dialog', { name: 'Add “returned-3.xlsx” to “Forms review”?' });
  await ask.getByRole('button', { name: 'Add as a response' }).click();
  dialog = page.getByRole('dialog', { name: 'Import responses' });
  await expect(dialog).toContainText('Adds Cara Jones, Health Trust', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Add to review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Responses imported: 1 added.' })).toBeVisible();

  // On the library there is no review for them to go into.
  await page.getByRole('link', { name: 'Library' }).click();
  await dropFiles(page, returned.slice(0, 2));
  await expect(page.getByRole('alert')).toContainText(
    '2 workbooks dropped at once are taken as response forms: open the review they belong to',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a review file dropped on the window opens by id, as Open review file does', async ({ page }, testInfo) => {
  await reviewWithRating(page, 'Dropped file partnership', 'Review in a file');
  const file = await download(page, 'Save review file', testInfo.outputPath('saved.partnershipreview'));
  expect(file.name).toMatch(/\.partnershipreview$/);
  await page.getByRole('link', { name: 'Library' }).click();
  await deletePartnership(page, 'Dropped file partnership');

  await dropFiles(page, [file]);
  await expect(page.getByRole('status').filter({ hasText: '“Review in a file” added to the library.' })).toBeVisible();
  await expect(rating(page, '2.3', 1)).toBeChecked();
  // The older name still opens, and the same review again adds nothing.
  await dropFiles(page, [{ name: 'older copy.review.json', buffer: file.buffer }]);
  await expect(page.getByRole('status').filter({ hasText: '“Review in a file” already up to date.' })).toBeVisible();
});

test('a library backup dropped on the window restores or adds from it, as Restore does', async ({ page }, testInfo) => {
  await reviewWithRating(page, 'Backed up by drop', 'Backed up review');
  await page.getByRole('link', { name: 'Library' }).click();
  const backup = await download(page, 'Back up library', testInfo.outputPath('library.json'));
  await newPartnership(page, 'Made after the backup');
  await page.getByRole('link', { name: 'Library' }).click();
  await deletePartnership(page, 'Backed up by drop');

  await dropFiles(page, [backup]);
  const ask = page.getByRole('dialog', { name: 'Restore this backup, or add from it?' });
  await expect(ask).toContainText('It removes 1 partnership (“Made after the backup”)');
  await ask.getByRole('button', { name: 'Add from backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added from backup — partnerships: 1 added.*reviews: 1 added/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Backed up by drop' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Made after the backup' })).toBeVisible();
});

test('anything else dropped says what the app opens, and changes nothing', async ({ page }) => {
  await page.goto('/');
  await newPartnership(page, 'Untouched partnership');
  await page.getByRole('link', { name: 'Library' }).click();
  const alert = page.getByRole('alert');

  await dropFiles(page, [{ name: 'notes.txt', buffer: Buffer.from('Minutes of the meeting') }]);
  await expect(alert).toContainText('“notes.txt” is not a file this app opens.');
  await expect(alert).toContainText('You can drop an Excel workbook (.xlsx), a Partnership review (.partnershipreview or .review.json)');
  await alert.getByRole('button', { name: 'Dismiss message' }).click();

  await dropFiles(page, [
    { name: 'photo.png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    { name: 'a.partnershipreview', buffer: Buffer.from('{}') },
  ]);
  await expect(alert).toContainText('“photo.png” is not a file this app opens.');
  await alert.getByRole('button', { name: 'Dismiss message' }).click();

  await dropFiles(page, [
    { name: 'a.partnershipreview', buffer: Buffer.from('{}') },
    { name: 'b.partnershipreview', buffer: Buffer.from('{}') },
  ]);
  await expect(alert).toContainText('Drop review files and backups one at a time (2 files were dropped).');
  await alert.getByRole('button', { name: 'Dismiss message' }).click();

  // Named right but not a review file: the reader in the decode worker refuses it, with the menu's own message.
  await dropFiles(page, [{ name: 'not really.partnershipreview', buffer: Buffer.from('Minutes of the meeting') }]);
  await expect(alert).toContainText('Could not open the review file: not really.partnershipreview is not a Partnership Review review file');
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerships' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Untouched partnership' })).toHaveCount(1);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('dragging files over the window and away again leaves the page as it was', async ({ page }) => {
  await page.goto('/');
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'form.xlsx'));
    return transfer;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop to open…')).toBeVisible();
  await page.dispatchEvent('main', 'dragleave', { dataTransfer });
  await expect(page.getByText('Drop to open…')).toBeHidden();
  // Text dragged within the page is not a file: no overlay.
  const text = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'a benchmark');
    return transfer;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: text });
  await expect(page.getByText('Drop to open…')).toBeHidden();
});
