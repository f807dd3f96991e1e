import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportResponseForm, readResponseForm } from '@shared/excel/response-form/index.ts';
import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { SHEET_CONTENT_LIMITS, WORKBOOK_LIMITS } from '@shared/excel/limits.ts';
import { preflightWorkbook } from '@shared/excel/preflight/index.ts';
import { parseReviewFile, serializeReviewFile } from '@shared/files/review-file.ts';
import { fillForm } from '../respondents/collect-fill.ts';
import { respondentsBundle } from './sample-respondents.ts';
import { NOW, sampleBundle } from './sample.ts';

/**
 * Issue 10: "a 10,000-respondent file among the responses is refused with a clear message". The byte limits do not
 * catch a plain list (10,000 short rows is well under a megabyte), so the sheet pre-flight counts rows and cells.
 */
const FORM = 'aaaaaaaa-0000-4000-8000-000000000001';
const read = (bytes: Uint8Array, fileName: string) => readResponseForm(bytes, { fileName, now: NOW, newId: () => crypto.randomUUID() });

async function filledForm(): Promise<Uint8Array> {
  return fillForm(await exportResponseForm(sampleBundle(), { name: 'Ann', organisation: 'Council' }, FORM, '2026-12-02'), {
    ratings: { '1.1': 2 },
  });
}

/** The form with a sheet "People" of `rows` rows, each a name and a number: a plain list, as a survey tool exports. */
async function withPlainRows(bytes: Uint8Array, rows: number, columns = 2): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.addWorksheet('People');
  for (let i = 1; i <= rows; i += 1) sheet.addRow([`Person ${i}`, ...Array.from({ length: columns - 1 }, (_, c) => (i + c) % 4)]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('the sheet pre-flight: rows and cells no form has', () => {
  it('refuses a response form padded with a plain 10,000-row sheet, naming the sheet and the first row too many', async () => {
    const padded = await withPlainRows(await filledForm(), 10_000);
    // Far inside every byte limit: only the row count can catch it.
    expect(padded.length).toBeLessThan(WORKBOOK_LIMITS.fileBytes / 20);
    const result = await read(padded, 'survey.xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fileName).toBe('survey.xlsx');
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toMatch(/^The sheet "People" holds more than 2,000 rows, far more than a review form/);
    expect(result.error.problems).toEqual([{ where: 'People!A2001', message: 'more than 2,000 rows' }]);
  }, 60_000);

  it('accepts a sheet of exactly the limit, and refuses one row more', async () => {
    const form = await filledForm();
    const at = preflightWorkbook(await withPlainRows(form, SHEET_CONTENT_LIMITS.rows));
    expect(at.ok).toBe(true);
    const over = preflightWorkbook(await withPlainRows(form, SHEET_CONTENT_LIMITS.rows + 1));
    expect(!over.ok && over.error.problems).toEqual([
      { where: `People!A${SHEET_CONTENT_LIMITS.rows + 1}`, message: 'more than 2,000 rows' },
    ]);
  }, 60_000);

  it('refuses a sheet of few rows but more cells than the limit, naming the first cell too many', async () => {
    // 1,000 rows of 51 cells: 51,000 cells, 1,000 rows.
    const result = preflightWorkbook(await withPlainRows(await filledForm(), 1_000, 51));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-large');
    // Cell 50,001 is the first cell (A) of row 981: 980 full rows hold 49,980 cells, then A..U of row 981.
    expect(result.error.problems).toEqual([{ where: 'People!U981', message: 'more than 50,000 cells' }]);
    expect(result.error.message).toMatch(/^The sheet "People" holds more than 50,000 cells/);
  }, 60_000);

  it('a review workbook with the most respondents a review holds is within the limits', async () => {
    const bundle = respondentsBundle();
    const respondents = Array.from({ length: 200 }, (_, i) => ({
      ...bundle.review.respondents[0]!,
      id: crypto.randomUUID(),
      name: `P${i}`,
    }));
    const bytes = await exportReviewWorkbook({ ...bundle, review: { ...bundle.review, respondents } });
    expect(preflightWorkbook(bytes).ok).toBe(true);
  }, 60_000);
});

describe('a review file of 10,000 respondents', () => {
  /** Written as a valid file with one respondent, then padded as a survey tool might: the app never writes more. */
  function padded(respondent: (one: object, i: number) => object): string {
    const file = JSON.parse(serializeReviewFile(respondentsBundle(), NOW)) as { review: { respondents: object[] } };
    const one = file.review.respondents[0]!;
    file.review.respondents = Array.from({ length: 10_000 }, (_, i) => respondent(one, i));
    return JSON.stringify(file);
  }

  it('is refused naming the place and the limit when it is small enough to read: the review\u2019s respondents, at most 200', () => {
    const text = padded((one, i) => ({ ...one, ratings: {}, comments: {}, factors: {}, id: crypto.randomUUID(), name: `P${i}` }));
    const result = parseReviewFile(text, 'survey.partnershipreview');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe('survey.partnershipreview cannot be opened: one value is not valid.');
    expect(result.error.problems).toEqual([{ where: 'review.respondents', message: 'a review holds at most 200 respondents' }]);
  });

  it('is refused by its size, naming the file, when every respondent answered', () => {
    const result = parseReviewFile(
      padded((one, i) => ({ ...one, id: crypto.randomUUID(), name: `Person ${i}` })),
      'survey.partnershipreview',
    );
    expect(!result.ok && result.error).toEqual({
      code: 'too-large',
      message: 'survey.partnershipreview is too large to be a Partnership Review review file.',
    });
  });
});
