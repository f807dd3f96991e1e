import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readDatabase } from '../fixtures/db/build-database.ts';
import { newPartnership, waitForSaved } from './helpers.ts';

test.slow();

type Named = { id: string; name?: string; title?: string };
const stored = async (page: Page) => (await page.evaluate(readDatabase, { name: 'partnership-review' })) as Record<string, Named[]>;
const names = async (page: Page) => (await stored(page)).partnerships!.map((p) => p.name).sort();

async function partnershipWithReview(page: Page, name: string, title: string): Promise<void> {
  await page.goto('/');
  await newPartnership(page, name);
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill(title);
  await waitForSaved(page);
}

async function chooseBackup(page: Page, path: string): Promise<void> {
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore or add from backup…' }).click();
  await (await choosing).setFiles(path);
}

test('Restore this backup replaces the library after saying what goes, backing up the current library first', async ({
  page,
}, testInfo) => {
  await partnershipWithReview(page, 'Harbour Trust', 'Spring workshop');
  await page.goto('/');
  const file = testInfo.outputPath('library.json');
  const backingUp = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up library' }).click();
  await (await backingUp).saveAs(file);

  // Since the backup: a partnership renamed and another added.
  await page.getByRole('link', { name: 'Harbour Trust' }).click();
  await page.getByLabel('Partnership name').fill('Harbour Trust (renamed)');
  await waitForSaved(page);
  await partnershipWithReview(page, 'Added later', 'Later workshop');

  await chooseBackup(page, file);
  const asked = page.getByRole('dialog', { name: 'Restore this backup, or add from it?' });
  await expect(asked).toContainText('The backup holds 1 partnership and 1 review.');
  await expect(asked).toContainText('It removes 1 partnership (“Added later”) and 1 review that are not in the backup');
  await expect(asked).toContainText('The current library is saved as a backup first.');
  await asked.getByRole('button', { name: 'Cancel' }).click();
  expect(await names(page)).toEqual(['Added later', 'Harbour Trust (renamed)']);

  await chooseBackup(page, file);
  const safety = page.waitForEvent('download');
  await asked.getByRole('button', { name: 'Restore this backup' }).click();
  const safetyFile = testInfo.outputPath('safety.json');
  await (await safety).saveAs(safetyFile);
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toContainText(
    'Backup restored: 1 partnership and 1 review; 1 partnership and 1 review removed.',
  );
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Harbour Trust']);
  expect(await names(page)).toEqual(['Harbour Trust']);
  expect((await stored(page)).reviews!.map((r) => r.title)).toEqual(['Spring workshop']);
  // The automatic backup holds the library as it was.
  const before = JSON.parse(readFileSync(safetyFile, 'utf8')) as { partnerships: Named[] };
  expect(before.partnerships.map((p) => p.name).sort()).toEqual(['Added later', 'Harbour Trust (renamed)']);

  // Add from backup is the merge: nothing removed, counts per kind.
  await partnershipWithReview(page, 'Kept when adding', 'Kept review');
  await chooseBackup(page, file);
  await asked.getByRole('button', { name: 'Add from backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added from backup' })).toContainText(
    'Added from backup — partnerships: 0 added, 0 updated, 1 kept as they are; reviews: 0 added, 0 updated, 1 kept as they are.',
  );
  expect(await names(page)).toEqual(['Harbour Trust', 'Kept when adding']);
});

test('a restore that fails part way changes nothing', async ({ page }, testInfo) => {
  await partnershipWithReview(page, 'First', 'One');
  await page.goto('/');
  const file = testInfo.outputPath('library.json');
  const backingUp = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up library' }).click();
  await (await backingUp).saveAs(file);
  await partnershipWithReview(page, 'Second', 'Two');
  const before = await stored(page);

  await chooseBackup(page, file);
  // Writes fail once the safety backup is on its way: the replacement must roll back whole.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const safety = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Restore this backup' }).click();
  await safety;
  await expect(page.getByRole('alert').first()).toBeVisible();
  const after = await stored(page);
  expect(after.partnerships!.map((p) => p.name).sort()).toEqual(before.partnerships!.map((p) => p.name).sort());
  expect(after.reviews!.map((r) => r.title).sort()).toEqual(['One', 'Two']);
});
