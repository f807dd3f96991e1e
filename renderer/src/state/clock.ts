/** The wall clock, in one place so editors can be given a fixed one in tests. */
export const isoNow = (): string => new Date().toISOString();
