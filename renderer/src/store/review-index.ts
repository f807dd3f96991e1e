import { findInstrument } from '@shared/instrument/catalogue.ts';
import type { Review } from '@shared/model/review.ts';
import { scoreReview } from '@shared/scoring.ts';

/**
 * A review's 0–100 index for the library list, scored against the form it was made with (null for a form this app
 * does not know). Loaded on first use through summary.ts: it pulls in the whole form catalogue, which the start-up
 * code must not carry.
 */
export function indexOfReview(review: Review): number | null {
  const instrument = findInstrument(review.instrument.id, review.instrument.version);
  return instrument ? scoreReview(review, instrument).overall.index : null;
}

export { portfolioFacts } from '@shared/portfolio/facts.ts';
