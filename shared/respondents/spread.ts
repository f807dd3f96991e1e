import { RatingLevelId } from '../instrument/schema.ts';
import { emptyCounts, LEVEL_SCORE, type LevelCounts } from '../scoring.ts';

/**
 * How a group of respondents rated one benchmark, and how far they agree.
 *
 * - **Spread**: the count of respondents at each level (respondents who gave no rating are not counted).
 * - **Median level**: the level of the middle respondent when ratings are ordered from "NO - action is needed" to
 *   "YES - working well"; with an even number of respondents whose two middle ratings differ, the lower (more
 *   cautious) of the two, so a median never claims more than half the room said.
 * - **Consensus** (Tastle & Wierman 2007, a measure for ordinal scales): Cns = 1 + Σᵢ pᵢ · log₂(1 − |Xᵢ − μ| / d),
 *   over the four levels Xᵢ = 1…4 with proportions pᵢ, mean μ = Σ pᵢXᵢ and width d = 4 − 1 = 3. It is 1 when everyone
 *   gives one level, 0 when half give the lowest level and half the highest, and in between otherwise; it grows as
 *   ratings bunch together, whichever level they bunch at. With no ratings it is null (nothing to agree on); one
 *   rating is trivially unanimous (1).
 * - **Divergent**: the ratings include both a NO level and a YES level — partners disagree on whether the benchmark is
 *   met at all, which is what a workshop most needs to discuss.
 */
export interface Spread {
  counts: LevelCounts;
  /** Respondents who gave a rating. */
  rated: number;
  median: RatingLevelId | null;
  consensus: number | null;
  divergent: boolean;
}

/** The levels in scale order, lowest first: the instrument's own order (position 1…4 on the ordinal scale). */
export const SCALE: readonly RatingLevelId[] = RatingLevelId.options;
const WIDTH = SCALE.length - 1;
const NO_LEVELS: ReadonlySet<RatingLevelId> = new Set(SCALE.filter((level) => LEVEL_SCORE[level] < SCALE.length / 2));

export function spreadOf(ratings: Iterable<RatingLevelId | null | undefined>): Spread {
  const counts = emptyCounts();
  for (const rating of ratings) if (rating) counts[rating] += 1;
  return spreadOfCounts(counts);
}

/** The spread of ratings already counted per level (the heat map counts many groups from one pass over the ratings). */
export function spreadOfCounts(counts: LevelCounts): Spread {
  let rated = 0;
  for (const level of SCALE) rated += counts[level];
  return { counts, rated, median: medianOf(counts, rated), consensus: consensusOf(counts), divergent: isDivergent(counts) };
}

/** Tastle–Wierman consensus of a spread, in [0, 1]; null when nobody rated. */
export function consensusOf(counts: LevelCounts): number | null {
  let total = 0;
  for (const level of SCALE) total += counts[level];
  if (total === 0) return null;
  let mean = 0;
  for (let i = 0; i < SCALE.length; i += 1) mean += (counts[SCALE[i]!] / total) * (i + 1);
  let sum = 0;
  for (let i = 0; i < SCALE.length; i += 1) {
    const p = counts[SCALE[i]!] / total;
    // A level nobody chose adds nothing (p · log p → 0); |Xᵢ − μ| < d whenever p > 0, so the log is finite.
    if (p > 0) sum += p * Math.log2(1 - Math.abs(i + 1 - mean) / WIDTH);
  }
  // Clamp the last bits of floating-point error so "everyone agrees" is exactly 1 and an even split exactly 0.
  return Math.min(1, Math.max(0, 1 + sum));
}

function medianOf(counts: LevelCounts, rated: number): RatingLevelId | null {
  if (rated === 0) return null;
  // The lower middle position (1-based): the middle one for an odd count, the lower of the two for an even count.
  const middle = Math.ceil(rated / 2);
  let seen = 0;
  for (const level of SCALE) {
    seen += counts[level];
    if (seen >= middle) return level;
  }
  return null;
}

function isDivergent(counts: LevelCounts): boolean {
  let no = false;
  let yes = false;
  for (const level of SCALE) {
    if (counts[level] === 0) continue;
    if (NO_LEVELS.has(level)) no = true;
    else yes = true;
  }
  return no && yes;
}

/**
 * The mean consensus of several benchmarks (a section, or the whole review): benchmarks nobody rated are left out,
 * as unrated benchmarks are left out of the index; null when none was rated.
 */
export function meanConsensus(spreads: Iterable<Pick<Spread, 'consensus'>>): number | null {
  let n = 0;
  let sum = 0;
  for (const { consensus } of spreads) {
    if (consensus === null) continue;
    n += 1;
    sum += consensus;
  }
  return n === 0 ? null : sum / n;
}
