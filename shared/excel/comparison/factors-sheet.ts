import type { FactorChange, FactorState, FactorsOverTime } from '../../compare/factors.ts';
import type { Workbook } from '../exceljs.ts';
import { finishSheet, type PageHeading } from '../print.ts';
import { LOOKS, putStyledText, wear } from '../styles.ts';
import { CROSS, TICK } from '../text.ts';
import { COMPARISON_SHEETS, fitHeadingRow, HEADER_ROW, headingRows, letterOf, reviewHeading } from './layout.ts';
import { FACTOR_KEY } from '../../vocabulary/factors.ts';

const STATE_TEXT: Record<FactorState, string> = { tick: TICK, cross: CROSS, unanswered: '', absent: 'not in this form' };
const CHANGE_TEXT: Record<Exclude<FactorChange, null>, string> = { appeared: 'newly appeared', resolved: 'resolved', still: 'still there' };

export function factorCellText(state: FactorState, change: FactorChange): string {
  const mark = STATE_TEXT[state];
  return change && change !== 'still' ? `${mark} ${CHANGE_TEXT[change]}` : mark;
}

/** Typical factors down, reviews across: ✓ needs addressing, ✗ does not; newly appeared and resolved are called out. */
export function writeFactorsSheet(workbook: Workbook, title: string, factors: FactorsOverTime, heading: PageHeading): void {
  const sheet = workbook.addWorksheet(COMPARISON_SHEETS.factors);
  const last = 1 + factors.columns.length;
  sheet.columns = [{ width: 50 }, ...factors.columns.map(() => ({ width: 16 }))];
  headingRows(sheet, title, FACTOR_KEY, last);
  const headed = (column: number, text: string) => {
    const cell = sheet.getCell(HEADER_ROW, column);
    cell.value = text;
    wear(cell, LOOKS.header);
  };
  headed(1, 'Typical factor');
  factors.columns.forEach((c, i) => headed(2 + i, reviewHeading(c)));
  fitHeadingRow(sheet, HEADER_ROW, 36);

  let row = HEADER_ROW + 1;
  for (const section of factors.sections) {
    const band = sheet.getCell(row, 1);
    band.value = `${section.number} ${section.title}`;
    wear(band, LOOKS.sectionBand);
    sheet.mergeCells(row, 1, row, last);
    row += 1;
    for (const f of section.factors) {
      putStyledText(sheet.getCell(row, 1), f.text);
      f.states.forEach((state, i) => {
        const cell = sheet.getCell(row, 2 + i);
        const change = f.changes[i] ?? null;
        wear(
          cell,
          change === 'appeared'
            ? LOOKS.alertCentre
            : change === 'resolved'
              ? LOOKS.resolvedCentre
              : state === 'absent'
                ? LOOKS.mutedCentre
                : LOOKS.centre,
        );
        const text = factorCellText(state, change);
        if (text !== '') cell.value = text;
      });
      row += 1;
    }
  }
  finishSheet(sheet, HEADER_ROW, letterOf(sheet, last), { heading });
}
