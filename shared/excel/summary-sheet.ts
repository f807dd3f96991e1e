import { priorities } from '../priorities.ts';
import { scoreReview } from '../scoring.ts';
import { pageHeadingOf, type FormContent } from './content.ts';
import type { Workbook, Worksheet } from './exceljs.ts';
import { SHEETS } from './layout.ts';
import { finishSheet } from './print.ts';
import { LOOKS, putStyledText, wear } from './styles.ts';
import { SCORES_HEADING, STATUS_LABELS, STATUS_NOTES, SUMMARY_LABELS } from './summary-layout.ts';
import { isoToDate, joinLines } from './text.ts';
import { INDEX_LABEL } from '../vocabulary/index-rule.ts';
import { indexWithCoverage, isComparable, notComparableHere } from '../vocabulary/index-coverage.ts';

const LAST_COLUMN = 'H';

export function writeSummarySheet(workbook: Workbook, content: FormContent): void {
  const { instrument, partnership, review } = content;
  const sheet = workbook.addWorksheet(SHEETS.summary);
  sheet.columns = [{ width: 18 }, { width: 30 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 10 }];
  const title = sheet.getCell('A1');
  title.value = `${instrument.publisher} · ${instrument.name}`;
  wear(title, LOOKS.title);
  sheet.mergeCells(`A1:${LAST_COLUMN}1`);
  const sub = sheet.getCell('A2');
  sub.value = `Partnership review summary: ${instrument.subtitle}`;
  wear(sub, LOOKS.italic);
  sheet.mergeCells(`A2:${LAST_COLUMN}2`);
  if (review.status) {
    const status = sheet.getCell('A3');
    status.value = STATUS_NOTES[review.status];
    wear(status, LOOKS.bodyBold);
    sheet.mergeCells(`A3:${LAST_COLUMN}3`);
  }

  let row = 4;
  const field = (label: string, fill: (ws: Worksheet, address: string) => void) => {
    const labelled = sheet.getCell(`A${row}`);
    labelled.value = label;
    wear(labelled, LOOKS.label);
    fill(sheet, `B${row}`);
    sheet.mergeCells(`B${row}:${LAST_COLUMN}${row}`);
    row += 1;
  };
  const text = (value: string) => (ws: Worksheet, address: string) => putStyledText(ws.getCell(address), value);
  field(SUMMARY_LABELS.partnership, text(partnership.name));
  field(SUMMARY_LABELS.partners, text(joinLines(partnership.partners)));
  field(SUMMARY_LABELS.partnershipNotes, text(partnership.notes));
  field(SUMMARY_LABELS.title, text(review.title));
  field(SUMMARY_LABELS.date, (ws, address) => {
    const cell = ws.getCell(address);
    wear(cell, LOOKS.date);
    if (review.date) cell.value = isoToDate(review.date);
  });
  field(SUMMARY_LABELS.facilitator, text(review.facilitator));
  field(SUMMARY_LABELS.participants, text(joinLines(review.participants)));
  field(SUMMARY_LABELS.status, text(review.status ? STATUS_LABELS[review.status] : ''));
  field(SUMMARY_LABELS.form, text(`${instrument.publisher} · ${instrument.name}`));
  field(SUMMARY_LABELS.formVersion, (ws, address) => {
    const cell = ws.getCell(address);
    cell.value = instrument.version;
    wear(cell, LOOKS.leftAligned);
  });

  row += 1;
  const headings = sheet.getRow(row);
  const heading = (col: number, text: string, style = LOOKS.header) => {
    const cell = headings.getCell(col);
    cell.value = text;
    wear(cell, style);
  };
  heading(1, SCORES_HEADING);
  sheet.mergeCells(`A${row}:B${row}`);
  instrument.ratingLevels.forEach((level, i) => heading(3 + i, level.label, LOOKS.levelHeader(level.id)));
  heading(7, 'Not rated');
  heading(8, INDEX_LABEL);
  headings.height = 60;
  row += 1;
  const score = scoreReview(review, instrument);
  const scoreRow = (label: string, s: typeof score.overall, bold: boolean) => {
    const cells = sheet.getRow(row);
    const [left, centre] = bold ? [LOOKS.bodyBold, LOOKS.centreBold] : [LOOKS.body, LOOKS.centre];
    cells.getCell(1).value = label;
    for (let c = 1; c <= 8; c += 1) wear(cells.getCell(c), c > 2 ? centre : left);
    sheet.mergeCells(`A${row}:B${row}`);
    instrument.ratingLevels.forEach((level, i) => (cells.getCell(3 + i).value = s.counts[level.id]));
    cells.getCell(7).value = s.missing;
    cells.getCell(8).value = s.index ?? '–';
    row += 1;
  };
  for (const s of score.sections) scoreRow(`${s.number} ${s.title}`, s, false);
  scoreRow('Overall', score.overall, true);
  // The index with what it rests on, and a warning when that is under half the form.
  if (review.status) {
    const notes = [`Overall ${indexWithCoverage(score.overall)}.`];
    if (score.overall.rated > 0 && !isComparable(score.overall)) notes.push(notComparableHere(score.overall));
    for (const note of notes) {
      const cell = sheet.getCell(`A${row}`);
      cell.value = note;
      wear(cell, LOOKS.italic);
      sheet.mergeCells(`A${row}:${LAST_COLUMN}${row}`);
      row += 1;
    }
  }

  row += 1;
  const prioritiesTitle = sheet.getCell(`A${row}`);
  prioritiesTitle.value = 'Priorities';
  wear(prioritiesTitle, LOOKS.subTitle);
  row += 1;
  [
    'No.',
    instrument.headings.benchmark,
    'Rating',
    '',
    instrument.headings.actionNeeded,
    '',
    instrument.headings.byWhom,
    'Due date',
  ].forEach((h, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.value = h;
    wear(cell, LOOKS.header);
  });
  sheet.mergeCells(`C${row}:D${row}`);
  sheet.mergeCells(`E${row}:F${row}`);
  row += 1;
  const list = priorities(review, instrument);
  if (list.length === 0) {
    const none = sheet.getCell(`A${row}`);
    none.value = review.status ? 'No benchmark is rated NO.' : 'Filled in once the benchmarks are rated.';
    wear(none, LOOKS.italic);
    sheet.mergeCells(`A${row}:${LAST_COLUMN}${row}`);
    row += 1;
  }
  for (const p of list) {
    const label = instrument.ratingLevels.find((l) => l.id === p.rating)?.label ?? '';
    const cells = sheet.getRow(row);
    const number = cells.getCell(1);
    number.value = p.number;
    wear(number, LOOKS.body);
    putStyledText(cells.getCell(2), p.statement);
    const rating = cells.getCell(3);
    rating.value = label;
    wear(rating, LOOKS.rating(p.rating));
    sheet.mergeCells(`C${row}:D${row}`);
    if (p.missingAction) putStyledText(cells.getCell(5), 'No action yet', LOOKS.missingAction);
    else putStyledText(cells.getCell(5), p.actionNeeded);
    sheet.mergeCells(`E${row}:F${row}`);
    putStyledText(cells.getCell(7), p.byWhom);
    const due = cells.getCell(8);
    wear(due, LOOKS.date);
    if (p.dueDate) due.value = isoToDate(p.dueDate);
    row += 1;
  }
  finishSheet(sheet, 2, LAST_COLUMN, { heading: pageHeadingOf(content) });
  sheet.views = [{ state: 'frozen', ySplit: 2, xSplit: 0 }];
}
