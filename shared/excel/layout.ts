import type { Instrument, RatingLevelId, Section } from '../instrument/schema.ts';
import { LEVEL_COLOURS } from '../levels.ts';
import type { Cell, Worksheet } from './exceljs.ts';
import { cellText } from './text.ts';
import { FACTOR_SYMBOLS } from '../vocabulary/factors.ts';

/** Sheet names and fixed positions: the writer and the reader both take them from here. */
export const SHEETS = {
  summary: 'Summary',
  actionPlan: 'Action plan',
  possibleActions: 'Possible actions',
  data: '_data',
} as const;

export function sectionSheetName(section: Pick<Section, 'number' | 'title'>): string {
  // Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name.
  return `${section.number} ${section.title}`.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

/** Section sheet columns, left to right, as on the paper form. */
export const SECTION_COLUMNS = {
  number: 'A',
  statement: 'B',
  levels: ['C', 'D', 'E', 'F'],
  actionNeeded: 'G',
  byWhom: 'H',
  dueDate: 'I',
  notes: 'J',
} as const;
export const SECTION_LAST_COLUMN = 'J';
export const SECTION_HEADER_ROW = 3;
export const NOTES_LABEL = 'Notes';
export const FACTOR_MARK_HEADING = `${FACTOR_SYMBOLS.tick} / ${FACTOR_SYMBOLS.cross}`;
export const DUE_DATE_HEADING = 'Due date';

export const DATE_FORMAT = 'dd/mm/yyyy';

export const INK = 'FF1F2933';
export const RULE = 'FFB8C2CC';
export const HEADER_FILL = 'FFE8EDF2';

/** "#F6D5D1" -> "FFF6D5D1", the ARGB form ExcelJS wants. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export function levelFill(level: RatingLevelId): string {
  return argb(LEVEL_COLOURS[level].fill);
}

export function levelInk(level: RatingLevelId): string {
  return argb(LEVEL_COLOURS[level].strong);
}

export function titleCell(cell: Cell, text: string): void {
  cell.value = text;
  cell.font = { bold: true, size: 16, color: { argb: INK } };
  cell.alignment = { vertical: 'middle' };
}

export function headerCell(cell: Cell, text: string, fill = HEADER_FILL): void {
  cell.value = text;
  cell.font = { bold: true, color: { argb: INK } };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  cell.border = { bottom: { style: 'medium', color: { argb: INK } } };
}

export function bodyCell(cell: Cell, options: { centre?: boolean; date?: boolean } = {}): void {
  cell.alignment = { wrapText: true, vertical: 'top', horizontal: options.centre ? 'center' : 'left' };
  const rule = { style: 'thin', color: { argb: RULE } } as const;
  cell.border = { top: rule, left: rule, bottom: rule, right: rule };
  if (options.date) cell.numFmt = DATE_FORMAT;
}

/** User text always goes in as a string value, so "=SUM(A1)" or "@cmd" is shown, never run. */
export function putText(cell: Cell, text: string): void {
  bodyCell(cell);
  const clean = cellText(text);
  if (clean !== '') cell.value = clean;
}

export function labelCell(cell: Cell, text: string): void {
  cell.value = text;
  cell.font = { bold: true, color: { argb: INK } };
  cell.alignment = { vertical: 'top', wrapText: true };
}

/** Lines a wrapped text takes in a column `width` characters wide (words wrap early, so a little is left spare). */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.05) - 1);
  return text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/**
 * Neither Excel nor LibreOffice grows a row for wrapped text when it opens a file, so every body row without a set
 * height is sized here from its longest text, counting a merged cell's full width.
 */
function fitRows(sheet: Worksheet, fromRow: number): void {
  const widthOf = (col: number) => sheet.getColumn(col).width ?? 9;
  // ExcelJS recounts every row for columnCount and rowCount, so both are read once.
  const lastColumn = sheet.columnCount;
  const lastRow = sheet.rowCount;
  for (let r = fromRow; r <= lastRow; r += 1) {
    const row = sheet.getRow(r);
    if (row.height) continue;
    let lines = 1;
    row.eachCell((cell, col) => {
      if (typeof cell.value !== 'string' || (cell.isMerged && cell.master.address !== cell.address)) return;
      let width = widthOf(col);
      for (let c = col + 1; c <= lastColumn; c += 1) {
        const next = row.getCell(c);
        if (!next.isMerged || next.master.address !== cell.address) break;
        width += widthOf(c);
      }
      lines = Math.max(lines, linesFor(cell.value, width));
    });
    if (lines > 1) row.height = Math.min(409, 15 * lines + 3);
  }
}

/** Landscape, one page wide, header rows repeated on every printed page, frozen while scrolling, rows sized. */
export function finishSheet(sheet: Worksheet, headerRows: number, lastColumn: string): void {
  fitRows(sheet, headerRows + 1);
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRows, topLeftCell: `A${headerRows + 1}`, activeCell: `A${headerRows + 1}` }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${headerRows}`,
    printArea: `A1:${lastColumn}${Math.max(sheet.rowCount, headerRows)}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&L&A&RPage &P of &N' };
}

export function levelLabels(instrument: Instrument): string[] {
  return instrument.ratingLevels.map((l) => l.label);
}
