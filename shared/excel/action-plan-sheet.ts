import { daysOverdue } from '../compare/register.ts';
import { benchmarksOf } from '../instrument/catalogue.ts';
import { ACTION_STATUS_LABELS, answerOf } from '../model/review.ts';
import {
  ACTION_PLAN_COLUMNS as COLUMNS,
  ACTION_PLAN_HEADER_ROW as HEADER_ROW,
  ACTION_PLAN_LAST_COLUMN as LAST,
  hasAction,
  PLAN_COLUMNS as C,
} from './action-plan-layout.ts';
import { pageHeadingOf, type FormContent } from './content.ts';
import type { Workbook } from './exceljs.ts';
import { SHEETS } from './layout.ts';
import { finishSheet } from './print.ts';
import { LOOKS, putStyledText, wear } from './styles.ts';
import { displayDate } from '../dates.ts';
import { isoToDate } from './text.ts';
import { overdueLabel } from '../vocabulary/actions.ts';

export function writeActionPlanSheet(workbook: Workbook, content: FormContent): void {
  const { instrument, review } = content;
  const sheet = workbook.addWorksheet(SHEETS.actionPlan);
  // Fits A4 landscape at 90 %; Carried forward and Overdue wrap their headings onto two lines.
  sheet.columns = [
    { width: 5 },
    { width: 28 },
    { width: 13 },
    { width: 26 },
    { width: 12 },
    { width: 11 },
    { width: 10 },
    { width: 9 },
    { width: 10 },
  ];
  const title = sheet.getCell('A1');
  title.value = `Action plan · overdue as at ${displayDate(content.today)}`;
  wear(title, LOOKS.title);
  sheet.mergeCells(`A1:${LAST}1`);
  const headings = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((h, i) => {
    const cell = headings.getCell(i + 1);
    cell.value = h === 'Action Needed' ? instrument.headings.actionNeeded : h === 'By Whom?' ? instrument.headings.byWhom : h;
    wear(cell, LOOKS.header);
  });
  headings.height = 32;
  let row = HEADER_ROW + 1;
  for (const { benchmark } of benchmarksOf(instrument)) {
    const a = answerOf(review, benchmark.id);
    if (!hasAction(a)) continue;
    const cells = sheet.getRow(row);
    const number = cells.getCell(C.number);
    number.value = benchmark.number;
    wear(number, LOOKS.body);
    putStyledText(cells.getCell('B'), benchmark.statement);
    const rating = cells.getCell('C');
    if (a.rating) {
      rating.value = instrument.ratingLevels.find((l) => l.id === a.rating)?.label ?? '';
      wear(rating, LOOKS.rating(a.rating));
    } else wear(rating, LOOKS.body);
    putStyledText(cells.getCell(C.actionNeeded), a.actionNeeded);
    putStyledText(cells.getCell(C.byWhom), a.byWhom);
    const due = cells.getCell(C.due);
    wear(due, LOOKS.date);
    if (a.dueDate) due.value = isoToDate(a.dueDate);
    putStyledText(cells.getCell(C.status), ACTION_STATUS_LABELS[a.actionStatus]);
    putStyledText(cells.getCell(C.carried), a.carriedFrom ? 'Yes' : '');
    const late = daysOverdue(a.dueDate, a.actionStatus, content.today);
    putStyledText(cells.getCell(C.overdue), overdueLabel(late), late > 0 ? LOOKS.alert : LOOKS.body);
    row += 1;
  }
  if (row === HEADER_ROW + 1) {
    const none = sheet.getCell(`A${row}`);
    none.value = 'No actions yet: they are listed here as they are written on the section sheets.';
    wear(none, LOOKS.italic);
    sheet.mergeCells(`A${row}:${LAST}${row}`);
  }
  finishSheet(sheet, HEADER_ROW, LAST, { heading: pageHeadingOf(content) });
}
