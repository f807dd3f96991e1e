import { byDate } from '../compare/outline.ts';
import type { Review } from '../model/review.ts';

/** The default earlier review for a report: the partnership's review just before this one in date order, if any. */
export function previousReview(review: Review, reviews: readonly Review[]): Review | undefined {
  return reviews
    .filter((r) => r.id !== review.id && r.partnershipId === review.partnershipId && byDate(r, review) < 0)
    .sort(byDate)
    .at(-1);
}
