import type { Partnership, Review } from '../model/review.ts';
import { portfolioFacts } from './facts.ts';
import { byLatestReview, newestFirst } from './order.ts';
import { portfolioRow, type PortfolioRow } from './row.ts';

/**
 * The portfolio worked out from the reviews themselves, for the workbook (which is handed the whole library) and as the
 * oracle-free cross-check of the store's summary rows; the library page reads those rows instead. Most recently
 * reviewed first, partnerships with no review last, as the library lists them.
 */
export function portfolioFromReviews(partnerships: readonly Partnership[], reviews: readonly Review[], today: string): PortfolioRow[] {
  const byPartnership = new Map<string, Review[]>();
  for (const r of reviews) byPartnership.set(r.partnershipId, [...(byPartnership.get(r.partnershipId) ?? []), r]);
  const rows = partnerships.map((p) => {
    const own = [...(byPartnership.get(p.id) ?? [])].sort(newestFirst);
    const latest = own[0];
    return portfolioRow(
      p,
      latest ? { id: latest.id, title: latest.title, date: latest.date } : null,
      own.length,
      latest ? portfolioFacts(own) : null,
      today,
    );
  });
  return rows.sort(byLatestReview);
}
