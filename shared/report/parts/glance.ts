import type { Content, TableCell } from 'pdfmake/interfaces';
import { LEVEL_COLOURS } from '../../levels.ts';
import type { ReportContext } from '../context.ts';
import { NOT_RATED } from '../context.ts';
import { barChart } from './chart.ts';
import { indexWithCoverage, isComparable, notComparableHere } from '../../vocabulary/index-coverage.ts';

export const NOTHING_RATED =
  'Nothing has been rated in this review yet, so it has no index. The sections below list every benchmark to rate.';

/** The overall and per-section index as a chart, then the count at each level per section as a table. */
export function glancePart(ctx: ReportContext): Content[] {
  const { score, instrument } = ctx;
  const overall = score.overall;
  const header: TableCell[] = [
    { text: 'Section', style: 'tableHeader' },
    ...instrument.ratingLevels.map((l): TableCell => ({
      text: l.label,
      style: 'tableHeader',
      alignment: 'center',
      fillColor: LEVEL_COLOURS[l.id].fill,
    })),
    { text: NOT_RATED, style: 'tableHeader', alignment: 'center' },
    { text: 'Index', style: 'tableHeader', alignment: 'center' },
  ];
  const countRow = (title: string, s: typeof overall, bold = false): TableCell[] => [
    { text: title, bold },
    ...instrument.ratingLevels.map((l): TableCell => ({ text: String(s.counts[l.id]), alignment: 'center', bold })),
    { text: String(s.missing), alignment: 'center', bold },
    { text: s.index === null ? '–' : String(s.index), alignment: 'center', bold },
  ];
  return [
    { text: 'At a glance', style: 'h1', pageBreak: 'before' },
    overall.rated === 0
      ? { text: NOTHING_RATED, style: 'note', margin: [0, 0, 0, 10] }
      : {
          text: `Overall ${indexWithCoverage(overall)} (out of 100).${isComparable(overall) ? '' : ` ${notComparableHere(overall)}`}`,
          margin: [0, 0, 0, 10],
        },
    barChart([
      { label: 'Overall', value: overall.index, emphasis: true },
      ...score.sections.map((s) => ({ label: `${s.number} ${s.title}`, value: s.index })),
    ]),
    { text: 'Benchmarks at each level', style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 56, 56, 56, 56, 44, 36],
        body: [header, ...score.sections.map((s) => countRow(`${s.number} ${s.title}`, s)), countRow('All sections', overall, true)],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}
