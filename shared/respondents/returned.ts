import { z } from '../zod.ts';
import { IdSchema } from '../model/fields.ts';
import { RespondentSchema } from '../model/respondent.ts';

/**
 * What a returned response form says, checked wherever it crosses a boundary (a worker thread's answer): the same
 * fields and limits as a respondent, so a file that passes here makes a respondent the review can hold.
 */
const { name, organisation, role, ratings, comments, factors } = RespondentSchema.shape;
export const ReturnedResponseSchema = z.strictObject({
  fileName: z.string(),
  reviewId: z.nullable(IdSchema),
  formId: z.nullable(IdSchema),
  respondent: z.strictObject({ name, organisation, role, ratings, comments, factors }),
});
