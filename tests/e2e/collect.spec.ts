import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { newPartnership, waitForSaved } from './helpers.ts';
import { fillResponseForm, unzipForms, withManyRespondents, withPlainRows, zipBomb, type Filling } from './support/response-forms.ts';

/**
 * Issue 10, item 5 in the browser build: response forms for partners go out as one zip, come back filled in (here by
 * ExcelJS, as a partner's Excel would), and are collected many at a time. One returned twice adds nothing, a changed
 * re-submission shows what changed and asks, and a broken file, a zip bomb, a workbook of 10,000 respondents and one
 * padded with a plain 10,000-row sheet are each refused
 * by name while the good files are still added.
 */

// The test's own key from benchmark number and level to the ids a review file stores, read from the form's data.
interface InstrumentData {
  ratingLevels: { id: string }[];
  sections: { benchmarks: { id: string; number: string }[] }[];
}
const instrument = JSON.parse(readFileSync(new URL('../../instrument/digging-deeper.v1.json', import.meta.url), 'utf8')) as InstrumentData;
const benchmarkIds = new Map(instrument.sections.flatMap((s) => s.benchmarks.map((b) => [b.number, b.id])));
const levelIds = instrument.ratingLevels.map((l) => l.id);

const PEOPLE: { name: string; organisation: string; filling: Filling['ratings'] }[] = [
  { name: 'Ann Smith', organisation: 'Riverside Council', filling: { '1.1': 0, '2.3': 1, '4.5': 3 } },
  { name: 'Bilal Khan', organisation: 'Health Trust', filling: { '1.1': 3, '2.3': 3, '3.2': 2 } },
  { name: 'Cara Jones', organisation: 'Riverside Council', filling: { '1.1': 1, '1.2': 2, '2.3': 0 } },
  { name: 'Dev Patel', organisation: 'Voluntary Action', filling: { '1.1': 2, '4.1': 1 } },
  { name: 'Eve Brown', organisation: 'Health Trust', filling: { '1.1': 3, '3.5': 0, '4.5': 2 } },
];

async function download(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const done = await downloading;
  await done.saveAs(path);
  return done.suggestedFilename();
}

