import { z } from '@shared/zod.ts';
import { ReviewStatus, type Review } from '@shared/model/review.ts';
import { AnyGenerationReviewSchema } from '@shared/model/upgrade.ts';
import { PortfolioFactsSchema, type PortfolioFacts } from '@shared/portfolio/facts-schema.ts';
import { newestFirst } from '@shared/portfolio/order.ts';
import type { ReviewHeadline } from './library-store.ts';

/**
 * What the library list needs about one partnership's reviews, kept beside them (schema v2) so that listing
 * 2,000 partnerships reads 2,000 small rows and no review at all: reading and validating even only the 2,000 latest
 * reviews took most of a second in Chromium on the benchmark machine.
 * Rewritten in the same transaction as every review write, so it can never disagree with the reviews it describes.
 */
export const PartnershipSummarySchema = z.strictObject({
  partnershipId: z.string().check(z.minLength(1)),
  latestReviewId: z.string().check(z.minLength(1)),
  latestDate: z.string(),
  latestTitle: z.string(),
  latestStatus: ReviewStatus,
  latestUpdatedAt: z.string(),
  reviewCount: z.int().check(z.positive()),
  // Schema v5: what the portfolio shows (latestIndex among them), so it too is read without loading a review.
  ...PortfolioFactsSchema.shape,
});
export type PartnershipSummary = z.infer<typeof PartnershipSummarySchema>;

export { newestFirst } from '@shared/portfolio/order.ts';

let scorer: typeof import('./review-index.ts') | undefined;

/**
 * Fetches what scores a review (the form catalogue and the scoring rules), kept out of the start-up code: listing
 * the library reads the stored summaries and needs neither. Await it before any transaction that summarises (an
 * IndexedDB transaction ends while it awaits anything but the database) and before opening a database that may
 * upgrade (the v2 upgrade summarises); a second call costs nothing.
 */
export async function loadScoring(): Promise<void> {
  scorer ??= await import('./review-index.ts');
}

function loadedScorer(what: string): typeof import('./review-index.ts') {
  if (!scorer) throw new Error(`Cannot score ${what}: the form catalogue was not loaded first (call loadScoring)`);
  return scorer;
}

export function indexOfReview(review: Review): number | null {
  return loadedScorer('review ' + review.id).indexOfReview(review);
}

/** The portfolio's facts of one partnership's reviews, given newest first (shared/portfolio/facts.ts). */
export function factsOfReviews(newestFirst: readonly Review[]): PortfolioFacts {
  return loadedScorer('the reviews of a partnership').portfolioFacts(newestFirst);
}

/** The summary of one partnership's stored reviews; damaged records are not counted (the list names them instead). */
export function summarise(partnershipId: string, stored: unknown[]): PartnershipSummary | null {
  const valid: Review[] = [];
  for (const value of stored) {
    // Also run by the v2 upgrade over v1 records, which predate respondents.
    const parsed = AnyGenerationReviewSchema.safeParse(value);
    if (parsed.success && parsed.data.partnershipId === partnershipId) valid.push(parsed.data);
  }
  const latest = valid.sort(newestFirst)[0];
  if (!latest) return null;
  const facts = factsOfReviews(valid);
  return {
    partnershipId,
    latestReviewId: latest.id,
    latestDate: latest.date,
    latestTitle: latest.title,
    latestStatus: latest.status,
    latestUpdatedAt: latest.updatedAt,
    reviewCount: valid.length,
    ...facts,
  };
}

/** Groups raw review records by partnership and summarises each: the v1 → v2 upgrade and the self-check use it. */
export function summariseAll(stored: unknown[]): PartnershipSummary[] {
  const byPartnership = new Map<string, unknown[]>();
  for (const value of stored) {
    const pid = (value as { partnershipId?: unknown } | null)?.partnershipId;
    if (typeof pid === 'string') byPartnership.set(pid, [...(byPartnership.get(pid) ?? []), value]);
  }
  return [...byPartnership].flatMap(([pid, values]) => summarise(pid, values) ?? []);
}

export function headlineOf(review: Review): ReviewHeadline {
  return { id: review.id, title: review.title, date: review.date, status: review.status, updatedAt: review.updatedAt };
}

export function headlineFromSummary(s: PartnershipSummary): ReviewHeadline {
  return { id: s.latestReviewId, title: s.latestTitle, date: s.latestDate, status: s.latestStatus, updatedAt: s.latestUpdatedAt };
}

export function factsOfSummary(s: PartnershipSummary): PortfolioFacts {
  const { latestIndex, latestRated, latestTotal, previousIndex, openActions, openActionDueDays, reviewTitles } = s;
  return { latestIndex, latestRated, latestTotal, previousIndex, openActions, openActionDueDays, reviewTitles };
}
