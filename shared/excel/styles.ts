import type { RatingLevelId } from '../instrument/schema.ts';
import type { Borders, Font, Style } from 'exceljs';
import type { Cell } from './exceljs.ts';
import { DATE_FORMAT } from './layout.ts';
import { ALERT, ALERT_FILL, HEADER_FILL, INK, levelFill, levelInk, MUTED, RESOLVED, RESOLVED_FILL, RULE, SECTION_FILL } from './palette.ts';
import { cellText } from './text.ts';

/**
 * Every look the workbooks use (the review workbook, the blank form and the comparison), built once and shared by every cell that wears it. ExcelJS turns a cell's style
 * object into its styles.xml entry by serialising each part, and skips that for an object it has already seen; one
 * fresh object per cell made that the larger part of the export's time. The objects are frozen because ExcelJS's
 * `cell.font = …` writes into the cell's style object: on a shared one that would restyle every cell using it, and
 * frozen it throws instead. So a cell is given its whole, final look at once (before a merge copies it to the
 * covered cells), never patched afterwards.
 */

export type Look = Readonly<Partial<Style>>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function look(style: Partial<Style>): Look {
  return deepFreeze(style);
}

const solid = (fill: string) => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: fill } }) as const;
const rule = { style: 'thin', color: { argb: RULE } } as const;
const bodyBorder: Partial<Borders> = { top: rule, left: rule, bottom: rule, right: rule };
const bodyAlign = (horizontal: 'left' | 'center') => ({ wrapText: true, vertical: 'top', horizontal }) as const;
const headerAlign = { wrapText: true, vertical: 'middle', horizontal: 'center' } as const;
const headerBorder: Partial<Borders> = { bottom: { style: 'medium', color: { argb: INK } } };
const headerFont: Partial<Font> = { bold: true, color: { argb: INK } };

const box = { style: 'thin', color: { argb: INK } } as const;
const boxBorder: Partial<Borders> = { top: box, left: box, bottom: box, right: box };
/** Cells a partner fills stay editable when the blank form's sheets are protected. */
const open = { locked: false } as const;

const body = (extra: Partial<Style> = {}, horizontal: 'left' | 'center' = 'left'): Look =>
  look({ alignment: bodyAlign(horizontal), border: bodyBorder, ...extra });
const header = (font: Partial<Font>, fill: string, alignment: Partial<Style['alignment']> = headerAlign): Look =>
  look({ font, fill: solid(fill), alignment, border: headerBorder });

/** One look per kind of cell, and per rating level where the level's colours show. */
function perLevel(make: (level: RatingLevelId) => Look): (level: RatingLevelId) => Look {
  const made = new Map<RatingLevelId, Look>();
  return (level) => {
    let found = made.get(level);
    if (!found) made.set(level, (found = make(level)));
    return found;
  };
}

const muted = { italic: true, color: { argb: MUTED } } as const;

