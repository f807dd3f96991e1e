import { FACTOR_SYMBOLS } from '../vocabulary/factors.ts';

/**
 * Text rules shared by every sheet: what may go into a cell, what counts as a mark, how dates go into and come out of
 * cells. A date in words is shared/dates.ts displayDate, the screen's own rule.
 */

/**
 * XML 1.0 cannot carry most control characters, and XML parsers turn CR LF into LF, so text is normalised to what a
 * workbook can hold before it is written; everything else (leading = + - @ included) is kept exactly.
 */
export function cellText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export const { tick: TICK, cross: CROSS } = FACTOR_SYMBOLS;

/** A rating column counts as chosen when it holds anything but blanks: x, X, ✓, yes, or any other text. */
export function isMarked(text: string): boolean {
  return text.trim() !== '';
}

const TICKS = new Set(['✓', '✔', '☑', 'yes', 'y', 'tick', 'true']);
const CROSSES = new Set(['✗', '✘', '×', 'x', 'no', 'n', 'cross', 'false', '☒']);

/** A typical factor is ticked (it needs addressing) or crossed (it does not); x is a cross, as on the paper form. */
export function parseFactorMark(text: string): 'tick' | 'cross' | null | 'unknown' {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (TICKS.has(t)) return 'tick';
  if (CROSSES.has(t)) return 'cross';
  return 'unknown';
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900 || year > 9999) return null;
  return d.toISOString().slice(0, 10);
}

/** Dates typed as text: 2025-03-31 or 31/03/2025 (British order; a US-style 03/31/2025 is rejected, not guessed). */
export function parseDateText(text: string): string | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = UK.exec(t);
  if (uk) return isoOf(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  return null;
}

/** Excel's day 0 is 30 December 1899 (the 1900 leap-year bug is absorbed by starting there). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);
}

/** Dates are written as real date cells at midnight UTC, the convention ExcelJS reads back. */
export function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function dateToIso(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // LibreOffice can store a date a few milliseconds off midnight; round to the nearest day.
  return new Date(Math.round(date.getTime() / DAY) * DAY).toISOString().slice(0, 10);
}

/** Lists (partners, participants) are shown one per line in a single cell. */
export function joinLines(items: readonly string[]): string {
  return items.map(cellText).join('\n');
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
