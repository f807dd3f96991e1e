import { z } from '../zod.ts';

/**
 * The due days of a partnership's unfinished actions as its summary row keeps them: ascending, one space apart
 * ("2025-05-01 2026-01-01"). One plain string, not an array of dates, because the library page reads and checks 2,000
 * of these rows whenever it opens: a string comes out of IndexedDB as one value and is checked by one regular
 * expression, where an array cost a zod check per date (most of the summary rows' validation in `npm run bench`).
 * Every day is ten characters wide, so how many fall before today is a binary search, with no date parsed.
 */

const DAY = 10;
const STEP = DAY + 1;

/** zod's own ISO day (the rule IsoDate checks, month lengths and leap years included), repeated. */
const day = z.regexes.date.source.slice(1, -1);
export const DueDaysSchema = z.string().check(z.regex(new RegExp(`^(?:${day}(?: ${day})*)?$`)));

/** The summary's form of the unfinished actions' due dates; actions with no due date are left out. */
export function joinDueDays(dues: readonly (string | null)[]): string {
  return dues
    .filter((d): d is string => d !== null)
    .sort()
    .join(' ');
}

/** How many of the due days fall before `today` (yyyy-mm-dd; ISO days compare as text). */
export function countDueBefore(dueDays: string, today: string): number {
  let low = 0;
  let high = dueDays.length === 0 ? 0 : (dueDays.length + 1) / STEP;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (dueDays.slice(mid * STEP, mid * STEP + DAY) < today) low = mid + 1;
    else high = mid;
  }
  return low;
}
