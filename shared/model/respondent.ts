import { z } from '../zod.ts';
import { RatingLevelId } from '../instrument/rating-level.ts';
import { FactorMark, IdSchema, IsoDateTime, Key, LIMITS, LongText, ShortText } from './fields.ts';

/**
 * One partner's own view of the form, collected before the room agrees: from a returned response form or typed in by
 * hand from a paper form handed in on the day. Every part is optional, as on paper: a respondent may leave their name
 * off, skip a benchmark or tick no factors.
 */
export const ResponseSource = z.enum(['response-form', 'by-hand']);
export type ResponseSource = z.infer<typeof ResponseSource>;
export const RESPONSE_SOURCE_LABELS: Record<ResponseSource, string> = {
  'response-form': 'Response form',
  'by-hand': 'Entered by hand',
};

export const RespondentSchema = z.strictObject({
  id: IdSchema,
  name: ShortText,
  /** One of the partnership's partner organisations, or whatever the respondent wrote. */
  organisation: ShortText,
  role: ShortText,
  source: ResponseSource,
  /** The response form it came back on (its id in the form's hidden data sheet); null by hand or on a plain blank form. */
  formId: z.nullable(IdSchema),
  /** What the returned file said (respondents/fingerprint.ts), so the same file collected twice adds nothing. */
  fingerprint: z.nullable(z.string().check(z.maxLength(40))),
  /** Keyed by benchmark id; a benchmark the respondent did not rate has no entry. */
  ratings: z.record(Key, RatingLevelId),
  comments: z.record(Key, LongText),
  /** Keyed by section id, then factor id. */
  factors: z.record(Key, z.record(Key, FactorMark)),
  receivedAt: IsoDateTime,
});
export type Respondent = z.infer<typeof RespondentSchema>;

export const RespondentsSchema = z
  .array(RespondentSchema)
  .check(z.maxLength(LIMITS.respondents, { error: `a review holds at most ${LIMITS.respondents} respondents` }));
