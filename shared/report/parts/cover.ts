import type { Content } from 'pdfmake/interfaces';
import { displayDate } from '../../dates.ts';
import type { ReportContext } from '../context.ts';
import { indexWithCoverage } from '../../vocabulary/index-coverage.ts';

export const STATUS_LABELS = { draft: 'Draft', final: 'Final' } as const;

function field(label: string, value: string): Content[] {
  return [
    { text: label, style: 'label' },
    { text: value.trim() === '' ? '–' : value, margin: [0, 1, 0, 10] },
  ];
}

/** Who, what and when: the page a board member reads first. */
export function coverPart(ctx: ReportContext): Content[] {
  const { partnership, review, instrument, score } = ctx;
  return [
    // Said at the top, not only in the fields: a final report is the agreed record, a draft may still change.
    { text: `Partnership review report · ${STATUS_LABELS[review.status]}`, style: 'subtitle', margin: [0, 120, 0, 4] },
    { text: partnership.name, style: 'title' },
    { text: `${instrument.publisher} · ${instrument.name}`, style: 'subtitle' },
    ...field('Partner organisations', partnership.partners.join(', ')),
    ...field('Review', review.title),
    ...field('Date', displayDate(review.date)),
    ...field('Facilitator', review.facilitator),
    ...field('Participants', review.participants.join(', ')),
    ...field('Status', STATUS_LABELS[review.status]),
    ...field('Overall', indexWithCoverage(score.overall)),
  ];
}
