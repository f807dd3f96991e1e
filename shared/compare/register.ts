import { differenceInCalendarDays, isValid, parseISO } from 'date-fns';
import type { ActionStatus, Review } from '../model/review.ts';
import { formsOf, sortByDate, unionOutline, type CompareOptions } from './outline.ts';
import { isUnfinished } from '../vocabulary/actions.ts';

export interface RegisterEntry {
  benchmarkId: string;
  number: string;
  statement: string;
  sectionTitle: string;
  actionNeeded: string;
  byWhom: string;
  dueDate: string | null;
  status: ActionStatus;
  /** The review that holds the action's latest state: edit the status there. */
  reviewId: string;
  reviewTitle: string;
  reviewDate: string;
  /** Where the action was first written; the same as reviewId unless it was carried forward. */
  originReviewId: string;
  /** Null when the origin review is not among those given (it was deleted or not chosen). */
  originReviewTitle: string | null;
  originReviewDate: string | null;
  carried: boolean;
  overdue: boolean;
  /** Whole days past the due date; 0 when not overdue. */
  daysOverdue: number;
  /**
   * An open point parked in the workshop (its id in the review's parking lot), not an Action Needed: its text is in
   * `actionNeeded`, its owner in `byWhom`; `benchmarkId` is '' when it was parked away from any benchmark.
   */
  parkedId: string | null;
}

/** Where a parked point raised away from any benchmark is said to come from. */
export const PARKING_LOT = 'Parking lot';

export interface ActionRegister {
  entries: RegisterEntry[];
  overdue: number;
  byStatus: Record<ActionStatus, number>;
}

/** Whole days `dueDate` lies before `today` for an unfinished action; 0 when it is not overdue or a date is unreadable. */
export function daysOverdue(dueDate: string | null, status: ActionStatus, today: string | Date): number {
  if (dueDate === null || !isUnfinished(status)) return 0;
  const due = parseISO(dueDate);
  const now = typeof today === 'string' ? parseISO(today) : today;
  if (!isValid(due) || !isValid(now)) return 0;
  return Math.max(0, differenceInCalendarDays(now, due));
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every action across a partnership's reviews. An action carried forward appears once, in its latest state, with
 * the review it was first written in; if someone emptied a carried action's text, it was withdrawn and is not
 * listed. Actions on benchmarks that no known form version has cannot be named and are left out. Points parked in a
 * workshop and still open are listed too (see `parkedId`), so nothing raised in the room is forgotten.
 */
export function actionRegister(reviews: readonly Review[], today: string, options: CompareOptions = {}): ActionRegister {
  const sorted = sortByDate(reviews);
  const forms = formsOf(sorted, options);
  const titled = new Map(sorted.map((r) => [r.id, r]));
  const outline = unionOutline(forms).flatMap((s) => s.benchmarks.map((b) => ({ ...b, sectionTitle: s.title })));
  const position = new Map(outline.map((b, i) => [b.id, i]));
  const live = new Map<string, RegisterEntry>();
  const day = parseISO(today);

  for (const form of forms) {
    const review = form.review;
    for (const b of outline) {
      const answer = form.benchmarkIds.has(b.id) ? review.answers[b.id] : undefined;
      if (!answer) continue;
      const carriedKey = answer.carriedFrom ? `${answer.carriedFrom}|${b.id}` : undefined;
      const earlier = carriedKey ? live.get(carriedKey) : undefined;
      if (carriedKey) live.delete(carriedKey);
      if (answer.actionNeeded.trim() === '') continue;
      const originId = earlier?.originReviewId ?? answer.carriedFrom ?? review.id;
      const origin = titled.get(originId);
      const days = daysOverdue(answer.dueDate, answer.actionStatus, day);
      live.set(`${review.id}|${b.id}`, {
        benchmarkId: b.id,
        number: b.number,
        statement: b.statement,
        sectionTitle: b.sectionTitle,
        actionNeeded: answer.actionNeeded,
        byWhom: answer.byWhom,
        dueDate: answer.dueDate,
        status: answer.actionStatus,
        reviewId: review.id,
        reviewTitle: review.title,
        reviewDate: review.date,
        originReviewId: originId,
        originReviewTitle: origin?.title ?? null,
        originReviewDate: origin?.date ?? null,
        carried: originId !== review.id,
        overdue: days > 0,
        daysOverdue: days,
        parkedId: null,
      });
    }
    for (const item of review.parkingLot) {
      if (item.status !== 'open') continue;
      const b = outline.find((o) => o.id === item.benchmarkId);
      const days = daysOverdue(item.dueDate, 'open', day);
      live.set(`${review.id}|parked|${item.id}`, {
        benchmarkId: b?.id ?? '',
        number: b?.number ?? '',
        statement: b?.statement ?? PARKING_LOT,
        sectionTitle: b?.sectionTitle ?? '',
        actionNeeded: item.text,
        byWhom: item.owner,
        dueDate: item.dueDate,
        status: 'open',
        reviewId: review.id,
        reviewTitle: review.title,
        reviewDate: review.date,
        originReviewId: review.id,
        originReviewTitle: review.title,
        originReviewDate: review.date,
        carried: false,
        overdue: days > 0,
        daysOverdue: days,
        parkedId: item.id,
      });
    }
  }

  // Points parked away from any benchmark come last.
  const at = (e: RegisterEntry) => position.get(e.benchmarkId) ?? outline.length;
  const entries = [...live.values()].sort(
    (a, b) => at(a) - at(b) || byText(a.originReviewDate ?? '', b.originReviewDate ?? '') || byText(a.reviewDate, b.reviewDate),
  );
  const byStatus: Record<ActionStatus, number> = { open: 0, 'in-progress': 0, done: 0, dropped: 0 };
  for (const e of entries) byStatus[e.status] += 1;
  return { entries, overdue: entries.filter((e) => e.overdue).length, byStatus };
}
