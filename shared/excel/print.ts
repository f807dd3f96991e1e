import type { Worksheet } from './exceljs.ts';

/**
 * How every sheet of every workbook prints: A4, the header naming the partnership, the review and its date on every
 * page (loose pages can be put back together), "Page n of m" in the footer, header rows repeated, and a print scale
 * chosen from the column widths so body text stays readable on paper.
 */

export interface PageHeading {
  /** The partnership (or, on a blank form, a line to write it on). */
  left: string;
  /** The review's title, or what the workbook is. */
  centre: string;
  /** The review's date in words. */
  right: string;
}

interface PrintPlan {
  heading: PageHeading;
  orientation?: 'landscape' | 'portrait';
  /**
   * A sheet too wide for one page at 90 % prints several pages across: each later page starts at one of `starts` (a
   * manual column break, so Excel and LibreOffice split it at the same place), with columns A to `repeat`, if given,
   * printed again at its left. The scale is the largest at which every page's columns fit.
   */
  pages?: { repeat?: string; starts: string[] };
}

/**
 * The manual column breaks asked for, per sheet: ExcelJS cannot write them, so the exporter puts them into the written
 * file (column-breaks.ts). Held weakly, so a sheet's entry goes with its workbook.
 */
export const columnBreaks = new WeakMap<Worksheet, number[]>();

/** Body text is 11 pt; at 90 % it prints at 9.9 pt, the smallest size the issue allows being 9 pt. */
const MIN_PRINT_SCALE = 90;

/**
 * The height of a row meant for handwriting: at least 12 mm on paper even at the smallest print scale
 * (40 pt × 90 % = 36 pt = 12.7 mm).
 */
export const WRITING_ROW_HEIGHT = 40;

/** Margins in inches: narrow enough to give the table room, wide enough for any printer. */
const MARGINS = { left: 0.3, right: 0.3, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 } as const;
const A4_MM = { landscape: 297, portrait: 210 } as const;
/**
 * One unit of column width is one digit of the default font (Calibri 11): 1.85 mm in Excel (7 pixels at 96 dpi),
 * 2.0 mm in LibreOffice with Carlito, and 2.5 mm where LibreOffice has no Calibri-compatible font and falls back to
 * DejaVu Sans (as on a bare Debian). The widest is assumed, so a page never spills sideways; Excel prints the same
 * scale with room to spare on the right.
 */
const MM_PER_WIDTH_UNIT = 2.5;

/** The largest scale up to 100 % at which the columns fit the page's width, or null when even 90 % is too small. */
function printScale(widths: readonly number[], orientation: 'landscape' | 'portrait'): number | null {
  const printable = A4_MM[orientation] - (MARGINS.left + MARGINS.right) * 25.4;
  const needed = widths.reduce((sum, w) => sum + w, 0) * MM_PER_WIDTH_UNIT;
  const scale = Math.min(100, Math.floor((printable / needed) * 100));
  return scale >= MIN_PRINT_SCALE ? scale : null;
}

/** Header and footer codes treat "&" as a command; a literal one is written "&&". Excel allows 255 characters in all. */
function headerText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return (clean.length > max ? `${clean.slice(0, max - 1)}…` : clean).replace(/&/g, '&&');
}

export function headerFooter(heading: PageHeading): { oddHeader: string; oddFooter: string } {
  return {
    oddHeader: `&L${headerText(heading.left, 70)}&C${headerText(heading.centre, 60)}&R${headerText(heading.right, 40)}`,
    oddFooter: '&L&A&RPage &P of &N',
  };
}

/** Lines a wrapped text takes in a column `width` characters wide (words wrap early, so a little is left spare). */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.05) - 1);
  return text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** The height in points of a row whose wrapped text spans columns `width` characters wide in all. */
export function wrappedRowHeight(text: string, width: number): number {
  return Math.min(409, 15 * linesFor(text, width) + 3);
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

/**
 * Frozen header rows while scrolling, rows sized, and the print set-up: at the scale the columns allow (fit to one
 * page wide only when they would need less than 90 %), header rows repeated, the page header and footer.
 */
export function finishSheet(sheet: Worksheet, headerRows: number, lastColumn: string, print: PrintPlan): void {
  fitRows(sheet, headerRows + 1);
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRows, topLeftCell: `A${headerRows + 1}`, activeCell: `A${headerRows + 1}` }];
  const orientation = print.orientation ?? 'landscape';
  const last = sheet.getColumn(lastColumn).number;
  const widthOf = (col: number) => sheet.getColumn(col).width ?? 9;
  const columns = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => widthOf(from + i));
  let scale: number | null;
  if (print.pages) {
    const repeated = print.pages.repeat ? columns(1, sheet.getColumn(print.pages.repeat).number) : [];
    const starts = print.pages.starts.map((c) => sheet.getColumn(c).number);
    const bounds = [1, ...starts, last + 1];
    const scales = bounds
      .slice(0, -1)
      .map((from, i) => printScale([...(i > 0 ? repeated : []), ...columns(from, bounds[i + 1]! - 1)], orientation));
    scale = scales.some((s) => s === null) ? null : Math.min(...(scales as number[]));
    columnBreaks.set(sheet, starts);
  } else scale = printScale(columns(1, last), orientation);
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation,
    paperSize: 9,
    ...(scale === null ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale }),
    printTitlesRow: `1:${headerRows}`,
    ...(print.pages?.repeat ? { printTitlesColumn: `A:${print.pages.repeat}` } : {}),
    // Rows absolute too: ExcelJS only adds the "$" before each column, and LibreOffice ignores a print area of
    // "$A1:$J20" (printing every used column), so a sheet's columns beyond the form would print as an extra page.
    printArea: `A$1:${lastColumn}$${Math.max(sheet.rowCount, headerRows)}`,
    margins: MARGINS,
  };
  sheet.headerFooter = headerFooter(print.heading);
}
