import type { Instrument } from '../instrument/schema.ts';
import type { Review, ReviewStatus } from '../model/review.ts';

/**
 * What the sheets show: a review with its partnership, or the blank form (no status, no date, nothing answered).
 * The writers take this so the review workbook and the template come out of the same code.
 */
export interface FormContent {
  instrument: Instrument;
  partnership: { name: string; partners: string[]; notes: string };
  review: {
    title: string;
    date: string | null;
    facilitator: string;
    participants: string[];
    status: ReviewStatus | null;
    answers: Review['answers'];
    factors: Review['factors'];
  };
}

export function blankContent(instrument: Instrument): FormContent {
  return {
    instrument,
    partnership: { name: '', partners: [], notes: '' },
    review: { title: '', date: null, facilitator: '', participants: [], status: null, answers: {}, factors: {} },
  };
}
