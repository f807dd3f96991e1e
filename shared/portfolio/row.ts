import { CHANGE_ARROWS } from '../compare/change.ts';
import type { Partnership } from '../model/review.ts';
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

/**
 * `iso` (yyyy-mm-dd) plus whole months, kept to the month's last day when the day does not exist in it
 * (31 Jan + 1 month → 28 or 29 Feb), as a person counts "a year from the last review".
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
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
  const dues = facts?.openActionDues ?? [];
  const nextDue = latest ? addMonths(latest.date, partnership.reviewIntervalMonths) : null;
  return {
    partnership,
    latest,
    index,
    rated: facts?.latestRated ?? 0,
    total: facts?.latestTotal ?? 0,
    change: index !== null && previous !== null ? index - previous : null,
    openActions: dues.length,
    overdueActions: dues.filter((due) => due !== null && before(due, today)).length,
    nextDue,
    reviewOverdue: nextDue !== null && before(nextDue, today),
    reviewCount,
    reviewTitles: facts?.reviewTitles ?? [],
  };
}

/** The search box: every word must appear in the partnership's name, a partner organisation or a review title. */
export function matchesSearch(row: PortfolioRow, query: string): boolean {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [row.partnership.name, ...row.partnership.partners, ...row.reviewTitles].join('\n').toLocaleLowerCase('en-GB');
  return words.every((w) => haystack.includes(w));
}

/** The change since the review before, as the comparison's arrow and points: "↑ 6", "↓ 4", "→ 0". */
export function changeText(change: number): string {
  const arrow = CHANGE_ARROWS[change > 0 ? 'up' : change < 0 ? 'down' : 'same'];
  return `${arrow} ${Math.abs(change)}`;
}
