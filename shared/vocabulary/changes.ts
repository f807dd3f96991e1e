import type { ChangeKind } from '../compare/change.ts';

/**
 * The changes a person sees counted above each column and in the workbook's key, in reading order. 'none' (the first
 * column, or nothing to compare) is never counted. Labels and arrows: CHANGE_LABELS / CHANGE_ARROWS in compare/change.ts.
 */
export const CHANGE_ORDER = ['up', 'down', 'same', 'new', 'gone'] as const satisfies readonly ChangeKind[];
