import { benchmarksOf } from '../instrument/catalogue.ts';
import type { Instrument, RatingLevelId } from '../instrument/schema.ts';
import type { Review } from '../model/review.ts';
import { fewerThan, organisationGroups, respondentLabel } from './anonymity.ts';
import { emptyCounts } from '../scoring.ts';
import { meanConsensus, SCALE, spreadOfCounts, type Spread } from './spread.ts';

/**
 * The heat map of a review's respondents: one row per respondent, grouped by organisation, one column per benchmark,
 * each cell the level that respondent gave (or none); under them the consensus of each benchmark and the agreed
 * rating. Pure, so the screen, the benchmark and any export read the same table.
 *
 * Minimum group size: an organisation with fewer respondents than the review's minimum has no breakdown — its
 * median row is replaced by `fewerThan(minGroupSize)`. When the review is anonymous its respondents' rows are
 * withheld as well, because "Respondent 4 of the Housing Trust", the Trust's only respondent, is no longer anonymous;
 * when names are shown anyway, hiding the row would protect nobody, so it stays. Either way every respondent still
 * counts in each benchmark's spread and consensus. The screen (HeatmapTable.svelte) and the workbook's Respondents
 * sheet (excel/respondents-sheet.ts) both draw this table, so they cannot disagree about what is shown.
 */

export interface HeatmapColumn {
  benchmarkId: string;
  /** "2.3" */
  number: string;
  statement: string;
  /** Everyone's ratings of this benchmark, with its consensus (null when nobody rated it). */
  spread: Spread;
}

export interface HeatmapRow {
  /** Index into the review's respondents. */
  respondent: number;
  /** Through anonymity.ts: "Respondent n" when the review is anonymous. */
  label: string;
  /** In column order: the level this respondent gave, or null. */
  cells: (RatingLevelId | null)[];
}

export interface HeatmapGroup {
  /** As first written, trimmed; '' for respondents who gave no organisation. */
  organisation: string;
  size: number;
  /** Smaller than the minimum group size: show `note` instead of `medians`. */
  hidden: boolean;
  /** `fewerThan(minGroupSize)` when hidden, else null. */
  note: string | null;
  /** The group's median level per column (null where none of them rated it); null when hidden. */
  medians: (RatingLevelId | null)[] | null;
  /** The mean of the group's own consensus over the columns they rated; null when hidden or nobody rated. */
  consensus: number | null;
  /** Empty when the group is hidden and the review anonymous. */
  rows: HeatmapRow[];
}

/** The agreed rating of a benchmark: a level, "No agreement reached", or not yet agreed. */
export type AgreedCell = RatingLevelId | 'no-agreement' | null;

export interface Heatmap {
  columns: HeatmapColumn[];
  groups: HeatmapGroup[];
  /** In column order. */
  agreed: AgreedCell[];
}

export type HeatmapReview = Pick<Review, 'respondents' | 'anonymous' | 'minGroupSize' | 'answers'>;

export interface HeatmapOptions {
  /** Lowest consensus first (benchmarks nobody rated last), ties in form order; otherwise form order. */
  sortByConsensus?: boolean;
}

const POSITION: ReadonlyMap<RatingLevelId, number> = new Map(SCALE.map((level, i) => [level, i]));
const NONE = -1;

/**
 * Recomputed on every edit of the review (one frame at most, bench/heatmap.ts), so each rating is looked up once into
 * a table of scale positions, and every spread — each benchmark's and each organisation's — is counted from that
 * table rather than from fresh arrays per cell.
 */
export function heatmapOf(review: HeatmapReview, instrument: Instrument, options: HeatmapOptions = {}): Heatmap {
  const benchmarks = benchmarksOf(instrument);
  const width = benchmarks.length;
  const people = review.respondents;
  const positions = new Int8Array(people.length * width).fill(NONE);
  people.forEach((respondent, i) => {
    benchmarks.forEach(({ benchmark }, c) => {
      const level = respondent.ratings[benchmark.id];
      if (level) positions[i * width + c] = POSITION.get(level) ?? NONE;
    });
  });
  const spreadOver = (members: readonly number[], c: number): Spread => {
    const counts = emptyCounts();
    for (const i of members) {
      const at = positions[i * width + c]!;
      if (at !== NONE) counts[SCALE[at]!] += 1;
    }
    return spreadOfCounts(counts);
  };
  const everyone = people.map((_, i) => i);
  const inFormOrder = benchmarks.map(({ benchmark }, c) => ({
    column: { benchmarkId: benchmark.id, number: benchmark.number, statement: benchmark.statement, spread: spreadOver(everyone, c) },
    at: c,
  }));
  // The sort moves whole columns; `at` keeps where each column's ratings sit in the table.
  const order = options.sortByConsensus ? sortByConsensus(inFormOrder) : inFormOrder;
  const columns: HeatmapColumn[] = order.map((o) => o.column);
  const cellsOf = (i: number) =>
    order.map(({ at }) => {
      const p = positions[i * width + at]!;
      return p === NONE ? null : SCALE[p]!;
    });
  const groups = organisationGroups(review).map((group): HeatmapGroup => {
    const withheld = group.hidden && review.anonymous;
    const spreads = group.hidden ? null : order.map(({ at }) => spreadOver(group.members, at));
    return {
      organisation: group.organisation,
      size: group.members.length,
      hidden: group.hidden,
      note: group.hidden ? fewerThan(review.minGroupSize) : null,
      medians: spreads && spreads.map((s) => s.median),
      consensus: spreads && meanConsensus(spreads),
      rows: withheld ? [] : group.members.map((i) => ({ respondent: i, label: respondentLabel(review, i), cells: cellsOf(i) })),
    };
  });
  const agreed = columns.map((c): AgreedCell => {
    const answer = review.answers[c.benchmarkId];
    if (answer?.noAgreement) return 'no-agreement';
    return answer?.rating ?? null;
  });
  return { columns, groups, agreed };
}

/** A sorted copy; Array.prototype.sort is stable, so equal consensus keeps form order. */
function sortByConsensus<T extends { column: HeatmapColumn }>(columns: readonly T[]): T[] {
  return [...columns].sort((a, b) => {
    const x = a.column.spread.consensus;
    const y = b.column.spread.consensus;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return x - y;
  });
}
