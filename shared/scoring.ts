import type { Instrument, RatingLevelId, Section } from './instrument/schema.ts';
import { answerOf, type Review } from './model/review.ts';

/**
 * The 0–100 index. Each rated benchmark scores by level — "NO - action is needed" 0, "NO - but action is in hand" 1,
 * "YES - but needs improving" 2, "YES - working well" 3 — and the index is the mean score as a percentage of 3,
 * rounded to a whole number. Unrated benchmarks are left out of the mean and reported as missing, so a half-finished
 * review is not dragged down by blanks; with nothing rated the index is null rather than 0.
 *
 * "No agreement reached" is discussed but unrated: never a level, so it is left out of the counts and the index and
 * stays within `missing`; it is counted apart (`noAgreement`) so a screen can tell it from "not yet discussed"
 * (`missing − noAgreement`), and it counts as answered in `completion`.
 */
export const LEVEL_SCORE: Record<RatingLevelId, number> = {
  'no-action-needed': 0,
  'no-action-in-hand': 1,
  'yes-needs-improving': 2,
  'yes-working-well': 3,
};
export const TOP_SCORE = 3;

export type LevelCounts = Record<RatingLevelId, number>;

export interface Score {
  counts: LevelCounts;
  rated: number;
  /** Not rated: not yet discussed, or discussed with no agreement reached. */
  missing: number;
  /** Of `missing`, those recorded as "No agreement reached". */
  noAgreement: number;
  total: number;
  index: number | null;
}

export interface SectionScore extends Score {
  sectionId: string;
  number: number;
  title: string;
}

export interface ReviewScore {
  sections: SectionScore[];
  overall: Score;
}

export function emptyCounts(): LevelCounts {
  return { 'no-action-needed': 0, 'no-action-in-hand': 0, 'yes-needs-improving': 0, 'yes-working-well': 0 };
}

export function indexOf(counts: LevelCounts): number | null {
  let rated = 0;
  let points = 0;
  for (const [level, n] of Object.entries(counts) as [RatingLevelId, number][]) {
    rated += n;
    points += n * LEVEL_SCORE[level];
  }
  return rated === 0 ? null : Math.round((100 * points) / (TOP_SCORE * rated));
}

function scoreOf(counts: LevelCounts, noAgreement: number, total: number): Score {
  const rated = Object.values(counts).reduce((a, b) => a + b, 0);
  return { counts, rated, missing: total - rated, noAgreement, total, index: indexOf(counts) };
}

export function scoreSection(review: Pick<Review, 'answers'>, section: Section): SectionScore {
  const counts = emptyCounts();
  let noAgreement = 0;
  for (const b of section.benchmarks) {
    const { rating, noAgreement: unagreed } = answerOf(review, b.id);
    if (rating) counts[rating] += 1;
    else if (unagreed) noAgreement += 1;
  }
  return {
    sectionId: section.id,
    number: section.number,
    title: section.title,
    ...scoreOf(counts, noAgreement, section.benchmarks.length),
  };
}

export function scoreReview(review: Pick<Review, 'answers'>, instrument: Instrument): ReviewScore {
  const sections = instrument.sections.map((s) => scoreSection(review, s));
  const counts = emptyCounts();
  for (const s of sections) for (const level of Object.keys(counts) as RatingLevelId[]) counts[level] += s.counts[level];
  return {
    sections,
    overall: scoreOf(
      counts,
      sections.reduce((a, s) => a + s.noAgreement, 0),
      sections.reduce((a, s) => a + s.total, 0),
    ),
  };
}

export interface Completion {
  /** Benchmarks discussed (rated or "No agreement reached") plus typical factors answered, over all of them. */
  done: number;
  total: number;
  /** Benchmarks rated at a level, of `benchmarks`. */
  rated: number;
  /** Benchmarks recorded as "No agreement reached": discussed, so done, but not rated. */
  noAgreement: number;
  benchmarks: number;
  /** Typical factors ticked or crossed, of `factorsTotal`. */
  factors: number;
  factorsTotal: number;
}

/**
 * Share of the form filled in: benchmarks rated or recorded as "No agreement reached" (both were discussed) plus
 * answered typical factors, over all of them; and each part counted apart, for a progress line that says which.
 */
export function completion(review: Pick<Review, 'answers' | 'factors'>, section: Section): Completion {
  let rated = 0;
  let noAgreement = 0;
  for (const b of section.benchmarks) {
    const a = answerOf(review, b.id);
    if (a.rating !== null) rated += 1;
    else if (a.noAgreement) noAgreement += 1;
  }
  const marks = review.factors[section.id]?.marks ?? {};
  const factors = section.factors.filter((f) => marks[f.id] !== undefined).length;
  return {
    done: rated + noAgreement + factors,
    total: section.benchmarks.length + section.factors.length,
    rated,
    noAgreement,
    benchmarks: section.benchmarks.length,
    factors,
    factorsTotal: section.factors.length,
  };
}

/** The completion of every section added up. */
export function completionOf(review: Pick<Review, 'answers' | 'factors'>, instrument: Instrument): Completion {
  const zero: Completion = { done: 0, total: 0, rated: 0, noAgreement: 0, benchmarks: 0, factors: 0, factorsTotal: 0 };
  return instrument.sections
    .map((s) => completion(review, s))
    .reduce((a, c) => {
      const sum = { ...a };
      for (const k of Object.keys(sum) as (keyof Completion)[]) sum[k] += c[k];
      return sum;
    }, zero);
}
