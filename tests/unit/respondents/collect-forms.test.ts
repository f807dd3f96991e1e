import { describe, expect, it } from 'vitest';
import { exportResponseForm, readResponseForm } from '@shared/excel/response-form/index.ts';
import { exportReviewWorkbook, exportTemplateWorkbook } from '@shared/excel/index.ts';
import { applyCollect, planCollect } from '@shared/respondents/collect.ts';
import { benchmarkId, fillForm, levelAt } from './collect-fill.ts';
import { sampleBundle } from '../excel/sample.ts';
import ExcelJS from 'exceljs';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const now = '2026-12-02T10:00:00.000Z';
const FORM = 'aaaaaaaa-0000-4000-8000-000000000001';
const read = (bytes: Uint8Array, fileName: string) => readResponseForm(bytes, { fileName, now, newId });

describe('response forms', () => {
  it('carries the review, the form id and the recipient, and reads back what the partner filled in', async () => {
    const bundle = sampleBundle();
    const blank = await exportResponseForm(bundle, { name: 'Amir Khan', organisation: 'County Council' }, FORM, '2026-12-02');
    const shown = new ExcelJS.Workbook();
    await shown.xlsx.load(blank as unknown as ArrayBuffer);
    const intro = shown.getWorksheet('Introduction')!;
    const texts = intro.getSheetValues().flat().map(String);
    expect(texts).toEqual(
      expect.arrayContaining(['Your name', 'Amir Khan', 'County Council', bundle.partnership.name, bundle.review.title]),
    );

    const filled = await fillForm(blank, {
      role: 'Finance lead',
      ratings: { '1.1': 0, '2.3': 3, '4.2': 1 },
      comments: { '2.3': 'We trust each other now' },
      factors: { 'limited vision': '✓' },
    });
    const returned = await read(filled, 'amir.xlsx');
    expect(returned.ok).toBe(true);
    if (!returned.ok) return;
    expect(returned.value).toEqual({
      fileName: 'amir.xlsx',
      reviewId: bundle.review.id,
      formId: FORM,
      respondent: {
        name: 'Amir Khan',
        organisation: 'County Council',
        role: 'Finance lead',
        ratings: { [benchmarkId('1.1')]: levelAt(0), [benchmarkId('2.3')]: levelAt(3), [benchmarkId('4.2')]: levelAt(1) },
        comments: { [benchmarkId('2.3')]: 'We trust each other now' },
        factors: { leadership: { 'leadership-f1': 'tick' } },
      },
    });
  });

  it('an anonymous copy asks for the name; a plain blank form reads with no ids', async () => {
    const anonymous = await read(
      await fillForm(await exportResponseForm(sampleBundle(), null, FORM, '2026-12-02'), { name: 'Jo' }),
      'jo.xlsx',
    );
    expect(anonymous.ok && anonymous.value.respondent.name).toBe('Jo');
    const plain = await read(await fillForm(await exportTemplateWorkbook(), { ratings: { '3.1': 2 } }), 'plain.xlsx');
    expect(plain.ok && [plain.value.reviewId, plain.value.formId, plain.value.respondent.ratings]).toEqual([
      null,
      null,
      { [benchmarkId('3.1')]: levelAt(2) },
    ]);
  });

  it('refuses a full review workbook, saying what it is, and a broken form naming sheet and cell', async () => {
    const review = await read(await exportReviewWorkbook(sampleBundle()), 'review.xlsx');
    expect(review.ok).toBe(false);
    if (!review.ok)
      expect(review.error).toMatchObject({ fileName: 'review.xlsx', message: expect.stringContaining('is a review workbook') });

    const twice = await fillForm(await exportResponseForm(sampleBundle(), null, FORM, '2026-12-02'), { ratings: { '2.3': 0 } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(twice as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('2 Trust')!;
    sheet.eachRow((row, r) => {
      if (row.getCell(1).value === '2.3') sheet.getCell(`E${r}`).value = 'x';
    });
    const broken = await read(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'broken.xlsx');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.problems).toEqual([expect.objectContaining({ where: expect.stringMatching(/^2 Trust!E\d+$/) })]);
  });

  it('collects returned forms into the review: the same file twice adds one respondent', async () => {
    const bundle = sampleBundle();
    const form = await fillForm(await exportResponseForm(bundle, { name: 'A', organisation: 'B' }, FORM, '2026-12-02'), {
      ratings: { '1.2': 2 },
    });
    const files = [await read(form, 'a.xlsx'), await read(form, 'a copy.xlsx')];
    const plan = planCollect(bundle.review, files, { newId, now });
    expect(plan.map((d) => d.kind)).toEqual(['add', 'already-in']);
    const collected = applyCollect(bundle.review, plan);
    expect(collected.respondents.map((r) => r.ratings)).toEqual([{ [benchmarkId('1.2')]: levelAt(2) }]);
  });
});
