import type { FactorChange, FactorState, FactorsOverTime } from '../../compare/factors.ts';
import type { Workbook } from '../exceljs.ts';
import { bodyCell, finishSheet, headerCell } from '../layout.ts';
import { CROSS, TICK } from '../text.ts';
import { ALERT, ALERT_FILL, COMPARISON_SHEETS, HEADER_ROW, headingRows, letterOf, MUTED, reviewHeading, SECTION_FILL } from './layout.ts';
import { FACTOR_KEY } from '../../vocabulary/factors.ts';

const STATE_TEXT: Record<FactorState, string> = { tick: TICK, cross: CROSS, unanswered: '', absent: 'not in this form' };
const CHANGE_TEXT: Record<Exclude<FactorChange, null>, string> = { appeared: 'newly appeared', resolved: 'resolved', still: 'still there' };
const RESOLVED_FILL = 'FFC8E6D2';
const RESOLVED_INK = 'FF17663A';

export function factorCellText(state: FactorState, change: FactorChange): string {
  const mark = STATE_TEXT[state];
  return change && change !== 'still' ? `${mark} ${CHANGE_TEXT[change]}` : mark;
}

/** Typical factors down, reviews across: ✓ needs addressing, ✗ does not; newly appeared and resolved are called out. */
export function writeFactorsSheet(workbook: Workbook, title: string, factors: FactorsOverTime): void {
  const sheet = workbook.addWorksheet(COMPARISON_SHEETS.factors);
  const last = 1 + factors.columns.length;
  sheet.columns = [{ width: 60 }, ...factors.columns.map(() => ({ width: 20 }))];
  headingRows(sheet, title, FACTOR_KEY, last);
  headerCell(sheet.getCell(HEADER_ROW, 1), 'Typical factor');
  factors.columns.forEach((c, i) => headerCell(sheet.getCell(HEADER_ROW, 2 + i), reviewHeading(c)));
  sheet.getRow(HEADER_ROW).height = 36;

  let row = HEADER_ROW + 1;
  for (const section of factors.sections) {
    const heading = sheet.getCell(row, 1);
    heading.value = `${section.number} ${section.title}`;
    heading.font = { bold: true };
    heading.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SECTION_FILL } };
    sheet.mergeCells(row, 1, row, last);
    row += 1;
    for (const f of section.factors) {
      sheet.getCell(row, 1).value = f.text;
      bodyCell(sheet.getCell(row, 1));
      f.states.forEach((state, i) => {
        const cell = sheet.getCell(row, 2 + i);
        bodyCell(cell, { centre: true });
        const change = f.changes[i] ?? null;
        const text = factorCellText(state, change);
        if (text !== '') cell.value = text;
        if (state === 'absent') cell.font = { italic: true, color: { argb: MUTED } };
        if (change === 'appeared') {
          cell.font = { bold: true, color: { argb: ALERT } };
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ALERT_FILL } };
        }
        if (change === 'resolved') {
          cell.font = { bold: true, color: { argb: RESOLVED_INK } };
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: RESOLVED_FILL } };
        }
      });
      row += 1;
    }
  }
  finishSheet(sheet, HEADER_ROW, letterOf(sheet, last));
}
