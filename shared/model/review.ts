import { z } from '../zod.ts';
import { RatingLevelId } from '../instrument/schema.ts';

/**
 * The saved shape of partnerships and reviews. The same schemas check the store, the portable JSON files, backups
 * and everything that crosses IPC, so a value that passed one boundary passes them all.
 */

/** Generous caps: far above any workshop note, low enough that a hostile file cannot exhaust memory. */
export const LIMITS = { shortText: 500, longText: 20_000, listItems: 200 } as const;

export const IdSchema = z.uuid();
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
const ShortText = z.string().check(z.maxLength(LIMITS.shortText));
const LongText = z.string().check(z.maxLength(LIMITS.longText));

export const ActionStatus = z.enum(['open', 'in-progress', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** A typical factor is ticked (needs addressing), crossed (does not), or absent from the record (unanswered). */
export const FactorMark = z.enum(['tick', 'cross']);
export type FactorMark = z.infer<typeof FactorMark>;

export const BenchmarkAnswerSchema = z.strictObject({
  rating: z.nullable(RatingLevelId),
  actionNeeded: LongText,
  byWhom: ShortText,
  dueDate: z.nullable(IsoDate),
  notes: LongText,
  actionStatus: ActionStatus,
  /** The review this action was carried forward from, when it was. */
  carriedFrom: z.nullable(IdSchema),
});
export type BenchmarkAnswer = z.infer<typeof BenchmarkAnswerSchema>;

export const SectionFactorsSchema = z.strictObject({
  marks: z.record(z.string().check(z.maxLength(100)), FactorMark),
  notes: LongText,
});
export type SectionFactors = z.infer<typeof SectionFactorsSchema>;

export const InstrumentRef = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  version: z.int().check(z.positive()),
});
export type InstrumentRef = z.infer<typeof InstrumentRef>;

export const ReviewStatus = z.enum(['draft', 'final']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const ReviewSchema = z.strictObject({
  id: IdSchema,
  partnershipId: IdSchema,
  title: ShortText,
  date: IsoDate,
  facilitator: ShortText,
  participants: z.array(ShortText).check(z.maxLength(LIMITS.listItems)),
  status: ReviewStatus,
  instrument: InstrumentRef,
  /** Keyed by benchmark id; a benchmark with no entry has not been touched. */
  answers: z.record(z.string().check(z.maxLength(100)), BenchmarkAnswerSchema),
  /** Keyed by section id. */
  factors: z.record(z.string().check(z.maxLength(100)), SectionFactorsSchema),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Review = z.infer<typeof ReviewSchema>;

export const PartnershipSchema = z.strictObject({
  id: IdSchema,
  name: z.string().check(z.trim(), z.minLength(1, 'a partnership needs a name'), z.maxLength(LIMITS.shortText)),
  partners: z.array(ShortText).check(z.maxLength(LIMITS.listItems)),
  notes: LongText,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Partnership = z.infer<typeof PartnershipSchema>;

export function emptyAnswer(): BenchmarkAnswer {
  return { rating: null, actionNeeded: '', byWhom: '', dueDate: null, notes: '', actionStatus: 'open', carriedFrom: null };
}

export function emptySectionFactors(): SectionFactors {
  return { marks: {}, notes: '' };
}

/** Reads an answer without caring whether the benchmark was ever touched. */
export function answerOf(review: Pick<Review, 'answers'>, benchmarkId: string): BenchmarkAnswer {
  return review.answers[benchmarkId] ?? emptyAnswer();
}

export function factorsOf(review: Pick<Review, 'factors'>, sectionId: string): SectionFactors {
  return review.factors[sectionId] ?? emptySectionFactors();
}
