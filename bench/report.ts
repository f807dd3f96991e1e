import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { renderReport } from '@shared/report/index.ts';
import type { ReportFonts } from '@shared/report/fonts.ts';
import { readReportFonts } from '../electron/cli/report-fonts.ts';
import { fullBundle } from './lib/fixtures.ts';
import { measurePair, type Timing } from './lib/stats.ts';

/**
 * The PDF report against the Excel export of the same fully filled review, in the same run (issue 14: ≤ 3×): the
 * same content on both sides, so no earlier review (the workbook has no change section either).
 *
 * The faces are read once and passed to every report, as the app does (renderer/src/report/fonts.ts keeps them), so
 * from the second report on the parsed fonts are reused (shared/report/font-reuse.ts). What a report costs with its
 * fonts parsed afresh (the first in a process, or each run of the command line) is measured beside it, from new
 * copies of the same bytes each time, and reported without a target.
 */

export interface ReportResults {
  pdfBytes: number;
  reportApp: Timing;
  excelExport: Timing;
  ratio: number;
  /** The same report with its fonts parsed afresh, against the same export. */
  reportFreshFonts: Timing;
  freshFontsRatio: number;
}

const copies = (faces: ReportFonts): ReportFonts => ({
  normal: faces.normal.slice(),
  bold: faces.bold.slice(),
  italics: faces.italics.slice(),
});

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
  const fresh = await measurePair(
    () => renderReport(input, copies(faces)),
    () => exportReviewWorkbook(bundle),
  );
  return {
    pdfBytes: pdf.length,
    reportApp: measured.a,
    excelExport: measured.b,
    ratio: measured.ratio,
    reportFreshFonts: fresh.a,
    freshFontsRatio: fresh.ratio,
  };
}
