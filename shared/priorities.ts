import type { Instrument } from './instrument/schema.ts';
import { answerOf, type Review } from './model/review.ts';
import { PRIORITY_LEVELS, type PriorityLevel } from './vocabulary/actions.ts';

export interface Priority {
  benchmarkId: string;
  number: string;
  statement: string;
  sectionTitle: string;
  rating: PriorityLevel;
  actionNeeded: string;
  byWhom: string;
  dueDate: string | null;
  /** A priority nobody has yet turned into an action, or that nobody owns, needs the consultant's attention. */
  missingAction: boolean;
  missingOwner: boolean;
}

/** "NO - action is needed" first, then "NO - but action is in hand"; form order within each. */
export function priorities(review: Pick<Review, 'answers'>, instrument: Instrument): Priority[] {
  const out: Priority[] = [];
  for (const level of PRIORITY_LEVELS) {
    for (const section of instrument.sections) {
      for (const b of section.benchmarks) {
        const a = answerOf(review, b.id);
        if (a.rating !== level) continue;
        out.push({
          benchmarkId: b.id,
          number: b.number,
          statement: b.statement,
          sectionTitle: section.title,
          rating: level,
          actionNeeded: a.actionNeeded,
          byWhom: a.byWhom,
          dueDate: a.dueDate,
          missingAction: a.actionNeeded.trim() === '',
          missingOwner: a.byWhom.trim() === '',
        });
      }
    }
  }
  return out;
}

/** A benchmark the room discussed without reaching agreement: not a priority by level, but still to be settled. */
export interface Unagreed {
  benchmarkId: string;
  number: string;
  statement: string;
  sectionTitle: string;
  /** What was said about why (the "why we agreed this" note), often the two positions. */
  agreedWhy: string;
}

/** Benchmarks recorded as "No agreement reached", in form order. */
export function unagreed(review: Pick<Review, 'answers'>, instrument: Instrument): Unagreed[] {
  return instrument.sections.flatMap((section) =>
    section.benchmarks.flatMap((b) => {
      const a = answerOf(review, b.id);
      if (!a.noAgreement || a.rating !== null) return [];
      return [{ benchmarkId: b.id, number: b.number, statement: b.statement, sectionTitle: section.title, agreedWhy: a.agreedWhy }];
    }),
  );
}
