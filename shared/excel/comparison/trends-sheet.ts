import type { TrendPoint, Trends } from '../../compare/trends.ts';
import type { RatingLevel } from '../../instrument/schema.ts';
import type { Workbook } from '../exceljs.ts';
import { bodyCell, finishSheet, headerCell, levelFill, levelInk } from '../layout.ts';
import { COMPARISON_SHEETS, HEADER_ROW, headingRows, letterOf, MUTED, reviewHeading, SECTION_FILL } from './layout.ts';
import { INDEX_LABEL, INDEX_RULE } from '../../vocabulary/index-rule.ts';

export const NOT_RATED_LABEL = 'Not rated';

/** Per section: the index, then how many benchmarks sat at each level, for every review in date order. */
export function writeTrendsSheet(workbook: Workbook, title: string, trends: Trends, levels: readonly RatingLevel[]): void {
  const sheet = workbook.addWorksheet(COMPARISON_SHEETS.trends);
  const last = 2 + trends.columns.length;
  sheet.columns = [{ width: 30 }, { width: 28 }, ...trends.columns.map(() => ({ width: 18 }))];
  headingRows(sheet, title, INDEX_RULE, last);
  headerCell(sheet.getCell(HEADER_ROW, 1), 'Section');
  headerCell(sheet.getCell(HEADER_ROW, 2), 'Measure');
  trends.columns.forEach((c, i) => headerCell(sheet.getCell(HEADER_ROW, 3 + i), reviewHeading(c)));
  sheet.getRow(HEADER_ROW).height = 36;

  let row = HEADER_ROW + 1;
  const block = (name: string, points: (TrendPoint | null)[]) => {
    const first = row;
    const measure = (label: string, value: (p: TrendPoint) => number | null, style?: (col: number) => void) => {
      const labelCell = sheet.getCell(row, 2);
      labelCell.value = label;
      bodyCell(labelCell);
      points.forEach((p, i) => {
        const cell = sheet.getCell(row, 3 + i);
        bodyCell(cell, { centre: true });
        const v = p ? value(p) : null;
        if (v !== null) cell.value = v;
        else {
          cell.value = p ? '–' : 'not in this form';
          cell.font = { italic: true, color: { argb: MUTED } };
        }
        style?.(3 + i);
      });
      row += 1;
    };
    measure(INDEX_LABEL, (p) => p.index, (col) => (sheet.getCell(row, col).font = { bold: true }));
    sheet.getCell(row - 1, 2).font = { bold: true };
    for (const level of levels) {
      measure(level.label, (p) => p.counts[level.id]);
      const labelCell = sheet.getCell(row - 1, 2);
      labelCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: levelFill(level.id) } };
      labelCell.font = { color: { argb: levelInk(level.id) } };
    }
    measure(NOT_RATED_LABEL, (p) => p.missing);
    const nameCell = sheet.getCell(first, 1);
    nameCell.value = name;
    nameCell.font = { bold: true };
    nameCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SECTION_FILL } };
    nameCell.alignment = { vertical: 'top', wrapText: true };
    sheet.mergeCells(first, 1, row - 1, 1);
  };
  for (const s of trends.sections) block(`${s.number} ${s.title}`, s.points);
  block('All sections', trends.overall);
  finishSheet(sheet, HEADER_ROW, letterOf(sheet, last));
}
