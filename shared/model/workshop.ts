import { z } from '../zod.ts';
import { RatingLevelId } from '../instrument/rating-level.ts';
import { IdSchema, IsoDate, IsoDateTime, Key, LIMITS, LongText, ShortText } from './fields.ts';

/**
 * What the room adds in a workshop: a show of hands per benchmark (anonymous counts per level, kept apart from named
 * respondents) and the parking lot of points raised to pick up later.
 */

/** No meeting room holds more; also bounds a hostile file. */
export const MAX_HANDS = 1000;
const Count = z.int().check(z.gte(0), z.lte(MAX_HANDS));
export const HandCountsSchema = z.partialRecord(RatingLevelId, Count);
export type HandCounts = z.infer<typeof HandCountsSchema>;

export const ParkedStatus = z.enum(['open', 'done']);
export type ParkedStatus = z.infer<typeof ParkedStatus>;
export const PARKED_STATUS_LABELS: Record<ParkedStatus, string> = { open: 'Open', done: 'Done' };

export const ParkedItemSchema = z.strictObject({
  id: IdSchema,
  text: LongText,
  owner: ShortText,
  dueDate: z.nullable(IsoDate),
  status: ParkedStatus,
  /** The benchmark on screen when it was parked, if any. */
  benchmarkId: z.nullable(Key),
  raisedAt: IsoDateTime,
});
export type ParkedItem = z.infer<typeof ParkedItemSchema>;

export const ParkingLotSchema = z.array(ParkedItemSchema).check(z.maxLength(LIMITS.listItems));
