import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readDatabase } from '../fixtures/db/build-database.ts';
import { newPartnership, waitForSaved } from './helpers.ts';

async function backUp(page: Page, path: string): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Partnerships', exact: true })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up library' }).click();
  await (await downloading).saveAs(path);
}

async function restore(page: Page, path: string, choice?: 'Add from backup'): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore or add from backup…' }).click();
  await (await choosing).setFiles(path);
  if (choice) await page.getByRole('dialog').getByRole('button', { name: choice }).click();
}

async function addPartnershipWithReview(page: Page, name: string, title: string): Promise<void> {
  await page.goto('/');
  await newPartnership(page, name);
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill(title);
  await waitForSaved(page);
}

type Stored = { id: string; name?: string; title?: string; updatedAt: string };
const sortById = (xs: unknown[] = []) => [...(xs as Stored[])].sort((a, b) => a.id.localeCompare(b.id));
const stored = (page: Page) => page.evaluate(readDatabase, { name: 'partnership-review' });

test('a backup restores whole into an empty library, and merges into a non-empty one without duplicates', async ({
  page,
  browser,
}, testInfo) => {
  await addPartnershipWithReview(page, 'Harbour Trust', 'Spring workshop');
  await addPartnershipWithReview(page, 'Moorland Forum', 'Baseline');
  const file = testInfo.outputPath('library.json');
  await backUp(page, file);
  const original = await stored(page);

  // A fresh browser profile: nothing saved yet.
  const empty = await browser.newContext();
  const fresh = await empty.newPage();
  await fresh.goto('/');
  await expect(fresh.getByText('No partnerships yet')).toBeVisible();
  await restore(fresh, file);
  await expect(
    fresh.getByText(
      'Added from backup — partnerships: 2 added, 0 updated, 0 kept as they are; reviews: 2 added, 0 updated, 0 kept as they are.',
    ),
  ).toBeVisible();
  const restored = await stored(fresh);
  expect(sortById(restored.partnerships)).toEqual(sortById(original.partnerships));
  expect(sortById(restored.reviews)).toEqual(sortById(original.reviews));
  await expect(fresh.getByRole('table').getByRole('rowheader')).toHaveText(['Moorland Forum', 'Harbour Trust']);
  await empty.close();

  // Back in the first library: one partnership renamed since the backup, and one added. Restoring keeps the newer
  // name, adds nothing twice and deletes nothing.
  await page.getByRole('link', { name: 'Harbour Trust' }).click();
  await page.getByLabel('Partnership name').fill('Harbour Trust (renamed)');
  await waitForSaved(page);
  await addPartnershipWithReview(page, 'Added after the backup', 'Later');
  await page.goto('/');
  await restore(page, file, 'Add from backup');
  await expect(
    page.getByText(
      'Added from backup — partnerships: 0 added, 0 updated, 2 kept as they are; reviews: 0 added, 0 updated, 2 kept as they are.',
    ),
  ).toBeVisible();
  const names = page.getByRole('table').getByRole('rowheader');
  await expect(names).toHaveCount(3);
  expect((await names.allInnerTexts()).sort()).toEqual(['Added after the backup', 'Harbour Trust (renamed)', 'Moorland Forum']);
  const merged = await stored(page);
  expect(merged.partnerships).toHaveLength(3);
  expect(merged.reviews).toHaveLength(3);
  expect((merged.partnerships as Stored[]).map((p) => p.name).sort()).toEqual([
    'Added after the backup',
    'Harbour Trust (renamed)',
    'Moorland Forum',
  ]);
});

test('a backup with one bad record is refused whole: nothing is written', async ({ page }, testInfo) => {
  await addPartnershipWithReview(page, 'Existing partnership', 'Existing review');
  const file = testInfo.outputPath('library.json');
  await backUp(page, file);
  const before = await stored(page);

  const backup = JSON.parse(readFileSync(file, 'utf8')) as { partnerships: Stored[]; reviews: (Stored & Record<string, unknown>)[] };
  const good = backup.reviews[0]!;
  backup.partnerships.push({
    ...backup.partnerships[0]!,
    id: '22222222-2222-4222-8222-222222222222',
    name: 'Should not appear',
    updatedAt: '2030-01-01T00:00:00.000Z',
  });
  backup.partnerships[0] = { ...backup.partnerships[0]!, name: 'Renamed by the bad file', updatedAt: '2030-01-01T00:00:00.000Z' };
  backup.reviews.push({
    ...good,
    id: '33333333-3333-4333-8333-333333333333',
    partnershipId: '22222222-2222-4222-8222-222222222222',
    title: 'Fine review',
  });
  backup.reviews.push({ ...good, id: '44444444-4444-4444-8444-444444444444', date: 'last Tuesday' });
  const bad = testInfo.outputPath('bad-library.json');
  writeFileSync(bad, JSON.stringify(backup));

  await restore(page, bad);
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be restored' })).toContainText('Nothing was changed');
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be restored' })).toContainText('reviews[2].date');
  await expect(page.getByRole('link', { name: 'Should not appear' })).toHaveCount(0);
  const after = await stored(page);
  expect(sortById(after.partnerships)).toEqual(sortById(before.partnerships));
  expect(sortById(after.reviews)).toEqual(sortById(before.reviews));
  await page.reload();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Existing partnership']);
});
