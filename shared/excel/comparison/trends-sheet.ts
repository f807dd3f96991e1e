import type { TrendPoint, Trends } from '../../compare/trends.ts';
import type { ConsensusPoint, ConsensusTrends } from '../../compare/consensus.ts';
import { NO_CONSENSUS } from '../../compare/consensus.ts';
import type { RatingLevel } from '../../instrument/schema.ts';
import type { Workbook } from '../exceljs.ts';
import { finishSheet, type PageHeading } from '../print.ts';
import { LOOKS, wear, type Look } from '../styles.ts';
import {
  COMPARISON_SHEETS,
  fitHeadingRow,
  HEADER_ROW,
  headingRows,
  indexColourScale,
  letterOf,
  notComparableNotes,
  reviewHeading,
} from './layout.ts';
import { INDEX_LABEL, INDEX_RULE } from '../../vocabulary/index-rule.ts';
import { COVERAGE_LABEL, coverageText, isComparable } from '../../vocabulary/index-coverage.ts';

export const NOT_RATED_LABEL = 'Not rated';
/** Heads the block of consensus rows, below the sections' index and counts. */
export const CONSENSUS_BLOCK_LABEL = 'Consensus among respondents';
export const NOT_IN_THIS_FORM = 'not in this form';

/**
 * Per section: the index and how many benchmarks it rests on, then how many benchmarks sat at each level, for every
 * review in date order; under the table, a warning for each review whose index is not comparable.
 */
export function writeTrendsSheet(
  workbook: Workbook,
  title: string,
  trends: Trends,
  levels: readonly RatingLevel[],
  heading: PageHeading,
  consensus: ConsensusTrends,
): void {
  const sheet = workbook.addWorksheet(COMPARISON_SHEETS.trends);
  const last = 2 + trends.columns.length;
  sheet.columns = [{ width: 22 }, { width: 24 }, ...trends.columns.map(() => ({ width: 14 }))];
  headingRows(sheet, title, INDEX_RULE, last);
  const headed = (column: number, text: string) => {
    const cell = sheet.getCell(HEADER_ROW, column);
    cell.value = text;
    wear(cell, LOOKS.header);
  };
  headed(1, 'Section');
  headed(2, 'Measure');
  trends.columns.forEach((c, i) => headed(3 + i, reviewHeading(c)));
  fitHeadingRow(sheet, HEADER_ROW, 36);

  let row = HEADER_ROW + 1;
  const indexRows: number[] = [];
  /** "12 of 21 rated" under each index; on the overall row, flagged where the review's index is not comparable. */
  const coverageRow = (points: (TrendPoint | null)[], overall: boolean) => {
    const labelCell = sheet.getCell(row, 2);
    labelCell.value = COVERAGE_LABEL;
    wear(labelCell, LOOKS.body);
    points.forEach((p, i) => {
      const cell = sheet.getCell(row, 3 + i);
      cell.value = p ? coverageText(p) : NOT_IN_THIS_FORM;
      wear(cell, !p ? LOOKS.mutedCentre : overall && !isComparable(p) ? LOOKS.alertCentre : LOOKS.centre);
    });
    row += 1;
  };
  const block = (name: string, points: (TrendPoint | null)[], overall = false) => {
    const first = row;
    /** The index row is bold throughout; a count row shows a gap in muted italics. */
    const measure = (label: string, labelLook: Look, value: (p: TrendPoint) => number | null, bold = false) => {
      const labelCell = sheet.getCell(row, 2);
      labelCell.value = label;
      wear(labelCell, labelLook);
      points.forEach((p, i) => {
        const cell = sheet.getCell(row, 3 + i);
        const v = p ? value(p) : null;
        cell.value = v ?? (p ? '–' : NOT_IN_THIS_FORM);
        wear(cell, bold ? LOOKS.centreBold : v === null ? LOOKS.mutedCentre : LOOKS.centre);
      });
      row += 1;
    };
    indexRows.push(row);
    measure(INDEX_LABEL, LOOKS.bodyBold, (p) => p.index, true);
    coverageRow(points, overall);
    for (const level of levels) measure(level.label, LOOKS.levelLabel(level.id), (p) => p.counts[level.id]);
    measure(NOT_RATED_LABEL, LOOKS.body, (p) => p.missing);
    const nameCell = sheet.getCell(first, 1);
    nameCell.value = name;
    wear(nameCell, LOOKS.sectionName);
    sheet.mergeCells(first, 1, row - 1, 1);
  };
  for (const s of trends.sections) block(`${s.number} ${s.title}`, s.points);
  block('All sections', trends.overall, true);

  // The respondents' mean consensus per section (0–100 %); "—" for a review without respondents, never 0.
  const consensusFirst = row;
  const consensusRow = (label: string, points: (ConsensusPoint | null)[], bold: boolean) => {
    const labelCell = sheet.getCell(row, 2);
    labelCell.value = label;
    wear(labelCell, bold ? LOOKS.bodyBold : LOOKS.body);
    points.forEach((p, i) => {
      const cell = sheet.getCell(row, 3 + i);
      if (p?.consensus === null || p?.consensus === undefined) {
        cell.value = p ? NO_CONSENSUS : NOT_IN_THIS_FORM;
        wear(cell, LOOKS.mutedCentre);
      } else {
        cell.value = p.consensus;
        wear(cell, bold ? LOOKS.percentBold : LOOKS.percent);
      }
    });
    row += 1;
  };
  for (const s of consensus.sections) consensusRow(`${s.number} ${s.title}`, s.points, false);
  consensusRow('All sections', consensus.overall, true);
  const consensusName = sheet.getCell(consensusFirst, 1);
  consensusName.value = CONSENSUS_BLOCK_LABEL;
  wear(consensusName, LOOKS.sectionName);
  sheet.mergeCells(consensusFirst, 1, row - 1, 1);
  for (const r of indexRows) indexColourScale(sheet, `${letterOf(sheet, 3)}${r}:${letterOf(sheet, last)}${r}`);
  notComparableNotes(sheet, row + 1, trends, last);
  finishSheet(sheet, HEADER_ROW, letterOf(sheet, last), { heading });
}
