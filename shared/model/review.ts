import { z } from '../zod.ts';
import { RatingLevelId } from '../instrument/rating-level.ts';
import { FactorMark, IdSchema, IsoDate, IsoDateTime, Key, LIMITS, LongText, ShortText } from './fields.ts';
import { RespondentsSchema } from './respondent.ts';
import { HandCountsSchema, ParkingLotSchema } from './workshop.ts';

export { FactorMark, IdSchema, IsoDate, IsoDateTime, LIMITS } from './fields.ts';

/**
 * The saved shape of partnerships and reviews. The same schemas check the store, the portable JSON files, backups
 * and everything that crosses IPC, so a value that passed one boundary passes them all.
 */

export const ActionStatus = z.enum(['open', 'in-progress', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/**
 * The review's own answer for one benchmark: with respondents, `rating` is the **agreed rating** the room settled on.
 * `noAgreement` records that the room discussed it and could not agree ("No agreement reached"), which is kept apart
 * from a benchmark not yet discussed (no rating, `noAgreement` false); the two never hold at once.
 */
export const BenchmarkAnswerSchema = z.strictObject({
  rating: z.nullable(RatingLevelId),
  noAgreement: z.boolean(),
  /** "Why we agreed this": the reasoning behind the agreed rating (or behind not agreeing). */
  agreedWhy: LongText,
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
  marks: z.record(Key, FactorMark),
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
  answers: z.record(Key, BenchmarkAnswerSchema),
  /** Keyed by section id. */
  factors: z.record(Key, SectionFactorsSchema),
  /** Each partner's own view, collected before the room agrees (response forms, paper forms entered by hand). */
  respondents: RespondentsSchema,
  /** Names replaced by "Respondent 1…n" on screen and in everything exported (respondents/anonymity.ts). */
  anonymous: z.boolean(),
  /** Per-organisation breakdowns with fewer responses than this are hidden. */
  minGroupSize: z.int().check(z.gte(1), z.lte(LIMITS.listItems)),
  /** Show of hands in the workshop, keyed by benchmark id: anonymous counts per level. */
  hands: z.record(Key, HandCountsSchema),
  /** Points raised in the workshop and parked for later. */
  parkingLot: ParkingLotSchema,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Review = z.infer<typeof ReviewSchema>;

export const PartnershipSchema = z.strictObject({
  id: IdSchema,
  name: z.string().check(z.trim(), z.minLength(1, 'a partnership needs a name'), z.maxLength(LIMITS.shortText)),
  partners: z.array(ShortText).check(z.maxLength(LIMITS.listItems)),
  notes: LongText,
  /** How often the partnership is reviewed: the next review is due this many months after the latest one. */
  reviewIntervalMonths: z.int().check(z.gte(1), z.lte(LIMITS.reviewIntervalMonths)),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Partnership = z.infer<typeof PartnershipSchema>;

export function emptyAnswer(): BenchmarkAnswer {
  return {
    rating: null,
    noAgreement: false,
    agreedWhy: '',
    actionNeeded: '',
    byWhom: '',
    dueDate: null,
    notes: '',
    actionStatus: 'open',
    carriedFrom: null,
  };
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
