import { z } from '../zod.ts';
import { ShortText } from '../model/fields.ts';
import { DueDaysSchema } from './due-days.ts';

/**
 * What the portfolio shows of one partnership's reviews, worked out when a review is written (facts.ts) and kept in
 * the store's summary row, so that the library page reads one small row per partnership and never a review. Overdue
 * needs today, so the due dates of the unfinished actions are kept, not a count. Plain fields only (numbers and
 * strings): the library page checks 2,000 of these rows each time it opens. Kept apart from facts.ts, which needs the
 * form catalogue: the start-up code checks these rows and must not carry it.
 */
export const PortfolioFactsSchema = z.strictObject({
  latestIndex: z.nullable(z.number()),
  /** Benchmarks the latest review rated, of those its form has (0 of 0 for a form this app does not know). */
  latestRated: z.int().check(z.gte(0)),
  latestTotal: z.int().check(z.gte(0)),
  /** The index of the review before the latest, for the change since then. */
  previousIndex: z.nullable(z.number()),
  /** How many actions the partnership's register lists as unfinished. */
  openActions: z.int().check(z.gte(0)),
  /** The due days of those that have one, ascending and one space apart (due-days.ts). */
  openActionDueDays: DueDaysSchema,
  /** Every review's title, newest first, for the search box. */
  reviewTitles: z.array(ShortText),
});
export type PortfolioFacts = z.infer<typeof PortfolioFactsSchema>;
