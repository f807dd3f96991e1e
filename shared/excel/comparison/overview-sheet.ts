import type { Trends } from '../../compare/trends.ts';
import type { Workbook } from '../exceljs.ts';
import { finishSheet, type PageHeading } from '../print.ts';
import { LOOKS, putStyledText, wear } from '../styles.ts';
import { displayDate } from '../../dates.ts';
import { CHANGE_NOT_COMPARABLE, COVERAGE_LABEL, coverageText, isComparable } from '../../vocabulary/index-coverage.ts';
import { COMPARISON_SHEETS, HEADER_ROW, headingRows, indexColourScale, notComparableNotes } from './layout.ts';
import { reviewName } from '../../vocabulary/names.ts';

/** "from 42 to 58, up 16 points" (and whether that is a fair comparison), or why there is no change to tell. */
function overallChange(trends: Trends): string {
  const points = trends.overall.flatMap((p) => (p && p.index !== null ? [{ ...p, index: p.index }] : []));
  if (points.length < 2) return 'Not enough of these reviews are rated to show a change.';
  const [from, to] = [points[0]!, points[points.length - 1]!];
  const first = from.index;
  const last = to.index;
  const moved = last - first;
  const how = moved === 0 ? 'unchanged' : `${moved > 0 ? 'up' : 'down'} ${Math.abs(moved)} ${Math.abs(moved) === 1 ? 'point' : 'points'}`;
  const fair = isComparable(from) && isComparable(to);
  return `The overall index went from ${first} to ${last}: ${how}.${fair ? '' : ` ${CHANGE_NOT_COMPARABLE}`}`;
}

/**
 * The cover: the partnership, the reviews compared with their dates and overall index, each index beside how many
 * benchmarks it rests on, a warning under the table for every review with under half its benchmarks rated, and the
 * overall change.
 */
export function writeOverviewSheet(workbook: Workbook, partnership: string, trends: Trends, heading: PageHeading): void {
  const sheet = workbook.addWorksheet(COMPARISON_SHEETS.overview);
  // Narrow enough to print portrait at 100 % (print.ts counts 2.5 mm a unit): the titles wrap, the rest fits.
  sheet.columns = [{ width: 32 }, { width: 13 }, { width: 13 }, { width: 16 }];
  headingRows(
    sheet,
    `${partnership} – progress over time`,
    `${trends.columns.length} ${trends.columns.length === 1 ? 'review' : 'reviews'} compared, in date order. ${overallChange(trends)}`,
    4,
  );
  ['Review', 'Date', 'Overall index (0–100)', COVERAGE_LABEL].forEach((h, i) => {
    const cell = sheet.getCell(HEADER_ROW, 1 + i);
    cell.value = h;
    wear(cell, LOOKS.header);
  });
  sheet.getRow(HEADER_ROW).height = 32;
  let row = HEADER_ROW + 1;
  trends.columns.forEach((c, i) => {
    putStyledText(sheet.getCell(row, 1), reviewName(c.title));
    putStyledText(sheet.getCell(row, 2), displayDate(c.date));
    const point = trends.overall[i] ?? null;
    const index = sheet.getCell(row, 3);
    index.value = point?.index ?? '–';
    wear(index, point?.index == null ? LOOKS.mutedCentre : LOOKS.centreBold);
    const coverage = sheet.getCell(row, 4);
    coverage.value = point ? coverageText(point) : '–';
    wear(coverage, !point ? LOOKS.mutedCentre : isComparable(point) ? LOOKS.centre : LOOKS.alertCentre);
    row += 1;
  });
  if (trends.columns.length > 0) indexColourScale(sheet, `C${HEADER_ROW + 1}:C${row - 1}`);
  row = notComparableNotes(sheet, row, trends, 4);
  row += 1;
  const sheets = sheet.getCell(row, 1);
  sheets.value = `Inside: ${[COMPARISON_SHEETS.matrix, COMPARISON_SHEETS.trends, COMPARISON_SHEETS.factors, COMPARISON_SHEETS.register].join(', ')}.`;
  wear(sheets, LOOKS.note);
  sheet.mergeCells(row, 1, row, 4);
  finishSheet(sheet, HEADER_ROW, 'D', { heading, orientation: 'portrait' });
}
