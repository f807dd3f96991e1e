import { CHANGE_ARROWS, CHANGE_LABELS } from '../../compare/change.ts';
import type { Comparison, ComparisonCell } from '../../compare/compare.ts';
import type { RatingLevel } from '../../instrument/schema.ts';
import type { Cell, Workbook } from '../exceljs.ts';
import { finishSheet, type PageHeading } from '../print.ts';
import { TAB } from '../palette.ts';
import { LOOKS, putStyledText, wear } from '../styles.ts';
import { COMPARISON_SHEETS, fitHeadingRow, HEADER_ROW, headingRows, letterOf, noteRow, reviewHeading } from './layout.ts';
import { CHANGE_ORDER } from '../../vocabulary/changes.ts';
import { consensusChange, consensusText, type ConsensusPoint, type ConsensusTrends } from '../../compare/consensus.ts';

/** Heads the rows of mean consensus per section under the benchmarks. */
export const CONSENSUS_BAND = 'Consensus among respondents (mean per section, 100 % = all agree)';

/** "↑ 72%": the respondents' mean consensus and how it moved since the previous review; "—" with no respondents. */
export function consensusCellText(previous: ConsensusPoint | null | undefined, current: ConsensusPoint | null): string {
  if (!current) return NOT_IN_FORM;
  const arrow = CHANGE_ARROWS[consensusChange(previous?.consensus, current.consensus)];
  return arrow ? `${arrow} ${consensusText(current.consensus)}` : consensusText(current.consensus);
}

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
export function writeMatrixSheet(
  workbook: Workbook,
  title: string,
  comparison: Comparison,
  levels: readonly RatingLevel[],
  heading: PageHeading,
  consensus: ConsensusTrends,
): void {
  const sheet = workbook.addWorksheet(COMPARISON_SHEETS.matrix, { properties: { tabColor: { argb: TAB } } });
  const last = 2 + comparison.columns.length;
  sheet.columns = [{ width: 5 }, { width: 40 }, ...comparison.columns.map(() => ({ width: 18 }))];
  const key = CHANGE_ORDER.map((k) => `${CHANGE_ARROWS[k]} ${CHANGE_LABELS[k]}`).join('   ');
  headingRows(sheet, title, `Each rating with its change from the previous review: ${key}.`, last);

  const headed = (column: number, text: string, style = LOOKS.header) => {
    const cell = sheet.getCell(HEADER_ROW, column);
    cell.value = text;
    wear(cell, style);
  };
  headed(1, 'No.');
  headed(2, 'Benchmark');
  comparison.columns.forEach((c, i) => headed(3 + i, reviewHeading(c)));
  fitHeadingRow(sheet, HEADER_ROW, 36);

  let row = HEADER_ROW + 1;
  for (const section of comparison.sections) {
    const band = sheet.getCell(row, 1);
    band.value = `${section.number} ${section.title}`;
    wear(band, LOOKS.sectionHeader);
    sheet.mergeCells(row, 1, row, last);
    row += 1;
    for (const r of section.rows) {
      putStyledText(sheet.getCell(row, 1), r.number);
      putStyledText(sheet.getCell(row, 2), r.statement);
      r.cells.forEach((c, i) => fillRating(sheet.getCell(row, 3 + i), c, levels));
      row += 1;
    }
  }

  const band = sheet.getCell(row, 1);
  band.value = CONSENSUS_BAND;
  wear(band, LOOKS.sectionHeader);
  sheet.mergeCells(row, 1, row, last);
  row += 1;
  const consensusRow = (number: string, name: string, points: (ConsensusPoint | null)[], bold: boolean) => {
    putStyledText(sheet.getCell(row, 1), number, bold ? LOOKS.bodyBold : LOOKS.body);
    putStyledText(sheet.getCell(row, 2), name, bold ? LOOKS.bodyBold : LOOKS.body);
    points.forEach((p, i) => {
      const text = consensusCellText(i > 0 ? points[i - 1] : undefined, p);
      putStyledText(sheet.getCell(row, 3 + i), text, p?.consensus == null ? LOOKS.mutedCentre : bold ? LOOKS.centreBold : LOOKS.centre);
    });
    row += 1;
  };
  for (const s of consensus.sections) consensusRow(String(s.number), s.title, s.points, false);
  consensusRow('', 'All sections', consensus.overall, true);

  if (comparison.partial.length > 0) {
    row += 1;
    const names = new Map(comparison.columns.map((c) => [c.reviewId, reviewHeading(c).replace('\n', ', ')]));
    noteRow(sheet, row, 'Benchmarks that only some of these reviews’ form versions have (compared only where the forms share them):', last);
    row += 1;
    for (const p of comparison.partial) {
      putStyledText(sheet.getCell(row, 2), `${p.number} ${p.statement} — not in: ${p.missingFrom.map((id) => names.get(id)).join('; ')}`);
      sheet.mergeCells(row, 2, row, last);
      row += 1;
    }
  }
  finishSheet(sheet, HEADER_ROW, letterOf(sheet, last), { heading });
}

function fillRating(cell: Cell, c: ComparisonCell, levels: readonly RatingLevel[]): void {
  if (!c.rating) wear(cell, LOOKS.mutedCentre);
  else if (c.change === 'up' || c.change === 'down') wear(cell, LOOKS.movedRating(c.rating));
  else wear(cell, LOOKS.keptRating(c.rating));
  const text = matrixCellText(c, levels);
  if (text !== '') cell.value = text;
}
