import { systemClock } from '../../clock.ts';
import { actionRegister } from '../../compare/register.ts';
import { compareReviews } from '../../compare/compare.ts';
import { MAX_COMPARED_REVIEWS } from '../../compare/limits.ts';
import { factorsOverTime } from '../../compare/factors.ts';
import type { CompareOptions } from '../../compare/outline.ts';
import { sectionTrends } from '../../compare/trends.ts';
import { currentInstrument } from '../../instrument/catalogue.ts';
import { z } from '../../zod.ts';
import { ReviewSchema, type Partnership, type Review } from '../../model/review.ts';
import { newWorkbook, writeWorkbook } from '../exceljs.ts';
import { WORKBOOK_CREATOR } from '../export.ts';
import { cellText } from '../text.ts';
import { writeFactorsSheet } from './factors-sheet.ts';
import { writeMatrixSheet } from './matrix-sheet.ts';
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
 * The comparison as a workbook for the client: the matrix of ratings with change arrows, section trends, typical
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
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.title = `${name} – progress over time`;
  writeMatrixSheet(workbook, `${name} – ratings over time`, compareReviews(reviews, options), levels);
  writeTrendsSheet(workbook, `${name} – section trends`, sectionTrends(reviews, options), levels);
  writeFactorsSheet(workbook, `${name} – typical factors over time`, factorsOverTime(reviews, options));
  writeRegisterSheet(workbook, `${name} – action register`, actionRegister(reviews, today, options), today);
  return writeWorkbook(workbook);
}
