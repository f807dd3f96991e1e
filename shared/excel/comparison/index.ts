import { actionRegister } from '../../compare/register.ts';
import { compareReviews } from '../../compare/compare.ts';
import { MAX_COMPARED_REVIEWS } from '../../compare/limits.ts';
import { factorsOverTime } from '../../compare/factors.ts';
import type { CompareOptions } from '../../compare/outline.ts';
import { sectionTrends } from '../../compare/trends.ts';
import { consensusTrends } from '../../compare/consensus.ts';
import { systemClock } from '../../clock.ts';
import { currentInstrument } from '../../instrument/catalogue.ts';
import { z } from '../../zod.ts';
import { ReviewSchema, type Partnership, type Review } from '../../model/review.ts';
import { newWorkbook, writeWorkbook } from '../exceljs.ts';
import type { PageHeading } from '../print.ts';
import { displayDate } from '../../dates.ts';
import { cellText } from '../text.ts';
import { writeFactorsSheet } from './factors-sheet.ts';
import { writeMatrixSheet } from './matrix-sheet.ts';
import { writeOverviewSheet } from './overview-sheet.ts';
import { writeRegisterSheet } from './register-sheet.ts';
import { writeTrendsSheet } from './trends-sheet.ts';

export { COMPARISON_SHEETS } from './layout.ts';

export { MAX_COMPARED_REVIEWS };
const ReviewsInput = z.array(ReviewSchema).check(z.minLength(1, 'choose at least one review'), z.maxLength(MAX_COMPARED_REVIEWS));

export interface ComparisonWorkbookOptions extends CompareOptions {
  /** The day overdue actions are judged against, yyyy-mm-dd; the caller's clock when not given. */
  today?: string;
}

/**
 * The comparison as a workbook for the client: an overview, the matrix of ratings with change arrows, section trends, typical
 * factors over time and the action register. Every piece of user text goes in as a plain string value, never a
 * formula, whatever character it starts with.
 */
export async function exportComparisonWorkbook(
  partnership: Pick<Partnership, 'name'>,
  input: readonly Review[],
  options: ComparisonWorkbookOptions = {},
): Promise<Uint8Array> {
  const reviews = ReviewsInput.parse(input);
  // The bridge contract carries no date, and "overdue" means overdue on the day the file is made.
  const today = options.today ?? systemClock.today();
  const name = cellText(partnership.name).trim() || 'Partnership';
  const levels = currentInstrument.ratingLevels;
  const workbook = newWorkbook();
  workbook.title = `${name} – progress over time`;
  const trends = sectionTrends(reviews, options);
  const dates = trends.columns.map((c) => c.date);
  const span =
    dates.length > 1 ? `${displayDate(dates[0]!)} – ${displayDate(dates[dates.length - 1]!)}` : dates[0] ? displayDate(dates[0]) : '';
  const heading: PageHeading = { left: name, centre: 'Progress over time', right: span };
  writeOverviewSheet(workbook, name, trends, heading);
  const consensus = consensusTrends(reviews, options);
  writeMatrixSheet(workbook, `${name} – ratings over time`, compareReviews(reviews, options), levels, heading, consensus);
  writeTrendsSheet(workbook, `${name} – section trends`, trends, levels, heading, consensus);
  writeFactorsSheet(workbook, `${name} – typical factors over time`, factorsOverTime(reviews, options), heading);
  writeRegisterSheet(workbook, `${name} – action register`, actionRegister(reviews, today, options), today, heading);
  return writeWorkbook(workbook);
}
