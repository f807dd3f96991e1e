import type { Instrument } from '../instrument/schema.ts';
import type { Partnership, Review } from '../model/review.ts';

/**
 * What a report is made from. Everything here has already passed the model's schemas at a boundary (the store, a
 * review file, IPC), so the report code trusts it.
 */
export interface ReportInput {
  partnership: Partnership;
  review: Review;
  /** The form the review was made with. */
  instrument: Instrument;
  /**
   * Earlier reviews of the same partnership, in any order. The change section compares the review with the latest of
   * them (the person's choice: the app and the command line default to the previous review) and draws the index trend
   * over all of them. Empty: no change section.
   */
  earlier: readonly Review[];
}
