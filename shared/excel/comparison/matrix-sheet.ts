import { CHANGE_ARROWS, CHANGE_LABELS } from '../../compare/change.ts';
import type { Comparison, ComparisonCell } from '../../compare/compare.ts';
import type { RatingLevel } from '../../instrument/schema.ts';
import type { Cell, Workbook } from '../exceljs.ts';
import { bodyCell, finishSheet, headerCell, levelFill, levelInk } from '../layout.ts';
import { COMPARISON_SHEETS, HEADER_ROW, headingRows, letterOf, MUTED, noteRow, reviewHeading, SECTION_FILL } from './layout.ts';
import { CHANGE_ORDER } from '../../vocabulary/changes.ts';

export const NOT_IN_FORM = 'not in this form version';
export const NOT_RATED = 'not rated';

/** "↑ YES - but needs improving": the arrow says how it moved since the previous column, the label what it is now. */
export function matrixCellText(cell: ComparisonCell, levels: readonly RatingLevel[]): string {
  if (!cell.inForm) return NOT_IN_FORM;
  const label = cell.rating ? (levels.find((l) => l.id === cell.rating)?.label ?? cell.rating) : cell.change === 'gone' ? NOT_RATED : '';
  const arrow = CHANGE_ARROWS[cell.change];
  return arrow ? `${arrow} ${label}`.trim() : label;
}

/** Benchmarks down, reviews across in date order, each cell in its level's colour. */
export function writeMatrixSheet(workbook: Workbook, title: string, comparison: Comparison, levels: readonly RatingLevel[]): void {
  const sheet = workbook.addWorksheet(COMPARISON_SHEETS.matrix, { properties: { tabColor: { argb: 'FF3B5B7A' } } });
  const last = 2 + comparison.columns.length;
  sheet.columns = [{ width: 6 }, { width: 50 }, ...comparison.columns.map(() => ({ width: 22 }))];
  const key = CHANGE_ORDER.map((k) => `${CHANGE_ARROWS[k]} ${CHANGE_LABELS[k]}`).join('   ');
  headingRows(sheet, title, `Each rating with its change from the previous review: ${key}.`, last);

  headerCell(sheet.getCell(HEADER_ROW, 1), 'No.');
  headerCell(sheet.getCell(HEADER_ROW, 2), 'Benchmark');
  comparison.columns.forEach((c, i) => headerCell(sheet.getCell(HEADER_ROW, 3 + i), reviewHeading(c)));
  sheet.getRow(HEADER_ROW).height = 36;

  let row = HEADER_ROW + 1;
  for (const section of comparison.sections) {
    const heading = sheet.getCell(row, 1);
    headerCell(heading, `${section.number} ${section.title}`, SECTION_FILL);
    heading.alignment = { horizontal: 'left', vertical: 'middle' };
    sheet.mergeCells(row, 1, row, last);
    row += 1;
    for (const r of section.rows) {
      sheet.getCell(row, 1).value = r.number;
      bodyCell(sheet.getCell(row, 1));
      sheet.getCell(row, 2).value = r.statement;
      bodyCell(sheet.getCell(row, 2));
      r.cells.forEach((c, i) => fillRating(sheet.getCell(row, 3 + i), c, levels));
      row += 1;
    }
  }

  if (comparison.partial.length > 0) {
    row += 1;
    const names = new Map(comparison.columns.map((c) => [c.reviewId, reviewHeading(c).replace('\n', ', ')]));
    noteRow(sheet, row, 'Benchmarks that only some of these reviews’ form versions have (compared only where the forms share them):', last);
    row += 1;
    for (const p of comparison.partial) {
      const cell = sheet.getCell(row, 2);
      cell.value = `${p.number} ${p.statement} — not in: ${p.missingFrom.map((id) => names.get(id)).join('; ')}`;
      bodyCell(cell);
      sheet.mergeCells(row, 2, row, last);
      row += 1;
    }
  }
  finishSheet(sheet, HEADER_ROW, letterOf(sheet, last));
}

function fillRating(cell: Cell, c: ComparisonCell, levels: readonly RatingLevel[]): void {
  bodyCell(cell, { centre: true });
  const text = matrixCellText(c, levels);
  if (text !== '') cell.value = text;
  if (c.rating) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: levelFill(c.rating) } };
    cell.font = { bold: c.change === 'up' || c.change === 'down', color: { argb: levelInk(c.rating) } };
  } else {
    cell.font = { italic: true, color: { argb: MUTED } };
  }
}
