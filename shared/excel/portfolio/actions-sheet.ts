import { displayDate } from '../../dates.ts';
import { ACTION_STATUS_LABELS } from '../../model/review.ts';
import type { PortfolioAction } from '../../portfolio/register.ts';
import { headingRows, HEADER_ROW } from '../comparison/layout.ts';
import type { Workbook } from '../exceljs.ts';
import { finishSheet, type PageHeading } from '../print.ts';
import { LOOKS, putStyledText, wear } from '../styles.ts';
import { isoToDate } from '../text.ts';
import { overdueLabel } from '../../vocabulary/actions.ts';
import { PORTFOLIO_SHEETS } from './layout.ts';

const ACTION_HEADINGS = [
  'Partnership',
  'No.',
  'Benchmark',
  'Action Needed',
  'By Whom?',
  'Due date',
  'Status',
  'Overdue',
  'Review',
] as const;

/** Every partnership's actions on one sheet, as each partnership's register lists them. */
export function writeActionsSheet(workbook: Workbook, entries: readonly PortfolioAction[], today: string, heading: PageHeading): void {
  const sheet = workbook.addWorksheet(PORTFOLIO_SHEETS.actions);
  const last = ACTION_HEADINGS.length;
  sheet.columns = [18, 5, 22, 26, 13, 11, 11, 11, 16].map((width) => ({ width }));
  const overdue = entries.filter((e) => e.overdue).length;
  headingRows(
    sheet,
    'Action register across the portfolio',
    `${entries.length} ${entries.length === 1 ? 'action' : 'actions'}, ${overdue} overdue on ${displayDate(today)}. Open and in-progress actions past their due date are overdue.`,
    last,
  );
  ACTION_HEADINGS.forEach((h, i) => {
    const cell = sheet.getCell(HEADER_ROW, 1 + i);
    cell.value = h;
    wear(cell, LOOKS.header);
  });
  sheet.getRow(HEADER_ROW).height = 30;
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };

  let row = HEADER_ROW + 1;
  for (const e of entries) {
    putStyledText(sheet.getCell(row, 1), e.partnershipName, LOOKS.bodyBold);
    putStyledText(sheet.getCell(row, 2), e.number);
    putStyledText(sheet.getCell(row, 3), e.statement);
    putStyledText(sheet.getCell(row, 4), e.actionNeeded);
    putStyledText(sheet.getCell(row, 5), e.byWhom);
    const due = sheet.getCell(row, 6);
    wear(due, e.overdue ? LOOKS.alertDate : LOOKS.date);
    if (e.dueDate) due.value = isoToDate(e.dueDate);
    putStyledText(sheet.getCell(row, 7), ACTION_STATUS_LABELS[e.status]);
    putStyledText(sheet.getCell(row, 8), overdueLabel(e.overdue ? e.daysOverdue : 0), e.overdue ? LOOKS.alert : LOOKS.body);
    putStyledText(sheet.getCell(row, 9), `${e.reviewTitle}, ${displayDate(e.reviewDate)}`);
    row += 1;
  }
  finishSheet(sheet, HEADER_ROW, 'I', { heading });
}
