/** Where things sit on the Summary: the writer (summary-sheet.ts) and the reader (summary-read.ts) both take them from here. */

/** The labels in column A of the Summary; the reader finds each value beside its label. */
export const SUMMARY_LABELS = {
  partnership: 'Partnership',
  partners: 'Partners',
  partnershipNotes: 'Partnership notes',
  title: 'Review',
  date: 'Date',
  facilitator: 'Facilitator',
  participants: 'Participants',
  status: 'Status',
  form: 'Form',
  formVersion: 'Form version',
} as const;
export const SCORES_HEADING = 'Section';
export const STATUS_LABELS = { draft: 'Draft', final: 'Final' } as const;
/** Row 3 of the Summary says plainly whether the review is final (nothing for the blank form). */
export const STATUS_NOTES = {
  draft: 'Draft: not yet final.',
  final: 'Final: agreed, and read-only in the app until reopened.',
} as const;
