import { z } from '../zod.ts';
import { PartnershipSchema, ReviewSchema } from '../model/review.ts';

/** A review travels with its partnership so that it can be opened on a laptop that has never seen either. */
export const ReviewBundleSchema = z.strictObject({ partnership: PartnershipSchema, review: ReviewSchema }).check(
  z.refine((b) => b.review.partnershipId === b.partnership.id, {
    message: 'the review belongs to a different partnership',
    path: ['review', 'partnershipId'],
  }),
);
export type ReviewBundle = z.infer<typeof ReviewBundleSchema>;

/** The whole library, as one backup. */
export const LibrarySnapshotSchema = z.strictObject({
  partnerships: z.array(PartnershipSchema),
  reviews: z.array(ReviewSchema),
});
export type LibrarySnapshot = z.infer<typeof LibrarySnapshotSchema>;
