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

const britishMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Nov 2025": a month where a day would be too much (a chart's axis), the year in full so it never reads as a day. */
export function displayMonth(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? iso : britishMonth.format(day);
}

/**
 * Date fields read and write day/month/year whatever the laptop's locale: a British consultant on an American laptop
 * still types 03/04/2026 for 3 April. The stored value stays ISO.
 */
export const DATE_FIELD_FORMAT = 'dd/mm/yyyy';

/** "2026-04-03" → "03/04/2026", for a date field. */
export function fieldDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * What a person typed in a date field, as an ISO day: day/month/year with "/", "-", "." or spaces between (one or two
 * digits for day and month, four for the year), or an ISO date as pasted from elsewhere. Null for anything else,
 * including a day the calendar does not have (31/04/2026, 29/02/2027).
 */
export function parseFieldDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A file name's stem with its day in ISO, said once: "<name> <iso day>", leaving the day out when the name already
 * holds it (a review titled "Review 11 Mar 2026", the default, or "Review 2026-03-11").
 */
export function datedStem(name: string, iso: string): string {
  const holds = name.includes(iso) || name.includes(displayDate(iso));
  return holds ? name.replace(displayDate(iso), iso) : `${name} ${iso}`;
}
