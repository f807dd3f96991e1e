import type { Review } from '../model/review.ts';

/**
 * ISO days (yyyy-mm-dd) and the app's ISO instants order as plain text, code unit by code unit; localeCompare gives
 * the same order through the ICU collator, at many times the cost, and the library sorts 2,000 partnerships each
 * time it is listed.
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first by date, then by last change: the latest review of a partnership is the first. */
export function newestFirst(a: Pick<Review, 'date' | 'updatedAt'>, b: Pick<Review, 'date' | 'updatedAt'>): number {
  return byText(b.date, a.date) || byText(b.updatedAt, a.updatedAt);
}

/** The library's order: most recently reviewed first, partnerships with no review last, newest created first among those. */
export function byLatestReview(
  a: { latest: { date: string } | null; partnership: { createdAt: string } },
  b: { latest: { date: string } | null; partnership: { createdAt: string } },
): number {
  return byText(b.latest?.date ?? '', a.latest?.date ?? '') || byText(b.partnership.createdAt, a.partnership.createdAt);
}
