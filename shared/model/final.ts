import { mergeLibrary } from '../files/merge.ts';
import type { Review } from './review.ts';

/**
 * Issue 11 item 7: "Final" changes nothing. A final review is read-only until the consultant reopens it, and every
 * path that would change one from outside its editor (an action's status set in a register, a review file or a
 * backup merged in) asks this rule first. Reopening makes it a draft again.
 */

export const isFinal = (review: Pick<Review, 'status'>): boolean => review.status === 'final';

const nameOf = (review: Pick<Review, 'title'>) => review.title.trim() || 'Untitled review';

/**
 * Why `change` may not be made to `review` ("“Spring review” is final: reopen it to change an action’s status."), or
 * null when it may (the review is a draft, or there is none).
 */
export function finalRefusal(review: Pick<Review, 'status' | 'title'> | undefined, change: string): string | null {
  return review && isFinal(review) ? `“${nameOf(review)}” is final: reopen it to ${change}.` : null;
}

/** A register's status control: the reason it is disabled, or null when the review holding the action is a draft. */
export const statusLocked = (review: Pick<Review, 'status' | 'title'> | undefined): string | null =>
  finalRefusal(review, 'change an action’s status');

/**
 * The final reviews in `existing` that merging `incoming` in (by the merge's own rule: newer wins) would change:
 * the ones to ask about before a review file or a backup is added.
 */
export function finalReviewsChangedBy(existing: readonly Review[], incoming: readonly Review[]): Review[] {
  const { merged } = mergeLibrary({ partnerships: [], reviews: [...existing] }, { partnerships: [], reviews: [...incoming] });
  // The merge keeps the existing reviews in place and replaces only those it updates.
  return existing.filter((review, i) => isFinal(review) && merged.reviews[i] !== review);
}

/** A final review the person agreed to update: reopened, it comes back as a draft whatever the file says. */
export const reopened = (review: Review): Review => ({ ...review, status: 'draft' });
