import type { Instrument } from '../instrument/schema.ts';
import type { Review, ReviewStatus } from '../model/review.ts';
import type { Respondent } from '../model/respondent.ts';
import type { PageHeading } from './print.ts';
import { displayDate } from '../dates.ts';

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
  /** The blank form: instructions and fill-in cells for a partner, no Summary or Action plan. */
  blank: boolean;
  /**
   * A review workbook's agreement columns (the respondents' spread, No agreement reached, Why we agreed this) and its
   * Respondents sheet; absent on a blank form. The respondents are already as they may be shared (forSharing).
   */
  agreement?: AgreementContent;
  /** The local calendar day overdue actions are judged against (yyyy-mm-dd). */
  today: string;
  /**
   * A response form (excel/response-form/): a blank form for one respondent of a known review, asking for their name,
   * organisation and role at the top of the Introduction (prefilled when the consultant gave them) and naming the
   * partnership and review.
   */
  respondent?: { name: string; organisation: string; role: string };
}

export interface AgreementContent {
  respondents: Respondent[];
  anonymous: boolean;
  minGroupSize: number;
}

/** Every printed page names the partnership, the review and its date; a blank form leaves lines to write them on. */
export function pageHeadingOf(content: FormContent): PageHeading {
  if (content.blank && !content.respondent)
    return { left: 'Partnership: ________________', centre: content.instrument.name, right: 'Date: ______________' };
  const { partnership, review } = content;
  return { left: partnership.name, centre: review.title, right: review.date ? displayDate(review.date) : '' };
}

export function blankContent(instrument: Instrument, today: string): FormContent {
  return {
    blank: true,
    today,
    instrument,
    partnership: { name: '', partners: [], notes: '' },
    review: { title: '', date: null, facilitator: '', participants: [], status: null, answers: {}, factors: {} },
  };
}
