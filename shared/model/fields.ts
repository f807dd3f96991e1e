import { z } from '../zod.ts';

/** The field types every saved record is built from, so a limit is set once for reviews and respondents alike. */

/** Generous caps: far above any workshop note, low enough that a hostile file cannot exhaust memory. */
export const LIMITS = { shortText: 500, longText: 20_000, listItems: 200, respondents: 200, reviewIntervalMonths: 120 } as const;

export const IdSchema = z.uuid();
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const ShortText = z.string().check(z.maxLength(LIMITS.shortText));
export const LongText = z.string().check(z.maxLength(LIMITS.longText));
/** A benchmark, section or factor id used as a record key. */
export const Key = z.string().check(z.maxLength(100));

/** A typical factor is ticked (needs addressing), crossed (does not), or absent from the record (unanswered). */
export const FactorMark = z.enum(['tick', 'cross']);
export type FactorMark = z.infer<typeof FactorMark>;
