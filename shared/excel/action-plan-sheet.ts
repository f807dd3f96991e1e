import { benchmarksOf } from '../instrument/catalogue.ts';
import { ACTION_STATUS_LABELS, ActionStatus, answerOf, type BenchmarkAnswer } from '../model/review.ts';
import { labelOf, shown, where, type CellReader } from './cells.ts';
import type { FormContent } from './content.ts';
import type { Workbook, Worksheet } from './exceljs.ts';
import { bodyCell, finishSheet, headerCell, levelFill, putText, SHEETS, titleCell } from './layout.ts';
import { isoToDate } from './text.ts';

const HEADER_ROW = 2;
const COLUMNS = ['No.', 'Benchmark', 'Rating', 'Action Needed', 'By Whom?', 'Due date', 'Status', 'Carried forward'] as const;
const STATUS_COLUMN = 'G';

/** A benchmark belongs on the plan once anyone has written, owned, dated or progressed an action for it. */
export function hasAction(a: BenchmarkAnswer): boolean {
  return a.actionNeeded.trim() !== '' || a.byWhom.trim() !== '' || a.dueDate !== null || a.actionStatus !== 'open' || a.carriedFrom !== null;
}

export function writeActionPlanSheet(workbook: Workbook, content: FormContent): void {
  const { instrument, review } = content;
  const sheet = workbook.addWorksheet(SHEETS.actionPlan);
  sheet.columns = [{ width: 6 }, { width: 44 }, { width: 16 }, { width: 40 }, { width: 18 }, { width: 12 }, { width: 13 }, { width: 11 }];
  titleCell(sheet.getCell('A1'), 'Action plan');
  sheet.mergeCells('A1:H1');
  COLUMNS.forEach((h, i) => headerCell(sheet.getCell(HEADER_ROW, i + 1), h === 'Action Needed' ? instrument.headings.actionNeeded : h === 'By Whom?' ? instrument.headings.byWhom : h));
  let row = HEADER_ROW + 1;
  for (const { benchmark } of benchmarksOf(instrument)) {
    const a = answerOf(review, benchmark.id);
    if (!hasAction(a)) continue;
    sheet.getCell(`A${row}`).value = benchmark.number;
    putText(sheet.getCell(`B${row}`), benchmark.statement);
    const rating = sheet.getCell(`C${row}`);
    bodyCell(rating);
    if (a.rating) {
      rating.value = instrument.ratingLevels.find((l) => l.id === a.rating)?.label ?? '';
      rating.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: levelFill(a.rating) } };
    }
    putText(sheet.getCell(`D${row}`), a.actionNeeded);
    putText(sheet.getCell(`E${row}`), a.byWhom);
    const due = sheet.getCell(`F${row}`);
    bodyCell(due, { date: true });
    if (a.dueDate) due.value = isoToDate(a.dueDate);
    putText(sheet.getCell(`${STATUS_COLUMN}${row}`), ACTION_STATUS_LABELS[a.actionStatus]);
    putText(sheet.getCell(`H${row}`), a.carriedFrom ? 'Yes' : '');
    bodyCell(sheet.getCell(`A${row}`));
    row += 1;
  }
  if (row === HEADER_ROW + 1) {
    sheet.getCell(`A${row}`).value = 'No actions yet: they are listed here as they are written on the section sheets.';
    sheet.getCell(`A${row}`).font = { italic: true };
    sheet.mergeCells(`A${row}:H${row}`);
  }
  finishSheet(sheet, HEADER_ROW, 'H');
}

/**
 * The plan is a view of the section sheets; the one thing read back from it is each action's Status, the column a
 * client updates as work gets done.
 */
export function readActionStatuses(reader: CellReader, sheet: Worksheet, numbers: Map<string, string>): Record<string, ActionStatus> {
  const out: Record<string, ActionStatus> = {};
  const byLabel = new Map((Object.entries(ACTION_STATUS_LABELS) as [ActionStatus, string][]).map(([id, label]) => [label.toLowerCase(), id]));
  const last = Math.min(sheet.rowCount, 2_000);
  for (let r = HEADER_ROW + 1; r <= last; r += 1) {
    const id = numbers.get(labelOf(sheet, `A${r}`));
    if (!id) continue;
    const text = labelOf(sheet, `${STATUS_COLUMN}${r}`);
    if (text === '') continue;
    const status = byLabel.get(text.toLowerCase()) ?? (ActionStatus.safeParse(text.toLowerCase()).data);
    if (status) out[id] = status;
    else reader.problems.push({ where: where(sheet, `${STATUS_COLUMN}${r}`), message: `the status "${shown(text)}" is not one of ${Object.values(ACTION_STATUS_LABELS).join(', ')}` });
  }
  return out;
}
