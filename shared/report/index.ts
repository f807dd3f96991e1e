import { reportDefinition } from './definition.ts';
import { datedStem } from '../dates.ts';
import type { ReportInput } from './input.ts';
import type { ReportFonts } from './fonts.ts';
import { renderPdf } from './pdfmake.ts';

export { reportDefinition, DRAFT_WATERMARK } from './definition.ts';
export type { ReportInput } from './input.ts';
export type { ReportFonts } from './fonts.ts';

/** The report as PDF bytes: the same definition and renderer in the desktop app, the browser and the command line. */
export function renderReport(input: ReportInput, fonts: ReportFonts): Promise<Uint8Array<ArrayBuffer>> {
  return renderPdf(reportDefinition(input), fonts);
}

/** "Acme Trust – Spring review 2026-03-01 report.pdf": the name every shell suggests. */
export function reportFileName(input: Pick<ReportInput, 'partnership' | 'review'>): string {
  return `${input.partnership.name} – ${datedStem(input.review.title, input.review.date)} report.pdf`;
}
