import { systemClock } from '../clock.ts';
import { currentInstrument, findInstrument } from '../instrument/catalogue.ts';
import type { Instrument } from '../instrument/schema.ts';
import { ReviewBundleSchema, type ReviewBundle } from '../files/bundle.ts';
import type { Review } from '../model/review.ts';
import { writeActionPlanSheet } from './action-plan-sheet.ts';
import { writeParkingLotSheet } from './parking-lot-sheet.ts';
import { blankContent, pageHeadingOf, type FormContent } from './content.ts';
import { newWorkbook, writeWorkbook, type Workbook } from './exceljs.ts';
import { exportedPlanFingerprint, partnershipFingerprint, reviewFingerprint } from './fingerprints.ts';
import { WORKBOOK_FORMAT, WORKBOOK_FORMAT_VERSION, writeMeta, type WorkbookMeta } from './meta.ts';
import { writeIntroductionSheet } from './introduction-sheet.ts';
import { lockStructure } from './lock-structure.ts';
import { addColumnBreaks } from './column-breaks.ts';
import { writePossibleActionsSheet } from './possible-actions-sheet.ts';
import { writeRespondentsSheet } from './respondents-sheet.ts';
import { writeSectionSheet } from './section-sheet.ts';
import { forSharing } from '../respondents/anonymity.ts';
import { writeSummarySheet } from './summary-sheet.ts';

export function buildWorkbook(content: FormContent, meta: WorkbookMeta, stamp: Date | null): Workbook {
  const workbook = newWorkbook();
  workbook.company = content.instrument.publisher;
  workbook.title = content.review.title || content.instrument.name;
  workbook.subject = content.instrument.name;
  if (stamp) {
    workbook.created = stamp;
    workbook.modified = stamp;
  }
  // A blank form has nothing to sum up and no actions yet: it opens with the paper form's introduction instead.
  if (content.blank) writeIntroductionSheet(workbook, content);
  else writeSummarySheet(workbook, content);
  for (const section of content.instrument.sections) writeSectionSheet(workbook, content, section);
  // Only a review that has respondents gets the heat map: an empty sheet would print a page saying nothing.
  if (content.agreement && content.agreement.respondents.length > 0) writeRespondentsSheet(workbook, content, content.agreement);
  if (!content.blank) writeActionPlanSheet(workbook, content);
  writePossibleActionsSheet(workbook, content.instrument, pageHeadingOf(content), content.blank);
  writeMeta(workbook, meta);
  return workbook;
}

function instrumentOf(review: Review): Instrument {
  const instrument = findInstrument(review.instrument.id, review.instrument.version);
  if (!instrument) throw new Error(`This app does not know the form ${review.instrument.id} version ${review.instrument.version}.`);
  return instrument;
}

/**
 * The client's deliverable. `today` (the local calendar day, yyyy-mm-dd) is the day the Action plan judges overdue
 * actions by. Throws only for a bundle that fails its own schema, which the store never holds.
 */
export async function exportReviewWorkbook(input: ReviewBundle, today: string = systemClock.today()): Promise<Uint8Array> {
  const parsed = ReviewBundleSchema.parse(input);
  const { partnership } = parsed;
  // An anonymous review leaves the app without any respondent's name or role: not on a sheet, not in "_data".
  const review = forSharing(parsed.review);
  const instrument = instrumentOf(review);
  const content: FormContent = {
    blank: false,
    today,
    instrument,
    partnership: { name: partnership.name, partners: partnership.partners, notes: partnership.notes },
    review: {
      title: review.title,
      date: review.date,
      facilitator: review.facilitator,
      participants: review.participants,
      status: review.status,
      answers: review.answers,
      factors: review.factors,
    },
    agreement: { respondents: review.respondents, anonymous: review.anonymous, minGroupSize: review.minGroupSize },
  };
  const actions: NonNullable<WorkbookMeta['review']>['actions'] = {};
  for (const [id, a] of Object.entries(review.answers)) {
    if (a.actionStatus !== 'open' || a.carriedFrom !== null) actions[id] = { actionStatus: a.actionStatus, carriedFrom: a.carriedFrom };
  }
  const meta: WorkbookMeta = {
    format: WORKBOOK_FORMAT,
    formatVersion: WORKBOOK_FORMAT_VERSION,
    kind: 'review',
    instrument: review.instrument,
    partnership: {
      id: partnership.id,
      partners: partnership.partners,
      reviewIntervalMonths: partnership.reviewIntervalMonths,
      createdAt: partnership.createdAt,
      updatedAt: partnership.updatedAt,
      fingerprint: partnershipFingerprint(partnership),
    },
    review: {
      id: review.id,
      status: review.status,
      participants: review.participants,
      createdAt: review.createdAt,
      updatedAt: review.updatedAt,
      answerKeys: Object.keys(review.answers),
      factorKeys: Object.keys(review.factors),
      actions,
      fingerprint: reviewFingerprint(review),
      planFingerprint: exportedPlanFingerprint(review.answers),
      respondents: review.respondents,
      anonymous: review.anonymous,
      minGroupSize: review.minGroupSize,
      hands: review.hands,
      parkingLot: review.parkingLot,
    },
  };
  const workbook = writeParkingLotSheet(buildWorkbook(content, meta, new Date(review.updatedAt)), content, review.parkingLot);
  return addColumnBreaks(workbook, await writeWorkbook(workbook));
}

/**
 * The blank form for partner organisations to fill in before a workshop, by hand or in Excel: its sheets protected
 * but for the cells a partner fills, and its structure locked so sheets cannot be renamed or removed.
 */
export async function exportTemplateWorkbook(
  instrument: Instrument = currentInstrument,
  today: string = systemClock.today(),
): Promise<Uint8Array> {
  const meta: WorkbookMeta = {
    format: WORKBOOK_FORMAT,
    formatVersion: WORKBOOK_FORMAT_VERSION,
    kind: 'template',
    instrument: { id: instrument.id, version: instrument.version },
    partnership: null,
    review: null,
  };
  return lockStructure(await writeWorkbook(buildWorkbook(blankContent(instrument, today), meta, null)));
}