async function chooseFiles(page: Page, files: { name: string; buffer: Buffer }[]): Promise<Locator> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import responses…' }).click();
  const chooser = await choosing;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files.map((f) => ({ ...f, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })));
  const dialog = page.getByRole('dialog', { name: 'Import responses' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  return dialog;
}

/** The entry for one file in the import panel. */
const entry = (dialog: Locator, fileName: string) =>
  dialog.getByRole('listitem').filter({ has: dialog.page().getByRole('heading', { name: fileName, exact: true }) });

interface SavedRespondent {
  name: string;
  organisation: string;
  formId: string | null;
  ratings: Record<string, string>;
}

/** The review as its own portable file says, through the app's Save review file (the format other laptops read). */
async function savedRespondents(page: Page, path: string): Promise<SavedRespondent[]> {
  await waitForSaved(page);
  await download(page, () => page.getByRole('button', { name: 'Save review file' }).click(), path);
  const file = JSON.parse(await readFile(path, 'utf8')) as { review: { respondents: SavedRespondent[] } };
  return file.review.respondents;
}

const ratingsOf = (filling: Filling['ratings']) =>
  Object.fromEntries(Object.entries(filling).map(([number, level]) => [benchmarkIds.get(number)!, levelIds[level]!]));

test('response forms go out as one zip and come back many at a time: twice adds nothing, a change asks, bad files are refused alone', async ({
  page,
}, testInfo) => {
  test.setTimeout(420_000);
  await page.goto('/');
  await newPartnership(page, 'Riverside Health Partnership');
  await page.getByLabel('Partner organisations').fill('Riverside Council\nHealth Trust\nVoluntary Action');

  // 0. An earlier review's anonymous copy, to come back later among this review's forms.
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByLabel('Review title').fill('Earlier review');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Response forms for partners…' }).click();
  const copies = page.getByRole('dialog', { name: 'Response forms for partners' });
  await copies.getByRole('radio', { name: 'Anonymous copies' }).check();
  await copies.getByLabel('Number of copies').fill('1');
  const earlierZip = testInfo.outputPath('earlier.zip');
  await download(page, () => copies.getByRole('button', { name: 'Make 1 form' }).click(), earlierZip);
  await expect(page.getByRole('status').filter({ hasText: /^1 response form saved in / })).toBeVisible();
  const [earlierForm] = [...unzipForms(await readFile(earlierZip)).values()];
  const otherReview = {
    name: 'from-earlier.xlsx',
    buffer: await fillResponseForm(earlierForm!, { organisation: 'Voluntary Action', ratings: { '2.1': 2 } }),
  };

  await page.getByRole('link', { name: 'Riverside Health Partnership' }).click();
  await page.getByRole('button', { name: 'New review' }).click();
  await page
    .getByRole('dialog', { name: 'New review' })
    .getByRole('button', { name: /^Blank review/ })
    .click();
  await page.getByLabel('Review title').fill('Spring review');
  await waitForSaved(page);

  // 1. Five named forms, typed one person a line (Enter starts the next), as one zip download.
  await page.getByRole('button', { name: 'Response forms for partners…' }).click();
  const forms = page.getByRole('dialog', { name: 'Response forms for partners' });
  await expect(forms).toBeVisible();
  for (const [i, person] of PEOPLE.entries()) {
    await forms.getByLabel(`Person ${i + 1} name`).fill(person.name);
    await forms.getByLabel(`Person ${i + 1} organisation`).fill(person.organisation);
    if (i < PEOPLE.length - 1) await forms.getByLabel(`Person ${i + 1} organisation`).press('Enter');
  }
  const zipPath = testInfo.outputPath('forms.zip');
  const zipName = await download(page, () => forms.getByRole('button', { name: 'Make 5 forms' }).click(), zipPath);
  expect(zipName).toMatch(/\.zip$/);
  await expect(forms).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `5 response forms saved in ${zipName}.` })).toBeVisible();
  const sent = [...unzipForms(await readFile(zipPath)).entries()];
  expect(sent).toHaveLength(5);

  // 2. Each partner fills in their own form (a form per person: each is found by the name printed on it).
  const returned: { name: string; buffer: Buffer }[] = [];
  for (const [i, person] of PEOPLE.entries()) {
    const form = sent.find(([name]) => name.includes(person.name));
    expect(form, `a form named for ${person.name}`).toBeDefined();
    returned.push({
      name: `returned-${i + 1}.xlsx`,
      buffer: await fillResponseForm(form![1], { role: `Role ${i + 1}`, ratings: person.filling }),
    });
  }
  const broken = { name: 'broken.xlsx', buffer: returned[0]!.buffer.subarray(0, 3000) };
  const bomb = { name: 'bomb.xlsx', buffer: zipBomb() };
  const huge = { name: 'ten-thousand-respondents.xlsx', buffer: await withManyRespondents(returned[4]!.buffer, 10_000) };
  const rows = { name: 'ten-thousand-rows.xlsx', buffer: await withPlainRows(returned[2]!.buffer, 10_000) };
  expect(rows.buffer.length).toBeLessThan(1024 * 1024);

  // 3. The five good files, a broken one, a zip bomb and a survey export of 10,000 respondents, all at once.
  let dialog = await chooseFiles(page, [returned[0]!, broken, returned[1]!, bomb, returned[2]!, huge, rows, returned[3]!, returned[4]!]);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'New respondent' })).toHaveCount(5);
  for (const [i, person] of PEOPLE.entries())
    await expect(entry(dialog, `returned-${i + 1}.xlsx`)).toContainText(`Adds ${person.name}, ${person.organisation}`);
  for (const bad of ['broken.xlsx', 'bomb.xlsx', 'ten-thousand-respondents.xlsx', 'ten-thousand-rows.xlsx']) {
    await expect(entry(dialog, bad)).toContainText('Refused: nothing of this file is saved.');
    await expect(entry(dialog, bad).getByRole('listitem').first()).not.toBeEmpty();
  }
  await expect(entry(dialog, 'bomb.xlsx')).toContainText(/zip bomb/);
  await expect(entry(dialog, 'ten-thousand-respondents.xlsx')).toContainText(/far more than a review form/);
  // Under every byte limit: refused by its row count, naming the sheet and the first row too many.
  await expect(entry(dialog, 'ten-thousand-rows.xlsx')).toContainText('People!A2001: more than 2,000 rows');
  await dialog.getByRole('button', { name: 'Add to review' }).click();
  await expect(dialog).toBeHidden();
  const summary = page.getByRole('status').filter({ hasText: 'Responses imported: 5 added, 4 refused.' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('broken.xlsx');
  await expect(summary).toContainText('ten-thousand-respondents.xlsx');
  await expect(summary).toContainText('ten-thousand-rows.xlsx');

  let saved = await savedRespondents(page, testInfo.outputPath('after-first.review.json'));
  expect(saved.map((r) => [r.name, r.organisation])).toEqual(PEOPLE.map((p) => [p.name, p.organisation]));
  for (const [i, person] of PEOPLE.entries()) expect(saved[i]!.ratings).toEqual(ratingsOf(person.filling));

  // 4. Ann's form again (nothing to add) and Bilal's re-submitted with a changed mind (asks, then replaces).
  const changedMind = { '1.1': 0, '2.3': 3, '3.2': 2 };
  const resubmitted = {
    name: 'bilal-again.xlsx',
    buffer: await fillResponseForm(sent.find(([name]) => name.includes('Bilal Khan'))![1], { role: 'Role 2', ratings: changedMind }),
  };
  const again = { name: 'ann-again.xlsx', buffer: returned[0]!.buffer };
  await writeFile(testInfo.outputPath('bilal-again.xlsx'), resubmitted.buffer);
  dialog = await chooseFiles(page, [again, resubmitted, otherReview]);
  const other = entry(dialog, 'from-earlier.xlsx');
  await expect(other).toContainText('This form was sent out for “Earlier review”');
  await expect(other).toContainText('It holds the response of Respondent 6, Voluntary Action.');
  await expect(entry(dialog, 'ann-again.xlsx')).toContainText('Already in this review as Ann Smith, Riverside Council; nothing is added.');
  const changed = entry(dialog, 'bilal-again.xlsx');
  await expect(changed).toContainText('Changed');
  await expect(changed.getByRole('listitem')).toHaveText([`1.1 rating: ${'YES - working well'} → ${'NO - action is needed'}`]);
  const add = dialog.getByRole('button', { name: 'Add to review' });
  await expect(add).toBeDisabled();
  await expect(dialog).toContainText('Answer the 2 questions above first.');
  await changed.getByRole('radio', { name: 'Replace' }).check();
  await expect(dialog).toContainText('Answer the question above first.');
  await other.getByRole('radio', { name: 'Add anyway' }).check();
  await add.click();
  await expect(page.getByRole('status').filter({ hasText: 'Responses imported: 1 added, 1 replaced, 1 already in.' })).toBeVisible();

  saved = await savedRespondents(page, testInfo.outputPath('after-second.review.json'));
  expect(saved).toHaveLength(6);
  expect(saved[5]).toMatchObject({ name: '', organisation: 'Voluntary Action', ratings: ratingsOf({ '2.1': 2 }) });
  expect(saved[1]!.name).toBe('Bilal Khan');
  expect(saved[1]!.ratings).toEqual(ratingsOf(changedMind));
  for (const i of [0, 2, 3, 4]) expect(saved[i]!.ratings).toEqual(ratingsOf(PEOPLE[i]!.filling));
});
