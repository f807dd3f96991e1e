import type { RatingLevelId } from '../instrument/schema.ts';
import type { ActionStatus } from '../model/review.ts';

/**
 * Which actions and ratings need attention, in one place for the summary, the register, carry-forward and the
 * workbooks. The status labels live beside their schema (ACTION_STATUS_LABELS in model/review.ts).
 */

/** Statuses of an action still to be done: these are carried forward, can be overdue, and count as open. */
export const UNFINISHED_STATUSES: ReadonlySet<ActionStatus> = new Set<ActionStatus>(['open', 'in-progress']);

export function isUnfinished(status: ActionStatus): boolean {
  return UNFINISHED_STATUSES.has(status);
}

/** The levels that make a benchmark a priority, most urgent first: "NO - action is needed", then "… in hand". */
export const PRIORITY_LEVELS = ['no-action-needed', 'no-action-in-hand'] as const satisfies readonly RatingLevelId[];
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

/**
 * "Overdue (3 days)": the wording for an action or parked point past its due date, on screen and in every sheet;
 * empty when not late.
 */
export function overdueLabel(daysLate: number): string {
  return daysLate > 0 ? `Overdue (${daysLate} ${daysLate === 1 ? 'day' : 'days'})` : '';
}
