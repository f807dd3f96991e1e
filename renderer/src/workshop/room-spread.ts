import type { RatingLevelId } from '@shared/instrument/schema.ts';
import type { Review } from '@shared/model/review.ts';
import { SCALE, spreadOf, type Spread } from '@shared/respondents/spread.ts';

/**
 * The room's view of one benchmark: each returned response form's rating plus each hand raised in the workshop,
 * every hand counted as one anonymous response. The two stay apart in the review (respondents are named, hands are
 * only counts); they are combined here, for the spread and consensus the room sees after Reveal.
 */
export function roomSpread(review: Pick<Review, 'respondents' | 'hands'>, benchmarkId: string): Spread {
  return spreadOf(roomRatings(review, benchmarkId));
}

function* roomRatings(review: Pick<Review, 'respondents' | 'hands'>, benchmarkId: string): Generator<RatingLevelId | undefined> {
  for (const respondent of review.respondents) yield respondent.ratings[benchmarkId];
  const hands = review.hands[benchmarkId] ?? {};
  for (const level of SCALE) for (let i = 0; i < (hands[level] ?? 0); i += 1) yield level;
}
