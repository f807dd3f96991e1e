/**
 * An index is only as good as the benchmarks behind it: one benchmark rated "YES - working well" gives 100. So the
 * index is never shown without how many benchmarks it rests on ("index 100 · 1 of 21 rated"), and a review with
 * under half its benchmarks rated is said not to be comparable. Every screen, workbook and report takes its wording
 * from here.
 */
import { reviewName } from './names.ts';

/** What the wording needs from a score (shared/scoring.ts Score, or a comparison's TrendPoint). */
export interface Coverage {
  index: number | null;
  rated: number;
  total: number;
}

/** Below this share of its benchmarks rated, a review's index is not comparable with another's. */
export const COMPARABLE_SHARE = 0.5;

/** What a table calls the column or row of coverageText beside an index. */
export const COVERAGE_LABEL = 'Coverage';

/** "1 of 21 rated" */
export function coverageText(s: Pick<Coverage, 'rated' | 'total'>): string {
  return `${s.rated} of ${s.total} rated`;
}

/** The index alone, as a table cell shows it: a number, or a dash when nothing is rated. */
export function indexValue(s: Pick<Coverage, 'index'>): string {
  return s.index === null ? '—' : String(s.index);
}

/** "index 100 · 1 of 21 rated", or "no index · 0 of 21 rated". */
export function indexWithCoverage(s: Coverage): string {
  return `${s.index === null ? 'no index' : `index ${s.index}`} · ${coverageText(s)}`;
}

/** At least half the benchmarks rated (and something rated at all). */
export function isComparable(s: Pick<Coverage, 'rated' | 'total'>): boolean {
  return s.rated > 0 && s.rated >= s.total * COMPARABLE_SHARE;
}

/** The warning beside a review whose index rests on under half its benchmarks. */
export function notComparableNote(title: string, s: Pick<Coverage, 'rated' | 'total'>): string {
  return `Review “${reviewName(title)}” has only ${s.rated} of ${s.total} benchmarks rated; its index is not comparable.`;
}

/** Beside a change of index between two reviews when either index rests on under half its benchmarks. */
export const CHANGE_NOT_COMPARABLE = 'One of the two indexes rests on under half its benchmarks, so the change is not a fair comparison.';

/** The same warning about the review in front of the person. */
export function notComparableHere(s: Pick<Coverage, 'rated' | 'total'>): string {
  return `Only ${s.rated} of ${s.total} benchmarks are rated, under half: this index is not yet comparable with other reviews.`;
}

/** The typical factors' half of a progress line: "12 of 28 factors". */
export function factorsText(p: { answered: number; total: number }): string {
  return `${p.answered} of ${p.total} factors`;
}
