import type { Instrument, Section } from '../instrument/schema.ts';
import { answerOf, factorsOf } from '../model/review.ts';
import { pageHeadingOf, type FormContent } from './content.ts';
import type { Cell, Workbook, Worksheet } from './exceljs.ts';
import { sectionSheetName } from './layout.ts';
import { TAB } from './palette.ts';
import { finishSheet, WRITING_ROW_HEIGHT } from './print.ts';
import {
  AGREEMENT_HEADINGS,
  agreementColumns,
  type AgreementColumns,
  DIVERGENT_MARK,
  NO_AGREEMENT_YES,
  NO_CONSENSUS,
  DUE_DATE_HEADING,
  FACTOR_MARK_HEADING,
  NOTES_LABEL,
  SECTION_COLUMNS as C,
  SECTION_HEADER_ROW,
  SECTION_LAST_COLUMN,
} from './section-layout.ts';
import { LOOKS, putStyledText, wear } from './styles.ts';
import { CROSS, isoToDate, TICK } from './text.ts';
import { heatText } from './respondents-layout.ts';
import { spreadOf } from '../respondents/spread.ts';
import type { AgreementContent } from './content.ts';

/**
 * Column widths chosen so a section prints on A4 landscape at 90 % (body text 9.9 pt on paper) rather than shrunk to
 * fit: the statement and Action Needed wrap instead.
 */
const WIDTHS = { number: 5, statement: 28, level: 9, action: 22, byWhom: 12, due: 11, notes: 11 } as const;
/**
 * The agreement block prints as a page of its own to the right of the form (A–J already fill A4 landscape at 90 %),
 * from the benchmark's number: counts, consensus, divergent, No agreement reached, Why we agreed this. Its own title
 * and number column, rather than repeating A–B on it, because the form's merged title, aim and factor rows would be
 * cut off at B.
 */
const AGREEMENT_WIDTHS = { number: 5, count: 8, consensus: 11, divergent: 11, noAgreement: 11, agreedWhy: 44 } as const;

/**
 * Dropdowns on the cells a partner marks, one cell at a time (never a whole column), so Excel offers ✓ (or ✓ / ✗)
 * from a list. A warning rather than a stop: an x typed by hand is still a mark the import accepts.
 */
function ratingChoice(cell: Cell): void {
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${TICK}"`],
    showInputMessage: true,
    promptTitle: 'Rating',
    prompt: `Choose ${TICK} in one of the four rating columns for this benchmark.`,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Rating',
    error: `Mark the rating with ${TICK} (or x); leave the other three columns empty.`,
  };
}
function noAgreementChoice(cell: Cell): void {
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${NO_AGREEMENT_YES}"`],
    showInputMessage: true,
    promptTitle: AGREEMENT_HEADINGS.noAgreement,
    prompt: `${NO_AGREEMENT_YES}: the room discussed this benchmark and could not agree. Leave the rating columns empty.`,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: AGREEMENT_HEADINGS.noAgreement,
    error: `Choose ${NO_AGREEMENT_YES}, or leave the cell empty.`,
  };
}
function factorChoice(cell: Cell): void {
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${TICK},${CROSS}"`],
    showInputMessage: true,
    promptTitle: 'Typical factor',
    prompt: `${TICK}: this needs addressing. ${CROSS}: it does not.`,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Typical factor',
    error: `Use ${TICK} (needs addressing) or ${CROSS} (does not).`,
  };
}

/** Protected so a partner cannot disturb the form's wording or layout; no password, so anyone may unprotect it. */
export function protectForm(sheet: Worksheet): void {
  // ExcelJS's protect() sets the protection synchronously; its promise only matters when a password is hashed.
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatRows: true });
}

