import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { renderReport } from '@shared/report/index.ts';
import { readReportFonts } from '../electron/cli/report-fonts.ts';
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

export async function benchReport(): Promise<ReportResults> {
  const bundle = fullBundle();
  const input = { ...bundle, instrument: currentInstrument, earlier: [] };
  // The faces the app embeds, read as the command line reads them.
  const faces = await readReportFonts(import.meta.filename);
  const pdf = await renderReport(input, faces);
  const measured = await measurePair(
    () => renderReport(input, faces),
    () => exportReviewWorkbook(bundle),
  );
  return { pdfBytes: pdf.length, reportApp: measured.a, excelExport: measured.b, ratio: measured.ratio };
}
