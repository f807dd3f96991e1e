import type { Content, TableCell } from 'pdfmake/interfaces';
import { CHANGE_ARROWS, CHANGE_LABELS } from '../../compare/change.ts';
import { compareReviews } from '../../compare/compare.ts';
import { sortByDate } from '../../compare/outline.ts';
import { sectionTrends } from '../../compare/trends.ts';
import { displayDate } from '../../dates.ts';
import type { Review } from '../../model/review.ts';
import type { ReportContext } from '../context.ts';
import { coverageText, isComparable, notComparableNote } from '../../vocabulary/index-coverage.ts';

/** The arrows' key, from the comparison's own labels so the report and the comparison screen agree. */
const KEY = (['up', 'down', 'same', 'new', 'gone'] as const).map((k) => `${CHANGE_ARROWS[k]} ${CHANGE_LABELS[k]}`).join('   ');

const titled = (r: Pick<Review, 'title' | 'date'>) => `${r.title} (${displayDate(r.date)})`;

/** Change since the chosen earlier review (arrows per benchmark) and the index over every review given. */
export function changePart(ctx: ReportContext): Content[] {
  if (ctx.earlier.length === 0) return [];
  const previous = sortByDate(ctx.earlier).at(-1)!;
  const comparison = compareReviews([previous, ctx.review]);
  // Date order, as in the comparison screen: a later review given as the earlier one is simply shown first.
  const before = comparison.columns[0]!;
  const after = comparison.columns[1]!;
  const counts = (['up', 'down', 'same', 'new', 'gone'] as const).map((k) => `${after.changes[k]} ${CHANGE_LABELS[k]}`).join(', ');
  const rows: TableCell[][] = comparison.sections.flatMap((s) =>
    s.rows.map((r): TableCell[] => {
      const [was, now] = [r.cells[0]!, r.cells[1]!];
      return [
        { text: r.number, bold: true },
        { text: r.statement },
        { text: ctx.levelLabel(was.rating) },
        { text: CHANGE_ARROWS[now.change], alignment: 'center', bold: true, fontSize: 11 },
        { text: ctx.levelLabel(now.rating) },
      ];
    }),
  );
  const trends = sectionTrends([...ctx.earlier, ctx.review]);
  const idx = (p: { index: number | null } | null) => (p === null || p.index === null ? '–' : String(p.index));
  const trendBody: TableCell[][] = [
    [
      { text: 'Review', style: 'tableHeader' },
      { text: 'Overall', style: 'tableHeader', alignment: 'center' },
      ...trends.sections.map((s): TableCell => ({ text: `${s.number} ${s.title}`, style: 'tableHeader', alignment: 'center' })),
    ],
    ...trends.columns.map((c, i): TableCell[] => [
      { text: titled(c), bold: c.reviewId === ctx.review.id },
      {
        text: [
          idx(trends.overall[i] ?? null),
          { text: trends.overall[i] ? `\n${coverageText(trends.overall[i])}` : '', style: 'small', bold: false },
        ],
        alignment: 'center',
        bold: true,
      },
      ...trends.sections.map((s): TableCell => ({ text: idx(s.points[i] ?? null), alignment: 'center' })),
    ]),
  ];
  return [
    { text: 'Change since the earlier review', style: 'h1', pageBreak: 'before' },
    { text: `${titled(before)} → ${titled(after)}: ${counts}.`, margin: [0, 0, 0, 4] },
    { text: `Key: ${KEY}`, style: 'small', margin: [0, 0, 0, 8] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: false,
        widths: [24, '*', 90, 22, 90],
        body: [
          [
            { text: 'No.', style: 'tableHeader' },
            { text: ctx.instrument.headings.benchmark, style: 'tableHeader' },
            { text: displayDate(before.date), style: 'tableHeader' },
            { text: '', style: 'tableHeader' },
            { text: displayDate(after.date), style: 'tableHeader' },
          ],
          ...rows,
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: 'Index over the reviews', style: 'h2' },
    { table: { headerRows: 1, widths: ['*', 60, ...trends.sections.map(() => 52)], body: trendBody }, layout: 'lightHorizontalLines' },
    ...trends.columns.flatMap((c, i): Content[] => {
      const p = trends.overall[i];
      return p && !isComparable(p) ? [{ text: notComparableNote(c.title, p), style: 'note', margin: [0, 4, 0, 0] }] : [];
    }),
  ];
}
