import type { Section } from '../instrument/schema.ts';
import type { Worksheet } from './exceljs.ts';

/** Sheet names of the review workbook, and how every sheet is finished for print: writers and readers take them from here. */
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

export const DATE_FORMAT = 'dd/mm/yyyy';

/** Kept here for callers outside shared/excel; the section sheet's layout lives in section-layout.ts. */
export { SECTION_COLUMNS } from './section-layout.ts';

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
