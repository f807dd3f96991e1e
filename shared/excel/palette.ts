import type { RatingLevelId } from '../instrument/schema.ts';
import { LEVEL_COLOURS } from '../levels.ts';

/**
 * Every colour the workbooks use, as the ARGB strings ExcelJS wants. The level colours come from the app's one palette
 * (shared/levels.ts), so a client who sees red in the app sees the same red in Excel; the rest are the workbooks' own
 * greys. Sheets never spell a colour out: they wear a look from styles.ts, which takes its colours from here.
 */

/** "#F6D5D1" -> "FFF6D5D1". */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export function levelFill(level: RatingLevelId): string {
  return argb(LEVEL_COLOURS[level].fill);
}

export function levelInk(level: RatingLevelId): string {
  return argb(LEVEL_COLOURS[level].strong);
}

/** Text and the rule under column headings. */
export const INK = 'FF1F2933';
/** Thin cell borders. */
export const RULE = 'FFB8C2CC';
/** Column headings. */
export const HEADER_FILL = 'FFE8EDF2';
/** Section headings inside a table: a step darker than the column headings so the groups stand out in print. */
export const SECTION_FILL = 'FFD5DEE7';
/** Explanations and "not in this form". */
export const MUTED = 'FF6B7785';
/** The tab of a sheet a client starts from. */
export const TAB = 'FF3B5B7A';
/** Something needing attention (overdue, newly appeared, no action yet) wears the "action is needed" colours. */
export const ALERT = levelInk('no-action-needed');
export const ALERT_FILL = levelFill('no-action-needed');
/** Something resolved wears the "working well" colours. */
export const RESOLVED = levelInk('yes-working-well');
export const RESOLVED_FILL = levelFill('yes-working-well');
