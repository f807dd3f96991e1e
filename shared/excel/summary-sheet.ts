import { priorities } from '../priorities.ts';
import { scoreReview } from '../scoring.ts';
import type { FormContent } from './content.ts';
import type { Workbook, Worksheet } from './exceljs.ts';
import { argb, bodyCell, finishSheet, headerCell, labelCell, levelFill, levelInk, putText, SHEETS, titleCell } from './layout.ts';
import { isoToDate, joinLines } from './text.ts';

/** The labels in column A of the Summary; the reader finds each value beside its label. */
export const SUMMARY_LABELS = {
  partnership: 'Partnership',
  partners: 'Partners',
  partnershipNotes: 'Partnership notes',
  title: 'Review',
  date: 'Date',
  facilitator: 'Facilitator',
  participants: 'Participants',
  status: 'Status',
  form: 'Form',
  formVersion: 'Form version',
} as const;
export const SCORES_HEADING = 'Section';
export const STATUS_LABELS = { draft: 'Draft', final: 'Final' } as const;

const LAST_COLUMN = 'H';

export function writeSummarySheet(workbook: Workbook, content: FormContent): void {
  const { instrument, partnership, review } = content;
  const sheet = workbook.addWorksheet(SHEETS.summary);
  sheet.columns = [{ width: 22 }, { width: 40 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 11 }, { width: 11 }];
  titleCell(sheet.getCell('A1'), `${instrument.publisher} · ${instrument.name}`);
  sheet.mergeCells(`A1:${LAST_COLUMN}1`);
  const sub = sheet.getCell('A2');
  sub.value = `Partnership review summary: ${instrument.subtitle}`;
  sub.font = { italic: true };
  sheet.mergeCells(`A2:${LAST_COLUMN}2`);

  let row = 4;
  const field = (label: string, fill: (ws: Worksheet, address: string) => void) => {
    labelCell(sheet.getCell(`A${row}`), label);
    fill(sheet, `B${row}`);
    sheet.mergeCells(`B${row}:${LAST_COLUMN}${row}`);
    row += 1;
  };
  const text = (value: string) => (ws: Worksheet, address: string) => putText(ws.getCell(address), value);
  field(SUMMARY_LABELS.partnership, text(partnership.name));
  field(SUMMARY_LABELS.partners, text(joinLines(partnership.partners)));
  field(SUMMARY_LABELS.partnershipNotes, text(partnership.notes));
  field(SUMMARY_LABELS.title, text(review.title));
  field(SUMMARY_LABELS.date, (ws, address) => {
    const cell = ws.getCell(address);
    bodyCell(cell, { date: true });
    if (review.date) cell.value = isoToDate(review.date);
  });
  field(SUMMARY_LABELS.facilitator, text(review.facilitator));
  field(SUMMARY_LABELS.participants, text(joinLines(review.participants)));
  field(SUMMARY_LABELS.status, text(review.status ? STATUS_LABELS[review.status] : ''));
  field(SUMMARY_LABELS.form, text(`${instrument.publisher} · ${instrument.name}`));
  field(SUMMARY_LABELS.formVersion, (ws, address) => {
    ws.getCell(address).value = instrument.version;
    ws.getCell(address).alignment = { horizontal: 'left' };
  });

  row += 1;
  headerCell(sheet.getCell(`A${row}`), SCORES_HEADING);
  sheet.mergeCells(`A${row}:B${row}`);
  instrument.ratingLevels.forEach((level, i) => {
    const cell = sheet.getCell(row, 3 + i);
    headerCell(cell, level.label, levelFill(level.id));
    cell.font = { bold: true, color: { argb: levelInk(level.id) } };
  });
  headerCell(sheet.getCell(`G${row}`), 'Not rated');
  headerCell(sheet.getCell(`H${row}`), 'Index (0–100)');
  sheet.getRow(row).height = 44;
  row += 1;
  const score = scoreReview(review, instrument);
  const scoreRow = (label: string, s: typeof score.overall, bold: boolean) => {
    sheet.getCell(`A${row}`).value = label;
    sheet.mergeCells(`A${row}:B${row}`);
    instrument.ratingLevels.forEach((level, i) => {
      const cell = sheet.getCell(row, 3 + i);
      cell.value = s.counts[level.id];
      cell.alignment = { horizontal: 'center' };
    });
    sheet.getCell(`G${row}`).value = s.missing;
    sheet.getCell(`H${row}`).value = s.index ?? '–';
    for (let c = 1; c <= 8; c += 1) {
      bodyCell(sheet.getCell(row, c), { centre: c > 2 });
      if (bold) sheet.getCell(row, c).font = { bold: true };
    }
    row += 1;
  };
  for (const s of score.sections) scoreRow(`${s.number} ${s.title}`, s, false);
  scoreRow('Overall', score.overall, true);

  row += 1;
  titleCell(sheet.getCell(`A${row}`), 'Priorities');
  sheet.getCell(`A${row}`).font = { bold: true, size: 13 };
  row += 1;
  ['No.', instrument.headings.benchmark, 'Rating', '', instrument.headings.actionNeeded, '', instrument.headings.byWhom, 'Due date'].forEach((h, i) => {
    headerCell(sheet.getCell(row, i + 1), h);
  });
  sheet.mergeCells(`C${row}:D${row}`);
  sheet.mergeCells(`E${row}:F${row}`);
  row += 1;
  const list = priorities(review, instrument);
  if (list.length === 0) {
    sheet.getCell(`A${row}`).value = review.status ? 'No benchmark is rated NO.' : 'Filled in once the benchmarks are rated.';
    sheet.getCell(`A${row}`).font = { italic: true };
    sheet.mergeCells(`A${row}:${LAST_COLUMN}${row}`);
    row += 1;
  }
  for (const p of list) {
    const label = instrument.ratingLevels.find((l) => l.id === p.rating)?.label ?? '';
    sheet.getCell(`A${row}`).value = p.number;
    putText(sheet.getCell(`B${row}`), p.statement);
    sheet.getCell(`C${row}`).value = label;
    sheet.getCell(`C${row}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: levelFill(p.rating) } };
    sheet.mergeCells(`C${row}:D${row}`);
    putText(sheet.getCell(`E${row}`), p.missingAction ? 'No action yet' : p.actionNeeded);
    if (p.missingAction) sheet.getCell(`E${row}`).font = { italic: true, color: { argb: argb('#B42318') } };
    sheet.mergeCells(`E${row}:F${row}`);
    putText(sheet.getCell(`G${row}`), p.byWhom);
    const due = sheet.getCell(`H${row}`);
    bodyCell(due, { date: true });
    if (p.dueDate) due.value = isoToDate(p.dueDate);
    for (const c of ['A', 'C']) bodyCell(sheet.getCell(`${c}${row}`));
    row += 1;
  }
  finishSheet(sheet, 2, LAST_COLUMN);
  sheet.views = [{ state: 'frozen', ySplit: 2, xSplit: 0 }];
}
