import type { RatingLevelId } from '../instrument/schema.ts';
import { LEVEL_SCORE } from '../scoring.ts';
import { CHANGE_ORDER } from '../vocabulary/changes.ts';

/**
 * How a benchmark's rating moved since the previous review in the comparison. `none` covers the first column,
 * a benchmark unrated in both, and a benchmark that one of the two forms does not have.
 */
export type ChangeKind = 'up' | 'down' | 'same' | 'new' | 'gone' | 'none';
export const CHANGE_KINDS: readonly ChangeKind[] = [...CHANGE_ORDER, 'none'];

/** What an arrow means, for screen readers, tooltips and the workbook's key. */
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  up: 'up',
  down: 'down',
  same: 'same',
  new: 'newly rated',
  gone: 'no longer rated',
  none: 'no earlier rating to compare',
};

export const CHANGE_ARROWS: Record<ChangeKind, string> = {
  up: '↑',
  down: '↓',
  same: '→',
  new: '•',
  gone: '✕',
  none: '',
};

export function changeBetween(previous: RatingLevelId | null, current: RatingLevelId | null): ChangeKind {
  if (previous === null) return current === null ? 'none' : 'new';
  if (current === null) return 'gone';
  const delta = LEVEL_SCORE[current] - LEVEL_SCORE[previous];
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}

/** A change worth showing under "only changed": a move between levels, or a rating that appeared or went. */
export function isChange(kind: ChangeKind): boolean {
  return kind === 'up' || kind === 'down' || kind === 'new' || kind === 'gone';
}

export function emptyChangeCounts(): Record<ChangeKind, number> {
  return { up: 0, down: 0, same: 0, new: 0, gone: 0, none: 0 };
}
