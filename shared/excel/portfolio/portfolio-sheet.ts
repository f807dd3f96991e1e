import { displayDate } from '../../dates.ts';
import { changeText, type PortfolioRow } from '../../portfolio/row.ts';
import { COVERAGE_LABEL, indexWithCoverage } from '../../vocabulary/index-coverage.ts';
import { headingRows, HEADER_ROW } from '../comparison/layout.ts';
import type { Workbook } from '../exceljs.ts';
import { finishSheet, type PageHeading } from '../print.ts';
import { LOOKS, putStyledText, wear } from '../styles.ts';
import { isoToDate } from '../text.ts';
import { PORTFOLIO_SHEETS } from './layout.ts';

const PORTFOLIO_HEADINGS = [
  'Partnership',
  'Partners',
  'Latest review',
  'Review date',
  'Index',
  COVERAGE_LABEL,
  'Change',
  'Open actions',
  'Overdue actions',
  'Review every (months)',
  'Next review due',
  'Review overdue',
] as const;

/** One row per partnership: where the client stands and what is due. Dates are real date cells (dd/mm/yyyy). */
export function writePortfolioSheet(workbook: Workbook, rows: readonly PortfolioRow[], today: string, heading: PageHeading): void {
  const sheet = workbook.addWorksheet(PORTFOLIO_SHEETS.portfolio);
  const last = PORTFOLIO_HEADINGS.length;
  sheet.columns = [22, 22, 20, 11, 7, 16, 8, 8, 8, 9, 11, 10].map((width) => ({ width }));
  const overdue = rows.filter((r) => r.reviewOverdue).length;
  headingRows(
    sheet,
    'Partnership portfolio',
    `${rows.length} ${rows.length === 1 ? 'partnership' : 'partnerships'} on ${displayDate(today)}; ${overdue} overdue for review. The next review is due the partnership's interval after its latest review.`,
    last,
  );
  PORTFOLIO_HEADINGS.forEach((h, i) => {
    const cell = sheet.getCell(HEADER_ROW, 1 + i);
    cell.value = h;
    wear(cell, LOOKS.header);
  });
  sheet.getRow(HEADER_ROW).height = 30;
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };

  let r = HEADER_ROW + 1;
  for (const row of rows) {
    const date = (col: number, iso: string | null, alert = false) => {
      const cell = sheet.getCell(r, col);
      wear(cell, alert ? LOOKS.alertDate : LOOKS.date);
      if (iso) cell.value = isoToDate(iso);
    };
    const number = (col: number, value: number | null) => {
      const cell = sheet.getCell(r, col);
      wear(cell, LOOKS.centre);
      if (value !== null) cell.value = value;
    };
    putStyledText(sheet.getCell(r, 1), row.partnership.name, LOOKS.bodyBold);
    putStyledText(sheet.getCell(r, 2), row.partnership.partners.join(', '));
    putStyledText(sheet.getCell(r, 3), row.latest?.title ?? 'None yet', row.latest ? LOOKS.body : LOOKS.mutedCentre);
    date(4, row.latest?.date ?? null);
    number(5, row.index);
    putStyledText(sheet.getCell(r, 6), row.latest ? indexWithCoverage(row) : '');
    putStyledText(sheet.getCell(r, 7), row.change === null ? '' : changeText(row.change), LOOKS.centre);
    number(8, row.openActions);
    const late = sheet.getCell(r, 9);
    wear(late, row.overdueActions > 0 ? LOOKS.alertCentre : LOOKS.centre);
    late.value = row.overdueActions;
    number(10, row.partnership.reviewIntervalMonths);
    date(11, row.nextDue, row.reviewOverdue);
    putStyledText(sheet.getCell(r, 12), row.reviewOverdue ? 'Overdue' : '', row.reviewOverdue ? LOOKS.alertCentre : LOOKS.centre);
    r += 1;
  }
  finishSheet(sheet, HEADER_ROW, 'L', { heading });
}
