import type { Problem } from '../result.ts';
import type { Cell, CellValue, Worksheet } from './exceljs.ts';
import { dateToIso, excelSerialToIso, parseDateText } from './text.ts';

/**
 * Reading what a person or another spreadsheet program left in a cell. Formulas are never evaluated: their cached
 * result is read. Rich text is joined, hyperlinks give their text, and a cell covered by a merge reads as blank so
 * that merging C8:F8 over one mark does not look like four.
 */

export function where(sheet: Worksheet, address: string): string {
  return `${sheet.name}!${address}`;
}

/** A cell's text quoted in a message, clipped: a cell can hold megabytes, and the message must stay readable. */
export function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

type Plain = string | number | boolean | Date | null | { error: string };

function plainOf(value: CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: CellValue }).result;
      return result === undefined ? null : plainOf(result);
    }
    if ('error' in value && typeof value.error === 'string') return { error: value.error };
    if ('text' in value) return plainOf((value as { text: CellValue }).text);
  }
  return null;
}

export function plainValue(cell: Cell | undefined): Plain {
  if (!cell) return null;
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return plainOf(cell.value);
}

const A1 = /^([A-Z]{1,3})(\d{1,7})$/;

/**
 * The cell at an A1 address, or undefined where the sheet has none. ExcelJS's `getCell` creates the row and the cell
 * it is asked for, so reading the blank cells of a form built an object for each; a cell that is not there reads as
 * blank either way.
 */
export function cellAt(sheet: Worksheet, address: string): Cell | undefined {
  const m = A1.exec(address);
  if (!m) return sheet.getCell(address);
  let column = 0;
  for (let i = 0; i < m[1]!.length; i += 1) column = column * 26 + m[1]!.charCodeAt(i) - 64;
  return sheet.findRow(Number(m[2]))?.findCell(column);
}

export interface CellReader {
  problems: Problem[];
  warnings: Problem[];
}

/** Text of a cell, with `max` characters at most (a longer one is a problem, not silently cut). */
export function readText(reader: CellReader, sheet: Worksheet, address: string, max: number, what: string): string {
  const v = plainValue(cellAt(sheet, address));
  if (v === null) return '';
  let text: string;
  if (typeof v === 'string') text = v;
  else if (typeof v === 'number') text = String(v);
  else if (typeof v === 'boolean') text = v ? 'TRUE' : 'FALSE';
  else if (v instanceof Date) text = dateToIso(v) ?? '';
  else {
    reader.problems.push({ where: where(sheet, address), message: `${what} shows the error ${v.error}` });
    return '';
  }
  if (text.length > max) {
    reader.problems.push({ where: where(sheet, address), message: `${what} is ${text.length} characters long; at most ${max} fit` });
    return text.slice(0, max);
  }
  return text;
}

/** A date as a date cell, an Excel serial number, or text in dd/mm/yyyy or yyyy-mm-dd. */
export function readDate(reader: CellReader, sheet: Worksheet, address: string, what: string): string | null {
  const v = plainValue(cellAt(sheet, address));
  if (v === null) return null;
  const bad = (text: string) => {
    reader.problems.push({ where: where(sheet, address), message: `${what} "${shown(text)}" is not a date; write it as dd/mm/yyyy` });
    return null;
  };
  if (v instanceof Date) return dateToIso(v) ?? bad(String(v));
  if (typeof v === 'number') return excelSerialToIso(v) ?? bad(String(v));
  if (typeof v === 'string') return v.trim() === '' ? null : (parseDateText(v) ?? bad(v.trim()));
  if (typeof v === 'boolean') return bad(String(v));
  reader.problems.push({ where: where(sheet, address), message: `${what} shows the error ${v.error}` });
  return null;
}

/** The cell's text for matching labels and marks, trimmed; blank for anything that is not text or a number. */
export function labelOf(sheet: Worksheet, address: string): string {
  const v = plainValue(cellAt(sheet, address));
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}
