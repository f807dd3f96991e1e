import type { Instrument, RatingLevelId, Section } from './instrument/schema.ts';
import { answerOf, type Review } from './model/review.ts';

/**
 * The 0–100 index. Each rated benchmark scores by level — "NO - action is needed" 0, "NO - but action is in hand" 1,
 * "YES - but needs improving" 2, "YES - working well" 3 — and the index is the mean score as a percentage of 3,
 * rounded to a whole number. Unrated benchmarks are left out of the mean and reported as missing, so a half-finished
 * review is not dragged down by blanks; with nothing rated the index is null rather than 0.
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
  missing: number;
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

function scoreOf(counts: LevelCounts, total: number): Score {
  const rated = Object.values(counts).reduce((a, b) => a + b, 0);
  return { counts, rated, missing: total - rated, total, index: indexOf(counts) };
}

export function scoreSection(review: Pick<Review, 'answers'>, section: Section): SectionScore {
  const counts = emptyCounts();
  for (const b of section.benchmarks) {
    const rating = answerOf(review, b.id).rating;
    if (rating) counts[rating] += 1;
  }
  return { sectionId: section.id, number: section.number, title: section.title, ...scoreOf(counts, section.benchmarks.length) };
}

export function scoreReview(review: Pick<Review, 'answers'>, instrument: Instrument): ReviewScore {
  const sections = instrument.sections.map((s) => scoreSection(review, s));
  const counts = emptyCounts();
  for (const s of sections) for (const level of Object.keys(counts) as RatingLevelId[]) counts[level] += s.counts[level];
  return {
    sections,
    overall: scoreOf(
      counts,
      sections.reduce((a, s) => a + s.total, 0),
    ),
  };
}

/** Share of the form filled in: rated benchmarks plus answered typical factors, over all of them. */
export function completion(review: Pick<Review, 'answers' | 'factors'>, section: Section): { done: number; total: number } {
  const rated = section.benchmarks.filter((b) => answerOf(review, b.id).rating !== null).length;
  const marks = review.factors[section.id]?.marks ?? {};
  const answered = section.factors.filter((f) => marks[f.id] !== undefined).length;
  return { done: rated + answered, total: section.benchmarks.length + section.factors.length };
}
