import { CHANGE_ARROWS } from '../compare/change.ts';
import type { Partnership } from '../model/review.ts';
import { countDueBefore } from './due-days.ts';
import type { PortfolioFacts } from './facts-schema.ts';

/** The latest review as the portfolio names it. */
interface LatestReview {
  id: string;
  title: string;
  date: string;
}

/** One partnership's line in the portfolio: where the client stands and what is due. */
export interface PortfolioRow {
  partnership: Partnership;
  latest: LatestReview | null;
  index: number | null;
  rated: number;
  total: number;
  /** Points since the review before the latest; null when there is no earlier index to compare. */
  change: number | null;
  openActions: number;
  overdueActions: number;
  /** The day the next review falls due: the interval after the latest review; null before the first review. */
  nextDue: string | null;
  reviewOverdue: boolean;
  reviewCount: number;
  reviewTitles: string[];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Days in a month (1–12) of the proleptic Gregorian calendar, as ISO days count them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * `iso` (yyyy-mm-dd) plus whole months, kept to the month's last day when the day does not exist in it
 * (31 Jan + 1 month → 28 or 29 Feb), as a person counts "a year from the last review". Worked out on the numbers,
 * with no Date made: the portfolio does this once per partnership each time it is drawn.
 */
export function addMonths(iso: string, months: number): string {
  const months0 = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(months0 / 12);
  const month = months0 - year * 12 + 1;
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** ISO days compare as text; `today` is the consultant's local calendar day (shared/clock.ts). */
const before = (day: string, today: string): boolean => day < today;

export function portfolioRow(
  partnership: Partnership,
  latest: LatestReview | null,
  reviewCount: number,
  facts: PortfolioFacts | null,
  today: string,
): PortfolioRow {
  const index = facts?.latestIndex ?? null;
  const previous = facts?.previousIndex ?? null;
  const nextDue = latest ? addMonths(latest.date, partnership.reviewIntervalMonths) : null;
  return {
    partnership,
    latest,
    index,
    rated: facts?.latestRated ?? 0,
    total: facts?.latestTotal ?? 0,
    change: index !== null && previous !== null ? index - previous : null,
    openActions: facts?.openActions ?? 0,
    overdueActions: facts ? countDueBefore(facts.openActionDueDays, today) : 0,
    nextDue,
    reviewOverdue: nextDue !== null && before(nextDue, today),
    reviewCount,
    reviewTitles: facts?.reviewTitles ?? [],
  };
}

/**
 * Without case, as a person reads English text. toLowerCase, not toLocaleLowerCase('en-GB'): English has no
 * locale-specific case rule (only Turkish, Azeri and Lithuanian do), so both give the same text, and the plain one
 * does not go through ICU for every row the search box looks at.
 */
const folded = (text: string): string => text.toLowerCase();

/** The words of the last query: the search box asks about every row with the same query, so it is split once. */
let last = { query: '', words: [] as string[] };

function wordsOf(query: string): string[] {
  if (query !== last.query) last = { query, words: folded(query).split(/\s+/).filter(Boolean) };
  return last.words;
}

/**
 * The row of one partnership as the library lists it (the store's summary: its latest review, how many, the facts),
 * used by the library page and by the bench that measures it, so both build rows the same way.
 */
export function listingRow(
  listing: { partnership: Partnership; latest: LatestReview | null; reviewCount: number; facts: PortfolioFacts | null },
  today: string,
): PortfolioRow {
  const { latest } = listing;
  return portfolioRow(
    listing.partnership,
    latest && { id: latest.id, title: latest.title, date: latest.date },
    listing.reviewCount,
    listing.facts,
    today,
  );
}

/** The search box: every word must appear in the partnership's name, a partner organisation or a review title. */
export function matchesSearch(row: PortfolioRow, query: string): boolean {
  const words = wordsOf(query);
  if (words.length === 0) return true;
  const haystack = folded([row.partnership.name, ...row.partnership.partners, ...row.reviewTitles].join('\n'));
  return words.every((w) => haystack.includes(w));
}

/** The change since the review before, as the comparison's arrow and points: "↑ 6", "↓ 4", "→ 0". */
export function changeText(change: number): string {
  const arrow = CHANGE_ARROWS[change > 0 ? 'up' : change < 0 ? 'down' : 'same'];
  return `${arrow} ${Math.abs(change)}`;
}
