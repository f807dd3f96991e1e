import { FORM_AREA } from './area.ts';

/** A rectangle of cells, 1-based and inclusive, as Excel's A1 references name them. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let out = '';
  for (let left = n; left > 0; left = Math.floor((left - 1) / 26)) out = String.fromCharCode(65 + ((left - 1) % 26)) + out;
  return out;
}

// Up to 3 letters and 7 digits: anything longer is beyond Excel's sheet and is read as a (huge) number anyway.
const END = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/;

function parseEnd(text: string): { row: number | null; column: number | null } | null {
  const m = END.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  return { column: m[1] ? columnNumber(m[1].toUpperCase()) : null, row: m[2] ? Number(m[2]) : null };
}

/** "B3", "$B$3:$J$20", whole columns "C:C" and whole rows "5:7"; null for anything else. */
export function parseRange(text: string): CellRange | null {
  const [a, b, extra] = text.split(':');
  if (a === undefined || extra !== undefined) return null;
  const from = parseEnd(a);
  const to = b === undefined ? from : parseEnd(b);
  if (!from || !to) return null;
  // A half-open end must be matched: "C:C" is a column, "5:7" are rows, "C5:7" is nonsense.
  if ((from.row === null) !== (to.row === null) || (from.column === null) !== (to.column === null)) return null;
  const top = from.row ?? 1;
  const bottom = to.row ?? EXCEL_ROWS;
  const left = from.column ?? 1;
  const right = to.column ?? EXCEL_COLUMNS;
  if (top < 1 || left < 1) return null;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

export function formatRange(r: CellRange): string {
  const tl = `${columnLetters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${columnLetters(r.right)}${r.bottom}`;
}

export function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** The part of a range inside the form's area, or null when none of it is. */
export function clipToArea(r: CellRange): CellRange | null {
  if (r.top > FORM_AREA.lastRow || r.left > FORM_AREA.lastColumn) return null;
  return { top: r.top, left: r.left, bottom: Math.min(r.bottom, FORM_AREA.lastRow), right: Math.min(r.right, FORM_AREA.lastColumn) };
}

export function insideArea(r: CellRange): boolean {
  return r.bottom <= FORM_AREA.lastRow && r.right <= FORM_AREA.lastColumn;
}
