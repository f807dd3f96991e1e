import { currentInstrument, findInstrument } from '../instrument/catalogue.ts';
import type { Instrument } from '../instrument/schema.ts';
import { ReviewBundleSchema, type ReviewBundle } from '../files/bundle.ts';
import type { Partnership, Review } from '../model/review.ts';
import { exportedPlanFingerprint, writeActionPlanSheet } from './action-plan-sheet.ts';
import { blankContent, type FormContent } from './content.ts';
import { newWorkbook, writeWorkbook, type Workbook } from './exceljs.ts';
import { fingerprint, WORKBOOK_FORMAT, WORKBOOK_FORMAT_VERSION, writeMeta, type WorkbookMeta } from './meta.ts';
import { writePossibleActionsSheet } from './possible-actions-sheet.ts';
import { writeSectionSheet } from './section-sheet.ts';
import { writeSummarySheet } from './summary-sheet.ts';

export const WORKBOOK_CREATOR = 'Partnership Review';

/** What the fingerprint covers: everything but the clock, so an untouched round trip keeps its updatedAt. */
export function reviewFingerprint(review: Review): string {
  return fingerprint({ ...review, updatedAt: undefined });
}
export function partnershipFingerprint(partnership: Partnership): string {
  return fingerprint({ ...partnership, updatedAt: undefined });
}

function buildWorkbook(content: FormContent, meta: WorkbookMeta, stamp: Date | null): Workbook {
  const workbook = newWorkbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.company = content.instrument.publisher;
  workbook.title = content.review.title || content.instrument.name;
  workbook.subject = content.instrument.name;
  if (stamp) {
    workbook.created = stamp;
    workbook.modified = stamp;
  }
  writeSummarySheet(workbook, content);
  for (const section of content.instrument.sections) writeSectionSheet(workbook, content, section);
  writeActionPlanSheet(workbook, content);
  writePossibleActionsSheet(workbook, content.instrument);
  writeMeta(workbook, meta);
  return workbook;
}

function instrumentOf(review: Review): Instrument {
  const instrument = findInstrument(review.instrument.id, review.instrument.version);
  if (!instrument) throw new Error(`This app does not know the form ${review.instrument.id} version ${review.instrument.version}.`);
  return instrument;
}

/** The client's deliverable. Throws only for a bundle that fails its own schema, which the store never holds. */
export async function exportReviewWorkbook(input: ReviewBundle): Promise<Uint8Array> {
  const { partnership, review } = ReviewBundleSchema.parse(input);
  const instrument = instrumentOf(review);
  const content: FormContent = {
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
    },
  };
  return writeWorkbook(buildWorkbook(content, meta, new Date(review.updatedAt)));
}

/** The blank form for partner organisations to fill in before a workshop. */
export async function exportTemplateWorkbook(instrument: Instrument = currentInstrument): Promise<Uint8Array> {
  const meta: WorkbookMeta = {
    format: WORKBOOK_FORMAT,
    formatVersion: WORKBOOK_FORMAT_VERSION,
    kind: 'template',
    instrument: { id: instrument.id, version: instrument.version },
    partnership: null,
    review: null,
  };
  return writeWorkbook(buildWorkbook(blankContent(instrument), meta, null));
}