/** One sheet per section, laid out like the paper form: benchmark rows, then the typical factors, then notes. */
export function writeSectionSheet(workbook: Workbook, content: FormContent, section: Section): void {
  const { instrument, review } = content;
  const sheet = workbook.addWorksheet(sectionSheetName(section), { properties: { tabColor: { argb: TAB } } });
  sheet.columns = [
    { key: 'number', width: WIDTHS.number },
    { key: 'statement', width: WIDTHS.statement },
    ...instrument.ratingLevels.map(() => ({ width: WIDTHS.level })),
    { key: 'action', width: WIDTHS.action },
    { key: 'byWhom', width: WIDTHS.byWhom },
    { key: 'due', width: WIDTHS.due },
    { key: 'notes', width: WIDTHS.notes },
  ];
  const agreement = content.agreement ? agreementColumns(content.agreement.respondents.length > 0) : null;
  if (agreement) {
    const width = (column: string | null, w: number) => column && (sheet.getColumn(column).width = w);
    width(agreement.number, AGREEMENT_WIDTHS.number);
    for (const c of agreement.spread) width(c, AGREEMENT_WIDTHS.count);
    width(agreement.consensus, AGREEMENT_WIDTHS.consensus);
    width(agreement.divergent, AGREEMENT_WIDTHS.divergent);
    width(agreement.noAgreement, AGREEMENT_WIDTHS.noAgreement);
    width(agreement.agreedWhy, AGREEMENT_WIDTHS.agreedWhy);
  }
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
  if (agreement) {
    const blockTitle = sheet.getCell(`${agreement.number}1`);
    blockTitle.value = `${AGREEMENT_HEADINGS.title} · ${section.number} ${section.title}`;
    wear(blockTitle, LOOKS.title);
    sheet.mergeCells(`${agreement.number}1:${agreement.last}1`);
    heading(agreement.number, 'No.');
    instrument.ratingLevels.forEach((level, i) => {
      const column = agreement.spread[i];
      if (column) heading(column, heatText(level.id), LOOKS.levelHeader(level.id));
    });
    const [first, lastCount] = [agreement.spread[0], agreement.spread[agreement.spread.length - 1]];
    if (first && lastCount) {
      const band = sheet.getCell(`${first}2`);
      band.value = AGREEMENT_HEADINGS.spread;
      wear(band, LOOKS.header);
      sheet.mergeCells(`${first}2:${lastCount}2`);
    }
    if (agreement.consensus) heading(agreement.consensus, AGREEMENT_HEADINGS.consensus);
    if (agreement.divergent) heading(agreement.divergent, AGREEMENT_HEADINGS.divergent);
    heading(agreement.noAgreement, AGREEMENT_HEADINGS.noAgreement);
    heading(agreement.agreedWhy, AGREEMENT_HEADINGS.agreedWhy);
  }
  // The level labels wrap to four lines in their narrow columns.
  headings.height = 60;

  let row = h + 1;
  const writingRows: number[] = [];
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
      } else wear(cell, LOOKS.markBox);
      ratingChoice(cell);
    });
    putStyledText(cells.getCell(C.actionNeeded), answer.actionNeeded, LOOKS.fillIn);
    putStyledText(cells.getCell(C.byWhom), answer.byWhom, LOOKS.fillIn);
    const due = cells.getCell(C.dueDate);
    wear(due, LOOKS.fillInDate);
    if (answer.dueDate) due.value = isoToDate(answer.dueDate);
    putStyledText(cells.getCell(C.notes), answer.notes, LOOKS.fillIn);
    if (agreement && content.agreement) writeAgreement(cells, agreement, content.agreement, instrument, benchmark.id, answer);
    writingRows.push(row);
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
  factorHeadings.height = 20;
  row += 1;
  for (const factor of section.factors) {
    const cells = sheet.getRow(row);
    const mark = cells.getCell('A');
    wear(mark, LOOKS.markBox);
    const value = factors.marks[factor.id];
    if (value) mark.value = value === 'tick' ? TICK : CROSS;
    factorChoice(mark);
    const text = cells.getCell('B');
    text.value = factor.text;
    wear(text, LOOKS.body);
    sheet.mergeCells(`B${row}:${SECTION_LAST_COLUMN}${row}`);
    // A box to tick by hand; a filled-in review needs no more than a line.
    if (content.blank) writingRows.push(row);
    row += 1;
  }
  row += 1;
  const label = sheet.getCell(`A${row}`);
  label.value = NOTES_LABEL;
  wear(label, LOOKS.label);
  putStyledText(sheet.getCell(`B${row}`), factors.notes, LOOKS.fillIn);
  sheet.mergeCells(`B${row}:${SECTION_LAST_COLUMN}${row}`);

  // The agreement page prints when there is something on it: respondents, or an answer the room could not agree or explained.
  const printed =
    agreement !== null &&
    ((content.agreement?.respondents.length ?? 0) > 0 ||
      Object.values(review.answers).some((a) => a.noAgreement || a.agreedWhy.trim() !== ''));
  finishSheet(sheet, SECTION_HEADER_ROW, printed ? agreement.last : SECTION_LAST_COLUMN, {
    heading: pageHeadingOf(content),
    ...(printed ? { pages: { starts: [agreement.number] } } : {}),
  });
  // Room to write by hand on a printed form: at least 12 mm on paper.
  sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 0, 60);
  for (const r of writingRows) sheet.getRow(r).height = Math.max(sheet.getRow(r).height ?? 0, WRITING_ROW_HEIGHT);
  if (content.blank) protectForm(sheet);
}

type Row = ReturnType<Worksheet['getRow']>;
const SECTION_NUMBER_COLUMN = C.number;

/** The respondents' spread for one benchmark (a view of "_data", not read back) and the two agreement cells a person fills. */
function writeAgreement(
  cells: Row,
  columns: AgreementColumns,
  agreement: AgreementContent,
  instrument: Pick<Instrument, 'ratingLevels'>,
  benchmarkId: string,
  answer: { noAgreement: boolean; agreedWhy: string },
): void {
  const number = cells.getCell(columns.number);
  number.value = cells.getCell(SECTION_NUMBER_COLUMN).value;
  wear(number, LOOKS.body);
  if (columns.consensus && columns.divergent) {
    const spread = spreadOf(agreement.respondents.map((r) => r.ratings[benchmarkId]));
    instrument.ratingLevels.forEach((level, i) => {
      const cell = cells.getCell(columns.spread[i]!);
      cell.value = spread.counts[level.id];
      wear(cell, LOOKS.centre);
    });
    const consensus = cells.getCell(columns.consensus);
    if (spread.consensus === null) {
      consensus.value = NO_CONSENSUS;
      wear(consensus, LOOKS.mutedCentre);
    } else {
      consensus.value = spread.consensus;
      wear(consensus, LOOKS.percent);
    }
    const divergent = cells.getCell(columns.divergent);
    if (spread.divergent) {
      divergent.value = DIVERGENT_MARK;
      wear(divergent, LOOKS.alertCentre);
    } else wear(divergent, LOOKS.centre);
  }
  const noAgreement = cells.getCell(columns.noAgreement);
  wear(noAgreement, LOOKS.fillInCentre);
  if (answer.noAgreement) noAgreement.value = NO_AGREEMENT_YES;
  noAgreementChoice(noAgreement);
  putStyledText(cells.getCell(columns.agreedWhy), answer.agreedWhy, LOOKS.fillIn);
}
