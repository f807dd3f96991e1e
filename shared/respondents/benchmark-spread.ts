import type { RatingLevelId } from '../instrument/schema.ts';
import type { Review } from '../model/review.ts';
import { SCALE, spreadOf, type Spread } from './spread.ts';

/**
 * Who rated a benchmark before the room agreed: every respondent's rating plus the show of hands, where each raised
 * hand counts as one anonymous response. This is the one place the two are combined, so the grid, the agenda and
 * any later screen count the room the same way.
 */
type Responses = Pick<Review, 'respondents' | 'hands'>;

/** The words for agreeing, for every screen and export that shows them. */
export const AGREEMENT_LABELS = {
  noAgreement: 'No agreement reached',
  notDiscussed: 'Not yet discussed',
  divergent: 'Divergent',
  consensus: 'Consensus',
  agreedWhy: 'Why we agreed this',
  partnersRatings: "Partners' ratings",
} as const;

function* ratingsOf(review: Responses, benchmarkId: string): Generator<RatingLevelId> {
  for (const respondent of review.respondents) {
    const rating = respondent.ratings[benchmarkId];
    if (rating) yield rating;
  }
  const hands = review.hands[benchmarkId] ?? {};
  for (const level of SCALE) for (let n = hands[level] ?? 0; n > 0; n -= 1) yield level;
}

export function benchmarkSpread(review: Responses, benchmarkId: string): Spread {
  return spreadOf(ratingsOf(review, benchmarkId));
}

/** Whether the review has anything to agree from: a respondent, or a show of hands with at least one hand. */
export function hasResponses(review: Responses): boolean {
  return review.respondents.length > 0 || Object.values(review.hands).some((counts) => Object.values(counts).some((n) => (n ?? 0) > 0));
}

/** The level everyone who rated gave, when they all gave the same one; null when nobody rated or they differ. */
export function unanimousLevel(spread: Pick<Spread, 'counts' | 'rated'>): RatingLevelId | null {
  if (spread.rated === 0) return null;
  return SCALE.find((level) => spread.counts[level] === spread.rated) ?? null;
}

/** Consensus as shown beside a benchmark: two decimals, so 0.62 (a measure in [0, 1], not a percentage). */
export function consensusText(consensus: number): string {
  return consensus.toFixed(2);
}

/**
 * The order for discussing benchmarks: divergent ones first (partners split between NO and YES), then the lowest
 * consensus; benchmarks nobody rated come last. Ties keep the order given (the form's order), so the agenda is stable.
 */
export function agendaOrder<T extends { spread: Pick<Spread, 'divergent' | 'consensus'> }>(items: readonly T[]): T[] {
  const rank = ({ spread }: T): [number, number] => [spread.consensus === null ? 2 : spread.divergent ? 0 : 1, spread.consensus ?? 1];
  return items
    .map((item, i) => ({ item, i, key: rank(item) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.i - b.i)
    .map(({ item }) => item);
}
