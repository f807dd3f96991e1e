import { readFile } from 'node:fs/promises';
import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { renderReport, type ReportFonts } from '@shared/report/index.ts';
import { fullBundle } from './lib/fixtures.ts';
import { measurePair, type Timing } from './lib/stats.ts';

/**
 * The PDF report against the Excel export of the same fully filled review, in the same run (issue 14: ≤ 3×): the
 * same content on both sides, so no earlier review (the workbook has no change section either).
 */

export interface ReportResults {
  pdfBytes: number;
  reportApp: Timing;
  excelExport: Timing;
  ratio: number;
}

/** The faces the app embeds (renderer/src/report/fonts.ts fetches the same files). */
async function fonts(): Promise<ReportFonts> {
  const read = async (file: string) => new Uint8Array(await readFile(new URL(`../renderer/src/report/fonts/${file}`, import.meta.url)));
  return { normal: await read('DejaVuSans.ttf'), bold: await read('DejaVuSans-Bold.ttf'), italics: await read('DejaVuSans-Oblique.ttf') };
}

export async function benchReport(): Promise<ReportResults> {
  const bundle = fullBundle();
  const input = { ...bundle, instrument: currentInstrument, earlier: [] };
  const faces = await fonts();
  const pdf = await renderReport(input, faces);
  const measured = await measurePair(
    () => renderReport(input, faces),
    () => exportReviewWorkbook(bundle),
  );
  return { pdfBytes: pdf.length, reportApp: measured.a, excelExport: measured.b, ratio: measured.ratio };
}
