import { z } from '../zod.ts';
import {
  ActionStatus,
  IdSchema,
  InstrumentRef,
  IsoDateTime,
  LIMITS,
  PartnershipSchema,
  ReviewSchema,
  ReviewStatus,
} from '../model/review.ts';
import type { Workbook } from './exceljs.ts';
import { SHEETS } from './layout.ts';

/**
 * The hidden "_data" sheet: what a person never edits (ids, timestamps, action status, carried-forward links) plus
 * exact copies of the lists, whose one-per-line cells cannot show an empty or multi-line item. It is plain JSON in
 * ordinary string cells of a very hidden sheet, because LibreOffice keeps sheets and strings on re-save but drops
 * custom document properties it does not know. Everything a person can edit is read from the visible cells.
 *
 * Format 2 adds what the room collected before agreeing — the respondents, the show of hands, the parking lot, the
 * anonymous switch and the minimum group size. Here the meta is the authoritative copy: the Respondents sheet and the
 * spread beside each agreed rating are a readable view of it, computed at export and never read back. Format-1
 * workbooks have none of these and import with the defaults (no respondents, named, groups of 3).
 * Format 3 adds the partnership's review interval; earlier workbooks import with the default (model/defaults.ts).
 */
export const WORKBOOK_FORMAT = 'partnership-review/workbook';
export const WORKBOOK_FORMAT_VERSION = 3;

const MetaList = z.array(z.string().check(z.maxLength(LIMITS.shortText))).check(z.maxLength(LIMITS.listItems));
const Key = z.string().check(z.maxLength(100));
const Fingerprint = z.string().check(z.maxLength(40));

export const WorkbookMetaSchema = z.strictObject({
  format: z.literal(WORKBOOK_FORMAT),
  formatVersion: z.int().check(z.positive()),
  kind: z.enum(['review', 'template']),
  instrument: InstrumentRef,
  partnership: z.nullable(
    z.strictObject({
      id: IdSchema,
      partners: MetaList,
      // Format 3: absent from earlier workbooks, which read as the partnership defaults.
      reviewIntervalMonths: z.optional(PartnershipSchema.shape.reviewIntervalMonths),
      createdAt: IsoDateTime,
      updatedAt: IsoDateTime,
      fingerprint: Fingerprint,
    }),
  ),
  review: z.nullable(
    z.strictObject({
      id: IdSchema,
      status: ReviewStatus,
      participants: MetaList,
      createdAt: IsoDateTime,
      updatedAt: IsoDateTime,
      /** Benchmarks and sections that have an entry even when every visible cell is blank. */
      answerKeys: z.array(Key).check(z.maxLength(500)),
      factorKeys: z.array(Key).check(z.maxLength(100)),
      actions: z.record(Key, z.strictObject({ actionStatus: ActionStatus, carriedFrom: z.nullable(IdSchema) })),
      fingerprint: Fingerprint,
      /** What the Action plan showed at export, to tell an edit made on the plan from a stale plan. */
      planFingerprint: z.optional(Fingerprint),
      // Format 2: absent from format-1 workbooks, which read as the review defaults (model/defaults.ts).
      respondents: z.optional(ReviewSchema.shape.respondents),
      anonymous: z.optional(ReviewSchema.shape.anonymous),
      minGroupSize: z.optional(ReviewSchema.shape.minGroupSize),
      hands: z.optional(ReviewSchema.shape.hands),
      parkingLot: z.optional(ReviewSchema.shape.parkingLot),
    }),
  ),
  /** A response form sent to one respondent: the review it belongs to and the form's own id (respondents/collect.ts). */
  response: z.optional(z.strictObject({ reviewId: IdSchema, formId: IdSchema })),
});
export type WorkbookMeta = z.infer<typeof WorkbookMetaSchema>;

/** Excel refuses cells over 32,767 characters, so the JSON is spread over as many cells of a row as it needs. */
const CHUNK = 30_000;
const KEY = 'partnership-review';

export function writeMeta(workbook: Workbook, meta: WorkbookMeta): void {
  const sheet = workbook.addWorksheet(SHEETS.data, { state: 'veryHidden' });
  const json = JSON.stringify(meta);
  const row = sheet.getRow(1);
  row.getCell(1).value = KEY;
  for (let i = 0, col = 2; i < json.length; i += CHUNK, col += 1) row.getCell(col).value = json.slice(i, i + CHUNK);
}

export type MetaRead =
  | { status: 'absent' }
  | { status: 'invalid'; message: string }
  | { status: 'newer'; version: number }
  | { status: 'ok'; meta: WorkbookMeta };

/** Just the format and its version, to tell a newer workbook from a damaged one; built once, not per read. */
const FormatVersion = z.looseObject({ format: z.literal(WORKBOOK_FORMAT), formatVersion: z.number() });

export function readMeta(workbook: Workbook): MetaRead {
  const sheet = workbook.getWorksheet(SHEETS.data);
  if (!sheet) return { status: 'absent' };
  const row = sheet.getRow(1);
  if (row.getCell(1).value !== KEY) return { status: 'invalid', message: 'the hidden "_data" sheet was changed' };
  let json = '';
  for (let col = 2; col <= row.cellCount; col += 1) {
    const v = row.getCell(col).value;
    if (typeof v === 'string') json += v;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { status: 'invalid', message: 'the hidden "_data" sheet was changed' };
  }
  const version = FormatVersion.safeParse(raw);
  if (version.success && version.data.formatVersion > WORKBOOK_FORMAT_VERSION)
    return { status: 'newer', version: version.data.formatVersion };
  const parsed = WorkbookMetaSchema.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', message: 'the hidden "_data" sheet was changed' };
  return { status: 'ok', meta: parsed.data };
}
