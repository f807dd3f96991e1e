import { localDayOf } from '../clock.ts';
import { currentInstrument } from '../instrument/catalogue.ts';
import type { Instrument } from '../instrument/schema.ts';
import { newReview, type Origin } from '../model/factories.ts';
import { emptyAnswer, type BenchmarkAnswer, type Review } from '../model/review.ts';
import { isUnfinished } from '../vocabulary/actions.ts';
import { byDate } from './outline.ts';

export type CarryFields = Partial<Pick<Review, 'title' | 'date' | 'facilitator' | 'participants'>>;

export interface CarryOptions {
  /** The form for the new review; the newest the app knows unless the caller says otherwise. */
  instrument?: Instrument;
}

/** Finished actions stay behind in the review that closed them: the new review is for work still to do. */
export function isCarriable(answer: BenchmarkAnswer): boolean {
  return answer.actionNeeded.trim() !== '' && isUnfinished(answer.actionStatus);
}

/**
 * "New review from the last one": a fresh draft for the same partnership that starts with the previous review's
 * unfinished actions (Action Needed, By Whom?, due date, status) but none of its ratings, notes or typical-factor
 * marks, because those must be judged anew in the workshop. Done and dropped actions are not carried; open and in
 * progress ones keep their status. Each carried action remembers the review it came from. A benchmark the new
 * form no longer has cannot hold an action, so its action stays in the previous review (the register still lists it).
 * The new workshop collects its own respondents; the partnership's choice of anonymity and minimum group size carries.
 */
export function carryForward(previous: Review, origin: Origin, fields: CarryFields = {}, options: CarryOptions = {}): Review {
  const instrument = options.instrument ?? currentInstrument;
  const review = newReview(origin, previous.partnershipId, instrument, {
    title: fields.title ?? 'Review',
    date: fields.date ?? localDayOf(new Date(origin.now)),
    facilitator: fields.facilitator ?? previous.facilitator,
    participants: fields.participants ?? [...previous.participants],
  });
  review.anonymous = previous.anonymous;
  review.minGroupSize = previous.minGroupSize;
  for (const section of instrument.sections) {
    for (const b of section.benchmarks) {
      const before = previous.answers[b.id];
      if (!before || !isCarriable(before)) continue;
      review.answers[b.id] = {
        ...emptyAnswer(),
        actionNeeded: before.actionNeeded,
        byWhom: before.byWhom,
        dueDate: before.dueDate,
        actionStatus: before.actionStatus,
        carriedFrom: previous.id,
      };
    }
  }
  return review;
}

/** The partnership's latest review: what "New review from the last one" starts from; null when there is none. */
export function lastReview(reviews: readonly Review[]): Review | null {
  return reviews.reduce<Review | null>((last, r) => (last === null || byDate(last, r) < 0 ? r : last), null);
}

/**
 * The review of the same partnership held just before `review` (date order, as the comparison reads progress): the
 * "last time" shown beside each rating while re-rating. Derived when shown, so nothing new is stored.
 */
export function previousReview(reviews: readonly Review[], review: Review): Review | null {
  const before = reviews.filter((r) => r.partnershipId === review.partnershipId && r.id !== review.id && byDate(r, review) < 0);
  return lastReview(before);
}

/** How many of a review's actions a new review from it would carry: its unfinished ones. */
export function carriableCount(review: Pick<Review, 'answers'>): number {
  return Object.values(review.answers).filter(isCarriable).length;
}

/** What starting from the last review brings with it, in the words of every place that offers it. */
export function carriedDescription(count: number): string {
  if (count === 0) return 'No open actions to carry; facilitator and participants kept';
  return `${count === 1 ? '1 open action' : `${count} open actions`} carried forward`;
}