export const LOOKS = {
  title: look({ font: { bold: true, size: 16, color: { argb: INK } }, alignment: { vertical: 'middle' } }),
  subTitle: look({ font: { bold: true, size: 13 }, alignment: { vertical: 'middle' } }),
  italic: look({ font: { italic: true } }),
  aim: look({ font: { italic: true }, alignment: { wrapText: true, vertical: 'top' } }),
  label: look({ font: { bold: true, color: { argb: INK } }, alignment: { vertical: 'top', wrapText: true } }),
  header: header(headerFont, HEADER_FILL),
  /** The factors question heads a long merged row, so it reads from the left. */
  headerLeft: header(headerFont, HEADER_FILL, { horizontal: 'left', vertical: 'middle', wrapText: true }),
  /** 10 pt so "improving" fits its narrow column; 9 pt on paper at the 90 % print scale. */
  levelHeader: perLevel((level) => header({ bold: true, size: 10, color: { argb: levelInk(level) } }, levelFill(level))),
  body: body(),
  bodyBold: body({ font: { bold: true } }),
  centre: body({}, 'center'),
  centreBold: body({ font: { bold: true } }, 'center'),
  date: body({ numFmt: DATE_FORMAT }),
  /** Text a person fills in: Action Needed, By Whom?, notes, the partnership's details. */
  fillIn: body({ protection: open }),
  fillInDate: body({ numFmt: DATE_FORMAT, protection: open }),
  /** A short choice a person makes from a dropdown ("No agreement reached"). */
  fillInCentre: body({ protection: open }, 'center'),
  /** A share 0–1 shown as a whole percentage (the respondents' consensus). */
  percent: body({ numFmt: '0%' }, 'center'),
  percentBold: body({ numFmt: '0%', font: { bold: true } }, 'center'),
  /** A box to mark: a rating column or a typical factor, drawn darker so it shows on paper. */
  markBox: body({ border: boxBorder, protection: open, font: { size: 14 }, alignment: { horizontal: 'center', vertical: 'middle' } }),
  /** A chosen rating on a section sheet: a tick in the level's colours, in its box. */
  tick: perLevel((level) =>
    body({
      font: { bold: true, size: 14, color: { argb: levelInk(level) } },
      fill: solid(levelFill(level)),
      border: boxBorder,
      protection: open,
      alignment: { horizontal: 'center', vertical: 'middle' },
    }),
  ),
  /** A heading above text, for the blank form's instructions. */
  lead: look({ font: { bold: true, size: 12, color: { argb: INK } }, alignment: { vertical: 'top', wrapText: true } }),
  /** Running text, wrapped. */
  prose: look({ alignment: { vertical: 'top', wrapText: true } }),
  /** A rating named in words on the Summary's priorities and the Action plan. */
  rating: perLevel((level) => body({ fill: solid(levelFill(level)) })),
  /** "No action yet" on the Summary's priorities. */
  missingAction: body({ font: { italic: true, color: { argb: ALERT } } }),
  leftAligned: look({ alignment: { horizontal: 'left' } }),

  // The comparison workbook.
  /** The line under a sheet's title saying how to read it. */
  note: look({ font: muted, alignment: { wrapText: true, vertical: 'top' } }),
  /** A section heading across the ratings table. */
  sectionHeader: header(headerFont, SECTION_FILL, { horizontal: 'left', vertical: 'middle' }),
  /** A section heading across the factors table. */
  sectionBand: look({ font: { bold: true }, fill: solid(SECTION_FILL) }),
  /** A section's name beside its block of measures on the trends sheet. */
  sectionName: look({ font: { bold: true }, fill: solid(SECTION_FILL), alignment: { vertical: 'top', wrapText: true } }),
  /** "not rated", "–", "not in this form". */
  mutedCentre: body({ font: muted }, 'center'),
  /** A rating in a comparison column, bold when it moved since the previous review. */
  movedRating: perLevel((level) =>
    body({ fill: solid(levelFill(level)), font: { bold: true, color: { argb: levelInk(level) } } }, 'center'),
  ),
  keptRating: perLevel((level) =>
    body({ fill: solid(levelFill(level)), font: { bold: false, color: { argb: levelInk(level) } } }, 'center'),
  ),
  /** A level's name labelling its row of counts. */
  levelLabel: perLevel((level) => body({ fill: solid(levelFill(level)), font: { color: { argb: levelInk(level) } } })),
  /** Needs attention: an overdue action, a typical factor that newly appeared. */
  alert: body({ font: { bold: true, color: { argb: ALERT } }, fill: solid(ALERT_FILL) }),
  alertCentre: body({ font: { bold: true, color: { argb: ALERT } }, fill: solid(ALERT_FILL) }, 'center'),
  /** An overdue date (the portfolio's next review, an action's due date). */
  alertDate: body({ numFmt: DATE_FORMAT, font: { bold: true, color: { argb: ALERT } }, fill: solid(ALERT_FILL) }),
  /** A typical factor that was resolved. */
  resolvedCentre: body({ font: { bold: true, color: { argb: RESOLVED } }, fill: solid(RESOLVED_FILL) }, 'center'),
} as const;

/** Gives a cell its whole look; the cast is only because ExcelJS types `style` as mutable. */
export function wear(cell: Cell, style: Look): void {
  cell.style = style as Partial<Style>;
}

/** `putText` with the shared body look: user text always goes in as a string value, so "=SUM(A1)" is shown, never run. */
export function putStyledText(cell: Cell, text: string, style: Look = LOOKS.body): void {
  wear(cell, style);
  const clean = cellText(text);
  if (clean !== '') cell.value = clean;
}
