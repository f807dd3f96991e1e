import type { Section } from '../instrument/schema.ts';
import { answerOf, factorsOf } from '../model/review.ts';
import type { FormContent } from './content.ts';
import type { Workbook } from './exceljs.ts';
import { finishSheet, sectionSheetName } from './layout.ts';
import { TAB } from './palette.ts';
import { DUE_DATE_HEADING, FACTOR_MARK_HEADING, NOTES_LABEL, SECTION_COLUMNS as C, SECTION_HEADER_ROW, SECTION_LAST_COLUMN } from './section-layout.ts';
import { LOOKS, putStyledText, wear } from './styles.ts';
import { CROSS, isoToDate, TICK } from './text.ts';

/** One sheet per section, laid out like the paper form: benchmark rows, then the typical factors, then notes. */
export function writeSectionSheet(workbook: Workbook, content: FormContent, section: Section): void {
  const { instrument, review } = content;
  const sheet = workbook.addWorksheet(sectionSheetName(section), { properties: { tabColor: { argb: TAB } } });
  sheet.columns = [
    { key: 'number', width: 6 },
    { key: 'statement', width: 46 },
    ...instrument.ratingLevels.map(() => ({ width: 13 })),
    { key: 'action', width: 40 },
    { key: 'byWhom', width: 18 },
    { key: 'due', width: 12 },
    { key: 'notes', width: 30 },
  ];
  const title = sheet.getCell('A1');
  title.value = `${section.number} ${section.title}`;
  wear(title, LOOKS.title);
  sheet.mergeCells(`A1:${SECTION_LAST_COLUMN}1`);
  sheet.getRow(1).height = 26;
  const aim = sheet.getCell('A2');
  aim.value = section.aim;
  wear(aim, LOOKS.aim);
  sheet.mergeCells(`A2:${SECTION_LAST_COLUMN}2`);
  sheet.getRow(2).height = 30;

  const h = SECTION_HEADER_ROW;
  const headings = sheet.getRow(h);
  const heading = (column: string, text: string, style = LOOKS.header) => {
    const cell = headings.getCell(column);
    cell.value = text;
    wear(cell, style);
  };
  heading(C.number, 'No.');
  heading(C.statement, instrument.headings.benchmark);
  instrument.ratingLevels.forEach((level, i) => heading(C.levels[i]!, level.label, LOOKS.levelHeader(level.id)));
  heading(C.actionNeeded, instrument.headings.actionNeeded);
  heading(C.byWhom, instrument.headings.byWhom);
  heading(C.dueDate, DUE_DATE_HEADING);
  heading(C.notes, NOTES_LABEL);
  headings.height = 44;

  let row = h + 1;
  const firstBenchmarkRow = row;
  for (const benchmark of section.benchmarks) {
    const answer = answerOf(review, benchmark.id);
    const cells = sheet.getRow(row);
    const number = cells.getCell(C.number);
    number.value = benchmark.number;
    wear(number, LOOKS.body);
    const statement = cells.getCell(C.statement);
    statement.value = benchmark.statement;
    wear(statement, LOOKS.body);
    instrument.ratingLevels.forEach((level, i) => {
      const cell = cells.getCell(C.levels[i]!);
      if (answer.rating === level.id) {
        cell.value = TICK;
        wear(cell, LOOKS.tick(level.id));
      } else wear(cell, LOOKS.centre);
    });
    putStyledText(cells.getCell(C.actionNeeded), answer.actionNeeded);
    putStyledText(cells.getCell(C.byWhom), answer.byWhom);
    const due = cells.getCell(C.dueDate);
    wear(due, LOOKS.date);
    if (answer.dueDate) due.value = isoToDate(answer.dueDate);
    putStyledText(cells.getCell(C.notes), answer.notes);
    row += 1;
  }

  row += 1;
  const factors = factorsOf(review, section.id);
  const factorHeadings = sheet.getRow(row);
  const markHeading = factorHeadings.getCell('A');
  markHeading.value = FACTOR_MARK_HEADING;
  wear(markHeading, LOOKS.header);
  const question = factorHeadings.getCell('B');
  question.value = instrument.headings.factorsQuestion;
  wear(question, LOOKS.headerLeft);
  sheet.mergeCells(`B${row}:${SECTION_LAST_COLUMN}${row}`);
  row += 1;
  for (const factor of section.factors) {
    const cells = sheet.getRow(row);
    const mark = cells.getCell('A');
    wear(mark, LOOKS.centre);
    const value = factors.marks[factor.id];
    if (value) mark.value = value === 'tick' ? TICK : CROSS;
    const text = cells.getCell('B');
    text.value = factor.text;
    wear(text, LOOKS.body);
    sheet.mergeCells(`B${row}:${SECTION_LAST_COLUMN}${row}`);
    row += 1;
  }
  row += 1;
  const label = sheet.getCell(`A${row}`);
  label.value = NOTES_LABEL;
  wear(label, LOOKS.label);
  putStyledText(sheet.getCell(`B${row}`), factors.notes);
  sheet.mergeCells(`B${row}:${SECTION_LAST_COLUMN}${row}`);

  finishSheet(sheet, SECTION_HEADER_ROW, SECTION_LAST_COLUMN);
  // Room to write by hand on a printed blank form.
  sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 0, 60);
  for (let r = firstBenchmarkRow; r < firstBenchmarkRow + section.benchmarks.length; r += 1) {
    sheet.getRow(r).height = Math.max(sheet.getRow(r).height ?? 0, 36);
  }
}
