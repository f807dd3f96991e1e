import { benchmarksOf } from '../instrument/catalogue.ts';
import { PARKED_STATUS_LABELS, type ParkedItem } from '../model/workshop.ts';
import { daysOverdue } from '../compare/register.ts';
import { pageHeadingOf, type FormContent } from './content.ts';
import type { Workbook } from './exceljs.ts';
import { finishSheet } from './print.ts';
import { LOOKS, putStyledText, wear } from './styles.ts';
import { isoToDate } from './text.ts';
import { overdueLabel } from '../vocabulary/actions.ts';

/** The sheet's name and its column headings. */
const PARKING_LOT_SHEET = 'Parking lot';
const PARKING_LOT_COLUMNS = ['No.', 'Point raised', 'Owner', 'Due', 'Status', 'Overdue'] as const;
const HEADER_ROW = 2;
const LAST = 'F';

/**
 * The points the room parked in the workshop, in the order they were raised: the benchmark on screen at the time
 * (blank when raised on a divider or the closing screen), the point, its owner, due date and status. Written only
 * when something was parked, so a review never run as a workshop keeps the workbook it always had. Done items stay
 * listed (the client sees what was settled); open ones past their date are flagged as on the Action plan.
 */
export function writeParkingLotSheet(workbook: Workbook, content: FormContent, parkingLot: readonly ParkedItem[]): Workbook {
  if (content.blank || parkingLot.length === 0) return workbook;
  const numbers = new Map(benchmarksOf(content.instrument).map(({ benchmark }) => [benchmark.id, benchmark.number]));
  const sheet = workbook.addWorksheet(PARKING_LOT_SHEET);
  sheet.columns = [{ width: 6 }, { width: 48 }, { width: 18 }, { width: 12 }, { width: 9 }, { width: 14 }];
  const title = sheet.getCell('A1');
  title.value = `Parking lot · ${parkingLot.length} ${parkingLot.length === 1 ? 'point' : 'points'} parked in the workshop`;
  wear(title, LOOKS.title);
  sheet.mergeCells(`A1:${LAST}1`);
  const headings = sheet.getRow(HEADER_ROW);
  PARKING_LOT_COLUMNS.forEach((h, i) => {
    const cell = headings.getCell(i + 1);
    cell.value = h;
    wear(cell, LOOKS.header);
  });
  let row = HEADER_ROW + 1;
  for (const item of parkingLot) {
    const cells = sheet.getRow(row);
    putStyledText(cells.getCell(1), item.benchmarkId ? (numbers.get(item.benchmarkId) ?? '') : '');
    putStyledText(cells.getCell(2), item.text);
    putStyledText(cells.getCell(3), item.owner);
    const due = cells.getCell(4);
    wear(due, LOOKS.date);
    if (item.dueDate) due.value = isoToDate(item.dueDate);
    putStyledText(cells.getCell(5), PARKED_STATUS_LABELS[item.status]);
    const late = item.status === 'open' ? daysOverdue(item.dueDate, 'open', content.today) : 0;
    putStyledText(cells.getCell(6), overdueLabel(late), late > 0 ? LOOKS.alert : LOOKS.body);
    row += 1;
  }
  finishSheet(sheet, HEADER_ROW, LAST, { heading: pageHeadingOf(content) });
  return workbook;
}
