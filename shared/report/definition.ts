import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { displayDate } from '../dates.ts';
import { contextOf, type ReportContext } from './context.ts';
import type { ReportInput } from './input.ts';
import { composed } from './nfc.ts';
import { changePart } from './parts/change.ts';
import { coverPart, STATUS_LABELS } from './parts/cover.ts';
import { glancePart } from './parts/glance.ts';
import { howToReadPart } from './parts/how-to-read.ts';
import { prioritiesPart } from './parts/priorities.ts';
import { sectionsPart } from './parts/sections.ts';
import { INK, PAGE, REPORT_FONT, STYLES } from './style.ts';

/**
 * The report's parts in the order the issue sets. Each is a pure function of the context, so a new part (the
 * parking lot of the workshop mode, issue 13) is one function and one line here, before "how to read this".
 */
const PARTS: readonly ((ctx: ReportContext) => Content[])[] = [
  coverPart,
  glancePart,
  prioritiesPart,
  sectionsPart,
  changePart,
  howToReadPart,
];

export const DRAFT_WATERMARK = STATUS_LABELS.draft;

/** The footer line that names the document on every page. */
export function footerLabel(input: Pick<ReportInput, 'partnership' | 'review'>): string {
  return `${input.partnership.name} · ${input.review.title} · ${displayDate(input.review.date)}`;
}

/** Review(s) + partnership + instrument → a pdfmake document definition. Pure: no fonts, no bytes, no I/O. */
export function reportDefinition(input: ReportInput): TDocumentDefinitions {
  const ctx = contextOf(input);
  const label = composed(footerLabel(input));
  return composed<TDocumentDefinitions>({
    pageSize: PAGE.size,
    pageOrientation: 'portrait',
    pageMargins: PAGE.margins,
    info: {
      title: `${input.partnership.name} – ${input.review.title}`,
      subject: `${input.instrument.name}: partnership review report`,
      creator: 'Partnership Review',
    },
    ...(input.review.status === 'draft' ? { watermark: { text: DRAFT_WATERMARK, opacity: 0.12, bold: true, angle: -45 } } : {}),
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: label, width: '*' },
        { text: `Page ${currentPage} of ${pageCount}`, width: 'auto' },
      ],
      fontSize: 8,
      color: INK.muted,
      margin: [PAGE.margins[0], 24, PAGE.margins[2], 0],
    }),
    defaultStyle: { font: REPORT_FONT, fontSize: 9.5, lineHeight: 1.15, color: INK.text },
    styles: STYLES,
    content: PARTS.flatMap((part) => part(ctx)),
  });
}
