import type { Trends } from '../../compare/trends.ts';
import { displayDate } from '../../dates.ts';
import { isComparable, notComparableNote } from '../../vocabulary/index-coverage.ts';
import type { Worksheet } from '../exceljs.ts';
import { ALERT_FILL, levelFill, RESOLVED_FILL } from '../palette.ts';
import { wrappedRowHeight } from '../print.ts';
import { LOOKS, wear } from '../styles.ts';
import { cellText } from '../text.ts';
import { reviewName } from '../../vocabulary/names.ts';

/** Sheet names of the comparison workbook; tests and the command line read them from here. */
export const COMPARISON_SHEETS = {
  overview: 'Overview',
  matrix: 'Benchmarks over time',
  trends: 'Section trends',
  factors: 'Factors over time',
  register: 'Action register',
} as const;

/** Row of the column headings on every comparison sheet; the title and a note sit above it. */
export const HEADER_ROW = 3;

/** The heading of a review's column: its title over its date, so two reviews with one title still differ. */
export function reviewHeading(review: { title: string; date: string }): string {
  return `${reviewName(cellText(review.title))}\n${displayDate(review.date)}`;
}

/**
 * The column headings' row, tall enough for the longest heading (a long review title wraps over several lines above
 * its date); headings are bold, so each is counted in a little less than its column's width.
 */
export function fitHeadingRow(sheet: Worksheet, row: number, least: number): void {
  let height = least;
  sheet.getRow(row).eachCell((cell, col) => {
    if (typeof cell.value === 'string') height = Math.max(height, wrappedRowHeight(cell.value, (sheet.getColumn(col).width ?? 9) * 0.9));
  });
  sheet.getRow(row).height = height;
}

/** A line of explanation under a sheet's title, merged across the sheet. */
export function noteRow(sheet: Worksheet, row: number, text: string, lastColumn: number): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  wear(cell, LOOKS.note);
  sheet.mergeCells(row, 1, row, lastColumn);
  // Tall enough for the whole note across the merged columns (a printed page shows no more than the row's height).
  let width = 0;
  for (let c = 1; c <= lastColumn; c += 1) width += sheet.getColumn(c).width ?? 9;
  sheet.getRow(row).height = Math.max(32, wrappedRowHeight(text, width));
}

/**
 * From `row` down, one warning per review whose overall index rests on under half its benchmarks, in the comparison
 * screen's words, each merged across the sheet; returns the row after them.
 */
export function notComparableNotes(sheet: Worksheet, row: number, trends: Trends, lastColumn: number): number {
  let next = row;
  trends.columns.forEach((c, i) => {
    const point = trends.overall[i];
    if (!point || isComparable(point)) return;
    const cell = sheet.getCell(next, 1);
    cell.value = notComparableNote(cellText(c.title), point);
    wear(cell, LOOKS.alert);
    sheet.mergeCells(next, 1, next, lastColumn);
    next += 1;
  });
  return next;
}

/** Every comparison sheet opens the same way: its title, then a line saying how to read it. */
export function headingRows(sheet: Worksheet, title: string, note: string, lastColumn: number): void {
  const cell = sheet.getCell(1, 1);
  cell.value = title;
  wear(cell, LOOKS.title);
  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.getRow(1).height = 26;
  noteRow(sheet, 2, note, lastColumn);
}

/**
 * The trend drawn in the cells: each index (0–100) coloured on one fixed scale, red at 0 through amber at 50 to green
 * at 100, the level palette's colours. A colour scale rather than data bars because it prints in Excel and LibreOffice
 * alike (LibreOffice draws Excel's data bars differently), reads the same in every row (fixed 0–100, not each row's
 * own minimum and maximum) and keeps the number legible; ExcelJS cannot write charts.
 */
export function indexColourScale(sheet: Worksheet, ref: string): void {
  sheet.addConditionalFormatting({
    ref,
    rules: [
      {
        type: 'colorScale',
        priority: 1,
        cfvo: [
          { type: 'num', value: 0 },
          { type: 'num', value: 50 },
          { type: 'num', value: 100 },
        ],
        color: [{ argb: ALERT_FILL }, { argb: levelFill('no-action-in-hand') }, { argb: RESOLVED_FILL }],
      },
    ],
  });
}

export function letterOf(sheet: Worksheet, column: number): string {
  return sheet.getColumn(column).letter;
}
