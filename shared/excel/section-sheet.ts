import type { Section } from '../instrument/schema.ts';
import { answerOf, factorsOf } from '../model/review.ts';
import type { FormContent } from './content.ts';
import type { Workbook } from './exceljs.ts';
import {
  bodyCell,
  DUE_DATE_HEADING,
  FACTOR_MARK_HEADING,
  finishSheet,
  headerCell,
  labelCell,
  levelFill,
  levelInk,
  NOTES_LABEL,
  putText,
  SECTION_COLUMNS as C,
  SECTION_HEADER_ROW,
  SECTION_LAST_COLUMN,
  sectionSheetName,
  titleCell,
} from './layout.ts';
import { CROSS, isoToDate, TICK } from './text.ts';

/** One sheet per section, laid out like the paper form: benchmark rows, then the typical factors, then notes. */
export function writeSectionSheet(workbook: Workbook, content: FormContent, section: Section): void {
  const { instrument, review } = content;
  const sheet = workbook.addWorksheet(sectionSheetName(section), { properties: { tabColor: { argb: 'FF3B5B7A' } } });
  sheet.columns = [
    { key: 'number', width: 6 },
    { key: 'statement', width: 46 },
    ...instrument.ratingLevels.map(() => ({ width: 13 })),
    { key: 'action', width: 40 },
    { key: 'byWhom', width: 18 },
    { key: 'due', width: 12 },
    { key: 'notes', width: 30 },
  ];
  titleCell(sheet.getCell('A1'), `${section.number} ${section.title}`);
  sheet.mergeCells(`A1:${SECTION_LAST_COLUMN}1`);
  sheet.getRow(1).height = 26;
  const aim = sheet.getCell('A2');
  aim.value = section.aim;
  aim.font = { italic: true };
  aim.alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells(`A2:${SECTION_LAST_COLUMN}2`);
  sheet.getRow(2).height = 30;

  const h = SECTION_HEADER_ROW;
  headerCell(sheet.getCell(`${C.number}${h}`), 'No.');
  headerCell(sheet.getCell(`${C.statement}${h}`), instrument.headings.benchmark);
  instrument.ratingLevels.forEach((level, i) => {
    const cell = sheet.getCell(`${C.levels[i]}${h}`);
    headerCell(cell, level.label, levelFill(level.id));
    cell.font = { bold: true, color: { argb: levelInk(level.id) } };
  });
  headerCell(sheet.getCell(`${C.actionNeeded}${h}`), instrument.headings.actionNeeded);
  headerCell(sheet.getCell(`${C.byWhom}${h}`), instrument.headings.byWhom);
  headerCell(sheet.getCell(`${C.dueDate}${h}`), DUE_DATE_HEADING);
  headerCell(sheet.getCell(`${C.notes}${h}`), NOTES_LABEL);
  sheet.getRow(h).height = 44;

  let row = h + 1;
  const firstBenchmarkRow = row;
  for (const benchmark of section.benchmarks) {
    const answer = answerOf(review, benchmark.id);
    sheet.getCell(`${C.number}${row}`).value = benchmark.number;
    bodyCell(sheet.getCell(`${C.number}${row}`));
    sheet.getCell(`${C.statement}${row}`).value = benchmark.statement;
    bodyCell(sheet.getCell(`${C.statement}${row}`));
    instrument.ratingLevels.forEach((level, i) => {
      const cell = sheet.getCell(`${C.levels[i]}${row}`);
      bodyCell(cell, { centre: true });
      if (answer.rating === level.id) {
        cell.value = TICK;
        cell.font = { bold: true, size: 14, color: { argb: levelInk(level.id) } };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: levelFill(level.id) } };
      }
    });
    putText(sheet.getCell(`${C.actionNeeded}${row}`), answer.actionNeeded);
    putText(sheet.getCell(`${C.byWhom}${row}`), answer.byWhom);
    const due = sheet.getCell(`${C.dueDate}${row}`);
    bodyCell(due, { date: true });
    if (answer.dueDate) due.value = isoToDate(answer.dueDate);
    putText(sheet.getCell(`${C.notes}${row}`), answer.notes);
    row += 1;
  }

  row += 1;
  const factors = factorsOf(review, section.id);
  headerCell(sheet.getCell(`A${row}`), FACTOR_MARK_HEADING);
  headerCell(sheet.getCell(`B${row}`), instrument.headings.factorsQuestion);
  sheet.getCell(`B${row}`).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  sheet.mergeCells(`B${row}:${SECTION_LAST_COLUMN}${row}`);
  row += 1;
  for (const factor of section.factors) {
    const mark = sheet.getCell(`A${row}`);
    bodyCell(mark, { centre: true });
    const value = factors.marks[factor.id];
    if (value) mark.value = value === 'tick' ? TICK : CROSS;
    const text = sheet.getCell(`B${row}`);
    text.value = factor.text;
    bodyCell(text);
    sheet.mergeCells(`B${row}:${SECTION_LAST_COLUMN}${row}`);
    row += 1;
  }
  row += 1;
  labelCell(sheet.getCell(`A${row}`), NOTES_LABEL);
  putText(sheet.getCell(`B${row}`), factors.notes);
  sheet.mergeCells(`B${row}:${SECTION_LAST_COLUMN}${row}`);

  finishSheet(sheet, SECTION_HEADER_ROW, SECTION_LAST_COLUMN);
  // Room to write by hand on a printed blank form.
  sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 0, 60);
  for (let r = firstBenchmarkRow; r < firstBenchmarkRow + section.benchmarks.length; r += 1) {
    sheet.getRow(r).height = Math.max(sheet.getRow(r).height ?? 0, 36);
  }
}

/** Kept here too: the comparison workbook imports it from this module. */
export { putText } from './layout.ts';
