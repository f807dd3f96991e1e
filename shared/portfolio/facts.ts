import { actionRegister } from '../compare/register.ts';
import { findInstrument } from '../instrument/catalogue.ts';
import type { Review } from '../model/review.ts';
import { scoreReview } from '../scoring.ts';
import { isUnfinished } from '../vocabulary/actions.ts';
import { joinDueDays } from './due-days.ts';
import type { PortfolioFacts } from './facts-schema.ts';

function scoreOf(review: Review | undefined): { index: number | null; rated: number; total: number } {
  const instrument = review && findInstrument(review.instrument.id, review.instrument.version);
  if (!review || !instrument) return { index: null, rated: 0, total: 0 };
  const { overall } = scoreReview(review, instrument);
  return { index: overall.index, rated: overall.rated, total: overall.total };
}

/**
 * The facts of one partnership's reviews, given newest first. The open actions are those the partnership's action
 * register lists as unfinished (carried actions once, in their latest state), so the portfolio and the register agree.
 */
export function portfolioFacts(newestFirst: readonly Review[]): PortfolioFacts {
  const latest = scoreOf(newestFirst[0]);
  // The register's "today" only decides overdue, which is worked out later against the real day.
  const register = newestFirst.length > 0 ? actionRegister(newestFirst, '1970-01-01') : { entries: [] };
  const unfinished = register.entries.filter((e) => isUnfinished(e.status));
  return {
    latestIndex: latest.index,
    latestRated: latest.rated,
    latestTotal: latest.total,
    previousIndex: newestFirst.length > 1 ? scoreOf(newestFirst[1]).index : null,
    openActions: unfinished.length,
    openActionDueDays: joinDueDays(unfinished.map((e) => e.dueDate)),
    reviewTitles: newestFirst.map((r) => r.title),
  };
}
