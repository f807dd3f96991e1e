import type { ReviewBundle } from '../../files/bundle.ts';
import { findInstrument } from '../../instrument/catalogue.ts';
import { blankContent, type FormContent } from '../content.ts';
import { writeWorkbook } from '../exceljs.ts';
import { buildWorkbook } from '../export.ts';
import { lockStructure } from '../lock-structure.ts';
import { WORKBOOK_FORMAT, WORKBOOK_FORMAT_VERSION, type WorkbookMeta } from '../meta.ts';

/** Who a response form is for: prefilled at its top, or blank for an anonymous copy the respondent fills in. */
export interface Recipient {
  name: string;
  organisation: string;
}

/**
 * One response form: the blank form (same writer, same protection) for one respondent of `bundle`'s review, naming
 * the partnership and review, asking for the respondent's name, organisation and role at the top of the
 * Introduction, and carrying the review's id and the form's own id in the hidden "_data" sheet so that collecting it
 * back (respondents/collect.ts) knows where it belongs and whether it was collected before.
 */
export async function exportResponseForm(
  { partnership, review }: ReviewBundle,
  recipient: Recipient | null,
  formId: string,
  today: string,
): Promise<Uint8Array> {
  const instrument = findInstrument(review.instrument.id, review.instrument.version);
  if (!instrument) throw new Error(`This app does not know the form ${review.instrument.id} version ${review.instrument.version}.`);
  const blank = blankContent(instrument, today);
  const content: FormContent = {
    ...blank,
    partnership: { name: partnership.name, partners: partnership.partners, notes: '' },
    review: { ...blank.review, title: review.title, date: review.date, facilitator: review.facilitator },
    respondent: { name: recipient?.name ?? '', organisation: recipient?.organisation ?? '', role: '' },
  };
  const meta: WorkbookMeta = {
    format: WORKBOOK_FORMAT,
    formatVersion: WORKBOOK_FORMAT_VERSION,
    kind: 'template',
    instrument: review.instrument,
    partnership: null,
    review: null,
    response: { reviewId: review.id, formId },
  };
  return lockStructure(await writeWorkbook(buildWorkbook(content, meta, null)));
}
