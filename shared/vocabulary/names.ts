import { displayDate } from '../dates.ts';

/** What a review or a partnership is called until someone names it: said once for every screen, message and file. */
export const UNTITLED_REVIEW = 'Untitled review';
export const UNTITLED_PARTNERSHIP = 'Untitled partnership';

export const reviewName = (title: string): string => title.trim() || UNTITLED_REVIEW;
export const partnershipName = (name: string): string => name.trim() || UNTITLED_PARTNERSHIP;

/**
 * A review as a person points to it: "Spring workshop, 1 Mar 2026". The day is said once: a title that already
 * holds it (the default "Review 1 Mar 2026") stands alone.
 */
export function reviewNameAndDay(review: { title: string; date: string }): string {
  const name = reviewName(review.title);
  const day = displayDate(review.date);
  return name.includes(day) ? name : `${name}, ${day}`;
}
