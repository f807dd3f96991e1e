/** The wall clock, in one place so editors can be given a fixed one in tests. */
export const isoNow = (): string => new Date().toISOString();

/** The local calendar day, yyyy-mm-dd: what "today" means to the consultant at the keyboard (not UTC's day). */
export const localDay = (date = new Date()): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
