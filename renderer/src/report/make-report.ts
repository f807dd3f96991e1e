import { findInstrument } from '@shared/instrument/catalogue.ts';
import type { Partnership, Review } from '@shared/model/review.ts';
import { renderReport, reportFileName } from '@shared/report/index.ts';
import { reportFonts } from './fonts.ts';

/**
 * Makes the PDF in the page, in both shells: pdfmake and the font load with this module, on the first report, and
 * the bridge's "report:save" only saves the bytes (a download in the browser, an atomic write on the desktop).
 */
export async function makeReport(
  partnership: Partnership,
  review: Review,
  earlier: readonly Review[],
): Promise<{ pdf: Uint8Array<ArrayBuffer>; fileName: string }> {
  const instrument = findInstrument(review.instrument.id, review.instrument.version);
  if (!instrument) throw new Error(`“${review.title}” was made with a version of the form this app does not know.`);
  const pdf = await renderReport({ partnership, review, instrument, earlier }, await reportFonts());
  return { pdf, fileName: reportFileName({ partnership, review }) };
}
