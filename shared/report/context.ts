import type { RatingLevelId } from '../instrument/schema.ts';
import { scoreReview, type ReviewScore } from '../scoring.ts';
import type { ReportInput } from './input.ts';

/** What every part of the report reads: the input plus the facts computed once from it. */
export interface ReportContext extends ReportInput {
  score: ReviewScore;
  levelLabel: (id: RatingLevelId | null) => string;
}

export const NOT_RATED = 'Not rated';

export function contextOf(input: ReportInput): ReportContext {
  const labels = new Map(input.instrument.ratingLevels.map((l) => [l.id, l.label]));
  return {
    ...input,
    score: scoreReview(input.review, input.instrument),
    levelLabel: (id) => (id === null ? NOT_RATED : (labels.get(id) ?? id)),
  };
}

/** An index for people: a whole number, or a dash with a reason when nothing is rated. */
export function indexText(index: number | null): string {
  return index === null ? '– (nothing rated)' : String(index);
}
