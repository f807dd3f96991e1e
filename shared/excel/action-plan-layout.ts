import type { BenchmarkAnswer } from '../model/review.ts';

/** Where things sit on the Action plan: the writer (action-plan-sheet.ts) and the reader (action-plan-read.ts) both take them from here. */
export const ACTION_PLAN_HEADER_ROW = 2;
export const ACTION_PLAN_COLUMNS = [
  'No.',
  'Benchmark',
  'Rating',
  'Action Needed',
  'By Whom?',
  'Due date',
  'Status',
  'Carried forward',
  'Overdue',
] as const;
export const ACTION_PLAN_LAST_COLUMN = 'I';
export const PLAN_COLUMNS = { number: 'A', actionNeeded: 'D', byWhom: 'E', due: 'F', status: 'G', carried: 'H', overdue: 'I' } as const;

/** A benchmark belongs on the plan once anyone has written, owned, dated or progressed an action for it. */
export function hasAction(a: BenchmarkAnswer): boolean {
  return (
    a.actionNeeded.trim() !== '' || a.byWhom.trim() !== '' || a.dueDate !== null || a.actionStatus !== 'open' || a.carriedFrom !== null
  );
}
