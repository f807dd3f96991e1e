import { CHANGE_ARROWS, CHANGE_LABELS, type ChangeKind } from '@shared/compare/change.ts';
import type { FactorChange, FactorState } from '@shared/compare/factors.ts';
import { CHANGE_ORDER } from '@shared/vocabulary/changes.ts';
import { FACTOR_MEANINGS, FACTOR_SYMBOLS } from '@shared/vocabulary/factors.ts';

/** Dates on screen the British way, e.g. "1 Mar 2025": one formatter for every view. */
export { displayDate as shortDate } from '../ui/dates.ts';

/** The kinds a person sees counted above each column, in reading order. */
export const COUNTED_CHANGES: readonly ChangeKind[] = CHANGE_ORDER;

export function arrowOf(kind: ChangeKind): string {
  return CHANGE_ARROWS[kind];
}

export function changeLabel(kind: ChangeKind): string {
  return CHANGE_LABELS[kind];
}

export const FACTOR_MARKS: Record<FactorState, { symbol: string; label: string }> = {
  tick: { symbol: FACTOR_SYMBOLS.tick, label: FACTOR_MEANINGS.tick },
  cross: { symbol: FACTOR_SYMBOLS.cross, label: FACTOR_MEANINGS.cross },
  unanswered: { symbol: '', label: 'not answered' },
  absent: { symbol: '–', label: 'not in this form version' },
};

export const FACTOR_CHANGES: Record<Exclude<FactorChange, null | 'still'>, string> = {
  appeared: 'Newly appeared',
  resolved: 'Resolved',
};
