import { CHANGE_ARROWS, CHANGE_LABELS, type ChangeKind } from '../../../shared/compare/change.ts';
import type { FactorChange, FactorState } from '../../../shared/compare/factors.ts';

/** Dates on screen the British way, e.g. "1 Mar 2025": one formatter for every view. */
export { displayDate as shortDate } from '../ui/dates.ts';

/** The kinds a person sees counted above each column, in reading order. */
export const COUNTED_CHANGES: readonly ChangeKind[] = ['up', 'down', 'same', 'new', 'gone'];

export function arrowOf(kind: ChangeKind): string {
  return CHANGE_ARROWS[kind];
}

export function changeLabel(kind: ChangeKind): string {
  return CHANGE_LABELS[kind];
}

export const FACTOR_MARKS: Record<FactorState, { symbol: string; label: string }> = {
  tick: { symbol: '✓', label: 'needs addressing' },
  cross: { symbol: '✗', label: 'does not need addressing' },
  unanswered: { symbol: '', label: 'not answered' },
  absent: { symbol: '–', label: 'not in this form version' },
};

export const FACTOR_CHANGES: Record<Exclude<FactorChange, null | 'still'>, string> = {
  appeared: 'Newly appeared',
  resolved: 'Resolved',
};
