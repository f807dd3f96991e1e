import { FACTOR_SYMBOLS } from '../vocabulary/factors.ts';

/** Where things sit on a section sheet: the writer (section-sheet.ts) and the reader (section-read.ts) both take them from here. */

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
