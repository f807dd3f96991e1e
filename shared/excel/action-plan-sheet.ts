import { benchmarksOf } from '../instrument/catalogue.ts';
import { ACTION_STATUS_LABELS, answerOf } from '../model/review.ts';
import { ACTION_PLAN_COLUMNS as COLUMNS, ACTION_PLAN_HEADER_ROW as HEADER_ROW, ACTION_PLAN_LAST_COLUMN as LAST, hasAction, PLAN_COLUMNS as C } from './action-plan-layout.ts';
import type { FormContent } from './content.ts';
import type { Workbook } from './exceljs.ts';
import { finishSheet, SHEETS } from './layout.ts';
import { LOOKS, putStyledText, wear } from './styles.ts';
import { isoToDate } from './text.ts';

export function writeActionPlanSheet(workbook: Workbook, content: FormContent): void {
  const { instrument, review } = content;
  const sheet = workbook.addWorksheet(SHEETS.actionPlan);
  sheet.columns = [{ width: 6 }, { width: 44 }, { width: 16 }, { width: 40 }, { width: 18 }, { width: 12 }, { width: 13 }, { width: 11 }];
  const title = sheet.getCell('A1');
  title.value = 'Action plan';
  wear(title, LOOKS.title);
  sheet.mergeCells(`A1:${LAST}1`);
  const headings = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((h, i) => {
    const cell = headings.getCell(i + 1);
    cell.value = h === 'Action Needed' ? instrument.headings.actionNeeded : h === 'By Whom?' ? instrument.headings.byWhom : h;
    wear(cell, LOOKS.header);
  });
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
    const due = cells.getCell('F');
    wear(due, LOOKS.date);
    if (a.dueDate) due.value = isoToDate(a.dueDate);
    putStyledText(cells.getCell(C.status), ACTION_STATUS_LABELS[a.actionStatus]);
    putStyledText(cells.getCell('H'), a.carriedFrom ? 'Yes' : '');
    row += 1;
  }
  if (row === HEADER_ROW + 1) {
    const none = sheet.getCell(`A${row}`);
    none.value = 'No actions yet: they are listed here as they are written on the section sheets.';
    wear(none, LOOKS.italic);
    sheet.mergeCells(`A${row}:${LAST}${row}`);
  }
  finishSheet(sheet, HEADER_ROW, LAST);
}
