import { benchmarksOf } from '../instrument/catalogue.ts';
import type { Instrument } from '../instrument/schema.ts';
import type { Problem } from '../result.ts';
import { ACTION_STATUS_LABELS, ActionStatus, answerOf, LIMITS, type BenchmarkAnswer } from '../model/review.ts';
import { labelOf, readText, shown, where, type CellReader } from './cells.ts';
import type { FormContent } from './content.ts';
import type { Workbook, Worksheet } from './exceljs.ts';
import { finishSheet, sectionSheetName, SHEETS } from './layout.ts';
import { fingerprint } from './meta.ts';
import { LOOKS, putStyledText, wear } from './styles.ts';
import { cellText, isoToDate } from './text.ts';

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
  const title = sheet.getCell('A1');
  title.value = 'Action plan';
  wear(title, LOOKS.title);
  sheet.mergeCells('A1:H1');
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
    const number = cells.getCell('A');
    number.value = benchmark.number;
    wear(number, LOOKS.body);
    putStyledText(cells.getCell('B'), benchmark.statement);
    const rating = cells.getCell('C');
    if (a.rating) {
      rating.value = instrument.ratingLevels.find((l) => l.id === a.rating)?.label ?? '';
      wear(rating, LOOKS.rating(a.rating));
    } else wear(rating, LOOKS.body);
    putStyledText(cells.getCell('D'), a.actionNeeded);
    putStyledText(cells.getCell('E'), a.byWhom);
    const due = cells.getCell('F');
    wear(due, LOOKS.date);
    if (a.dueDate) due.value = isoToDate(a.dueDate);
    putStyledText(cells.getCell(STATUS_COLUMN), ACTION_STATUS_LABELS[a.actionStatus]);
    putStyledText(cells.getCell('H'), a.carriedFrom ? 'Yes' : '');
    row += 1;
  }
  if (row === HEADER_ROW + 1) {
    const none = sheet.getCell(`A${row}`);
    none.value = 'No actions yet: they are listed here as they are written on the section sheets.';
    wear(none, LOOKS.italic);
    sheet.mergeCells(`A${row}:H${row}`);
  }
  finishSheet(sheet, HEADER_ROW, 'H');
}

export interface ActionPlanRead {
  statuses: Record<string, ActionStatus>;
  /** What the plan shows for each action, to warn when a person edited it here instead of on the section sheet. */
  shown: Record<string, { row: number; actionNeeded: string; byWhom: string }>;
}

/**
 * The plan is a view of the section sheets; the one thing read back from it is each action's Status, the column a
 * client updates as work gets done.
 */
export function readActionPlan(reader: CellReader, sheet: Worksheet, numbers: Map<string, string>): ActionPlanRead {
  const out: ActionPlanRead = { statuses: {}, shown: {} };
  const byLabel = new Map((Object.entries(ACTION_STATUS_LABELS) as [ActionStatus, string][]).map(([id, label]) => [label.toLowerCase(), id]));
  const last = Math.min(sheet.rowCount, 2_000);
  const quiet: CellReader = { problems: [], warnings: [] };
  for (let r = HEADER_ROW + 1; r <= last; r += 1) {
    const id = numbers.get(labelOf(sheet, `A${r}`));
    if (!id) continue;
    out.shown[id] = { row: r, actionNeeded: readText(quiet, sheet, `D${r}`, LIMITS.longText, ''), byWhom: readText(quiet, sheet, `E${r}`, LIMITS.shortText, '') };
    const text = labelOf(sheet, `${STATUS_COLUMN}${r}`);
    if (text === '') continue;
    const status = byLabel.get(text.toLowerCase()) ?? ActionStatus.safeParse(text.toLowerCase()).data;
    if (status) out.statuses[id] = status;
    else reader.problems.push({ where: where(sheet, `${STATUS_COLUMN}${r}`), message: `the status "${shown(text)}" is not one of ${Object.values(ACTION_STATUS_LABELS).join(', ')}` });
  }
  return out;
}

/** The action and owner text the plan shows, per benchmark, as a short hash. */
export function planFingerprint(rows: Record<string, { actionNeeded: string; byWhom: string }>): string {
  return fingerprint(Object.fromEntries(Object.entries(rows).map(([id, r]) => [id, [r.actionNeeded, r.byWhom]])));
}

export function exportedPlanFingerprint(answers: Record<string, BenchmarkAnswer>): string {
  const rows: Record<string, { actionNeeded: string; byWhom: string }> = {};
  for (const [id, a] of Object.entries(answers)) if (hasAction(a)) rows[id] = { actionNeeded: cellText(a.actionNeeded), byWhom: cellText(a.byWhom) };
  return planFingerprint(rows);
}

/**
 * Edits to the plan's action or owner columns are not read; say so rather than drop them silently. A plan that still
 * shows what was exported is only stale (the section sheets were edited), which is fine.
 */
export function planEditWarnings(plan: ActionPlanRead, answers: Record<string, BenchmarkAnswer>, instrument: Instrument, exported: string | undefined): Problem[] {
  const warnings: Problem[] = [];
  const shownRows = Object.fromEntries(Object.entries(plan.shown).map(([id, r]) => [id, { actionNeeded: r.actionNeeded, byWhom: r.byWhom }]));
  if (exported !== undefined && planFingerprint(shownRows) === exported) return warnings;
  for (const { section, benchmark } of benchmarksOf(instrument)) {
    const seen = plan.shown[benchmark.id];
    if (!seen) continue;
    const a = answerOf({ answers }, benchmark.id);
    const check = (column: string, planText: string, sheetText: string, heading: string) => {
      if (planText.trim() === sheetText.trim()) return;
      warnings.push({
        where: `${SHEETS.actionPlan}!${column}${seen.row}`,
        message: `edits on the Action plan are not read: change ${heading} for ${benchmark.number} on the "${sectionSheetName(section)}" sheet`,
      });
    };
    check('D', seen.actionNeeded, a.actionNeeded, instrument.headings.actionNeeded);
    check('E', seen.byWhom, a.byWhom, instrument.headings.byWhom);
  }
  return warnings;
}
