/**
 * The one clock. Two kinds of time exist in this app and must never be mixed:
 * - the **local calendar day** (yyyy-mm-dd): what a person sees or types — a review's date, "today" for overdue
 *   actions, the date in a file name. It is the consultant's day where they sit, never UTC's (at 9 am in Auckland
 *   UTC is still on yesterday).
 * - the **instant** (ISO 8601 in UTC): stamps such as createdAt / updatedAt / exportedAt, compared as instants.
 * Code that needs either takes a Clock, so tests can fix both and run in any time zone.
 */
export interface Clock {
  /** The current instant, ISO 8601 in UTC (e.g. 2026-12-01T20:15:00.000Z). */
  now(): string;
  /** The local calendar day, yyyy-mm-dd. */
  today(): string;
}

/** yyyy-mm-dd of `date` in the time zone of the running process or page. */
export function localDayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The real clock of the machine the app runs on. */
export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => localDayOf(new Date()),
};

/** A clock stopped at one instant, for tests and for reproducible exports; `today` is that instant's local day. */
export function fixedClock(instant: string | Date): Clock {
  const date = new Date(instant);
  return { now: () => date.toISOString(), today: () => localDayOf(date) };
}
