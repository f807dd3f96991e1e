import { systemClock } from '../../clock.ts';
import { displayDate } from '../../dates.ts';
import { LibrarySnapshotSchema, type LibrarySnapshot } from '../../files/bundle.ts';
import { portfolioFromReviews } from '../../portfolio/from-reviews.ts';
import { portfolioRegister } from '../../portfolio/register.ts';
import { newWorkbook, writeWorkbook } from '../exceljs.ts';
import type { PageHeading } from '../print.ts';
import { writeActionsSheet } from './actions-sheet.ts';
import { writePortfolioSheet } from './portfolio-sheet.ts';

/**
 * The portfolio as a workbook: one row per partnership (latest review, index with coverage, change, actions, next
 * review due) and every partnership's action register on one sheet, styled and printed like the other workbooks.
 * User text goes in as plain string values, never formulas.
 */
export async function exportPortfolioWorkbook(library: LibrarySnapshot, options: { today?: string } = {}): Promise<Uint8Array> {
  const { partnerships, reviews } = LibrarySnapshotSchema.parse(library);
  // "Overdue" means overdue on the consultant's day the file is made.
  const today = options.today ?? systemClock.today();
  const workbook = newWorkbook();
  workbook.title = 'Partnership portfolio';
  const heading: PageHeading = { left: 'Partnership portfolio', centre: `${partnerships.length} partnerships`, right: displayDate(today) };
  writePortfolioSheet(workbook, portfolioFromReviews(partnerships, reviews, today), today, heading);
  writeActionsSheet(workbook, portfolioRegister(partnerships, reviews, today), today, heading);
  return writeWorkbook(workbook);
}
