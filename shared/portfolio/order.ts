import type { Review } from '../model/review.ts';

/** Newest first by date, then by last change: the latest review of a partnership is the first. */
export function newestFirst(a: Pick<Review, 'date' | 'updatedAt'>, b: Pick<Review, 'date' | 'updatedAt'>): number {
  return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
}
