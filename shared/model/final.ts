import type { LibrarySnapshot } from '../files/bundle.ts';
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
 * The final reviews in `existing` that a merge would change: those whose place in `merged` (the merge's outcome,
 * shared/files/merge.ts, which keeps what it does not update as it was) holds another version. Asked about before a
 * review file or a backup is added.
 */
export function finalReviewsChangedBy(existing: readonly Review[], merged: readonly Review[]): Review[] {
  const after = new Map(merged.map((r) => [r.id, r]));
  return existing.filter((review) => isFinal(review) && after.get(review.id) !== review);
}

/** A final review the person agreed to update: reopened, it comes back as a draft whatever the file says. */
export const reopened = (review: Review): Review => ({ ...review, status: 'draft' });

/**
 * What may be merged of `incoming`, given the final reviews it would change (`changed`): one is updated only if its
 * id is in `reopen` (the person agreed), and then as a draft; any other is left out, so kept as it is, and listed in
 * `keptFinal`.
 */
export function mergeKeepingFinal(
  changed: readonly Review[],
  incoming: LibrarySnapshot,
  reopen: readonly string[],
): { snapshot: LibrarySnapshot; keptFinal: Review[] } {
  const keptFinal = changed.filter((r) => !reopen.includes(r.id));
  const kept = new Set(keptFinal.map((r) => r.id));
  const agreed = new Set(changed.filter((r) => !kept.has(r.id)).map((r) => r.id));
  const reviews = incoming.reviews.filter((r) => !kept.has(r.id)).map((r) => (agreed.has(r.id) ? reopened(r) : r));
  return { snapshot: { ...incoming, reviews }, keptFinal };
}
