import ExcelJS from 'exceljs';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { sectionSheetName } from '@shared/excel/layout.ts';
import { SECTION_COLUMNS } from '@shared/excel/section-layout.ts';
import { RESPONDENT_LABELS } from '@shared/excel/response-form/layout.ts';
import type { RatingLevelId } from '@shared/instrument/schema.ts';

/**
 * What a test writes into a response form, as a partner would in Excel: found by the labels and benchmark numbers a
 * person sees, not by our reader, so a test's expectations are what was written, never what was read.
 */
export interface Filling {
  name?: string;
  organisation?: string;
  role?: string;
  /** Benchmark number ("2.3") → the level's column index 0…3. */
  ratings?: Record<string, number>;
  /** Benchmark number → the "Notes" cell. */
  comments?: Record<string, string>;
  /** Factor text → ✓ or ✗. */
  factors?: Record<string, '✓' | '✗'>;
}

export async function fillForm(bytes: Uint8Array, filling: Filling): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const intro = workbook.getWorksheet('Introduction')!;
  intro.eachRow((row) => {
    const label = String(row.getCell(1).value ?? '');
    if (label === RESPONDENT_LABELS.name && filling.name !== undefined) row.getCell(2).value = filling.name;
    if (label === RESPONDENT_LABELS.organisation && filling.organisation !== undefined) row.getCell(2).value = filling.organisation;
    if (label === RESPONDENT_LABELS.role && filling.role !== undefined) row.getCell(2).value = filling.role;
  });
  for (const section of currentInstrument.sections) {
    const sheet = workbook.getWorksheet(sectionSheetName(section))!;
    sheet.eachRow((row, r) => {
      const first = String(row.getCell(1).value ?? '');
      const level = filling.ratings?.[first];
      if (level !== undefined) sheet.getCell(`${SECTION_COLUMNS.levels[level]}${r}`).value = 'x';
      const comment = filling.comments?.[first];
      if (comment !== undefined) sheet.getCell(`${SECTION_COLUMNS.notes}${r}`).value = comment;
      const factor = filling.factors?.[String(row.getCell(2).value ?? '')];
      if (factor && section.factors.some((f) => f.text === row.getCell(2).value)) row.getCell(1).value = factor;
    });
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The level id at a column index, from the instrument (the test's own key, not the reader's). */
export const levelAt = (i: number): RatingLevelId => currentInstrument.ratingLevels[i]!.id;
/** A benchmark's id from its number. */
export const benchmarkId = (number: string): string =>
  currentInstrument.sections.flatMap((s) => s.benchmarks).find((b) => b.number === number)!.id;
