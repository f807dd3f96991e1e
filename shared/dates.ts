/**
 * Dates for people, the British way, e.g. "1 Mar 2025" — on screen, in workbooks and in the PDF report alike. Stored
 * dates are ISO calendar days (yyyy-mm-dd); they are read and formatted in UTC so that no time zone can move a review
 * to the day before. Intl rather than a date library: it is built into every browser, Electron and Node, so it costs
 * the start-up bundle nothing.
 */
const british = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function displayDate(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? iso : british.format(day);
}
