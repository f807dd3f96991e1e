import type { ActionRegister } from '../../compare/register.ts';
import { ACTION_STATUS_LABELS } from '../../model/review.ts';
import type { Workbook } from '../exceljs.ts';
import { finishSheet, type PageHeading } from '../print.ts';
import { LOOKS, putStyledText, wear } from '../styles.ts';
import { displayDate } from '../../dates.ts';
import { isoToDate } from '../text.ts';
import { overdueLabel } from '../../vocabulary/actions.ts';
import { reviewNameAndDay } from '../../vocabulary/names.ts';
import { COMPARISON_SHEETS, HEADER_ROW, headingRows } from './layout.ts';

export const REGISTER_HEADINGS = [
  'No.',
  'Benchmark',
  'Action Needed',
  'By Whom?',
  'Due date',
  'Status',
  'Overdue',
  'Review',
  'First raised in',
] as const;

/** Every action across the reviews, once each; a carried action shows its latest state and where it began. */
export function writeRegisterSheet(workbook: Workbook, title: string, register: ActionRegister, today: string, heading: PageHeading): void {
  const sheet = workbook.addWorksheet(COMPARISON_SHEETS.register);
  const last = REGISTER_HEADINGS.length;
  // Nine columns: A4 landscape at 90 %, the longest texts wrapping.
  sheet.columns = [
    { width: 5 },
    { width: 24 },
    { width: 24 },
    { width: 12 },
    { width: 11 },
    { width: 11 },
    { width: 11 },
    { width: 14 },
    { width: 13 },
  ];
  headingRows(
    sheet,
    title,
    `${register.entries.length} ${register.entries.length === 1 ? 'action' : 'actions'}, ${register.overdue} overdue on ${displayDate(today)}. Open and in-progress actions past their due date are overdue.`,
    last,
  );
  REGISTER_HEADINGS.forEach((h, i) => {
    const cell = sheet.getCell(HEADER_ROW, 1 + i);
    cell.value = h;
    wear(cell, LOOKS.header);
  });
  sheet.getRow(HEADER_ROW).height = 30;
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };

  let row = HEADER_ROW + 1;
  for (const e of register.entries) {
    putStyledText(sheet.getCell(row, 1), e.number);
    putStyledText(sheet.getCell(row, 2), e.statement);
    putStyledText(sheet.getCell(row, 3), e.actionNeeded);
    putStyledText(sheet.getCell(row, 4), e.byWhom);
    const due = sheet.getCell(row, 5);
    wear(due, LOOKS.date);
    if (e.dueDate) due.value = isoToDate(e.dueDate);
    putStyledText(sheet.getCell(row, 6), ACTION_STATUS_LABELS[e.status]);
    putStyledText(sheet.getCell(row, 7), overdueLabel(e.overdue ? e.daysOverdue : 0), e.overdue ? LOOKS.alert : LOOKS.body);
    putStyledText(sheet.getCell(row, 8), reviewNameAndDay({ title: e.reviewTitle, date: e.reviewDate }));
    const origin = e.carried
      ? e.originReviewTitle && e.originReviewDate
        ? reviewNameAndDay({ title: e.originReviewTitle, date: e.originReviewDate })
        : 'an earlier review not included'
      : '';
    putStyledText(sheet.getCell(row, 9), origin);
    row += 1;
  }
  finishSheet(sheet, HEADER_ROW, 'I', { heading });
}
