import ExcelJS from 'exceljs';
import { exportResponseForm, readResponseForm } from '@shared/excel/response-form/index.ts';
import { applyCollect, planCollect } from '@shared/respondents/collect.ts';
import { fillForm } from '../tests/unit/respondents/collect-fill.ts';
import { fullBundle } from './lib/fixtures.ts';
import { measurePair, type Timing } from './lib/stats.ts';

/**
 * Collecting returned response forms against ExcelJS's own floor: 40 filled forms (every benchmark rated, a comment on
 * each, every factor marked) read, checked and collected into the review, against a raw `xlsx.load` of the same 40
 * files. The app's extra is the pre-flight (zip-bomb guard and sheet scan), reading the cells, zod and the plan.
 * Both run in process: the contained worker a shell adds per file is the same for any reader.
 */
export const FORMS = 40;

export interface CollectResults {
  forms: number;
  collectApp: Timing;
  loadRaw: Timing;
  ratio: number;
}

export async function benchCollect(): Promise<CollectResults> {
  const bundle = fullBundle();
  const review = { ...bundle.review, respondents: [] };
  const files: Uint8Array[] = [];
  for (let i = 0; i < FORMS; i += 1) {
    const blank = await exportResponseForm(
      bundle,
      { name: `Respondent ${i + 1}`, organisation: `Organisation ${i % 5}` },
      crypto.randomUUID(),
      '2026-12-02',
    );
    const ratings: Record<string, number> = {};
    const comments: Record<string, string> = {};
    for (let s = 1; s <= 4; s += 1)
      for (let b = 1; b <= 6; b += 1) {
        ratings[`${s}.${b}`] = (i + s + b) % 4;
        comments[`${s}.${b}`] = `Comment ${i} on ${s}.${b}`;
      }
    files.push(await fillForm(blank, { role: 'Partner', ratings, comments }));
  }
  const origin = { newId: () => crypto.randomUUID(), now: new Date().toISOString() };
  const collect = async () => {
    const returned = [];
    for (const [i, bytes] of files.entries()) returned.push(await readResponseForm(bytes, { fileName: `form ${i}.xlsx`, ...origin }));
    const collected = applyCollect(review, planCollect(review, returned, origin));
    if (collected.respondents.length !== FORMS) throw new Error(`collected ${collected.respondents.length} of ${FORMS} forms`);
  };
  const load = async () => {
    for (const bytes of files) await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  };
  const pair = await measurePair(collect, load);
  return { forms: FORMS, collectApp: pair.a, loadRaw: pair.b, ratio: pair.ratio };
}
