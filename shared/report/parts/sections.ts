import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Section } from '../../instrument/schema.ts';
import { answerOf, factorsOf } from '../../model/review.ts';
import { displayDate } from '../../dates.ts';
import type { ReportContext } from '../context.ts';
import { indexText } from '../context.ts';

export const TICK = '✓';
export const NO_FACTORS_TICKED = 'None of the typical factors was ticked.';

/**
 * One section as agreed: every benchmark with its rating, action and notes, then the typical factors ticked. Where a
 * review has respondents (issue 10), their spread and consensus belong as a further line in each benchmark's stack.
 */
function sectionPart(ctx: ReportContext, section: Section): Content[] {
  const score = ctx.score.sections.find((s) => s.sectionId === section.id);
  const rows: TableCell[][] = section.benchmarks.map((b) => {
    const a = answerOf(ctx.review, b.id);
    const details: Content[] = [{ text: b.statement }];
    if (a.actionNeeded.trim() !== '' || a.byWhom.trim() !== '') {
      const due = a.dueDate === null ? '' : ` (due ${displayDate(a.dueDate)})`;
      details.push({
        text: [
          { text: `${ctx.instrument.headings.actionNeeded}: `, bold: true },
          a.actionNeeded.trim() === '' ? '–' : a.actionNeeded,
          { text: `  ${ctx.instrument.headings.byWhom} `, bold: true },
          (a.byWhom.trim() === '' ? '–' : a.byWhom) + due,
        ],
        margin: [0, 3, 0, 0],
      });
    }
    if (a.notes.trim() !== '') details.push({ text: [{ text: 'Notes: ', bold: true }, a.notes], style: 'note', margin: [0, 3, 0, 0] });
    return [
      { text: b.number, bold: true },
      { stack: details },
      { text: ctx.levelLabel(a.rating), bold: a.rating !== null, italics: a.rating === null },
    ];
  });
  const factors = factorsOf(ctx.review, section.id);
  const ticked = section.factors.filter((f) => factors.marks[f.id] === 'tick');
  return [
    { text: `${section.number} ${section.title}`, style: 'h1', pageBreak: 'before' },
    { text: section.aim, style: 'aim' },
    {
      text: `Section index ${indexText(score?.index ?? null)}; ${score?.rated ?? 0} of ${section.benchmarks.length} benchmarks rated.`,
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: false,
        widths: [24, '*', 96],
        body: [
          [
            { text: 'No.', style: 'tableHeader' },
            { text: ctx.instrument.headings.benchmark, style: 'tableHeader' },
            { text: 'Rating', style: 'tableHeader' },
          ],
          ...rows,
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: ctx.instrument.headings.factorsQuestion, style: 'h2' },
    ticked.length === 0
      ? { text: NO_FACTORS_TICKED, style: 'note' }
      : ({ ul: ticked.map((f) => ({ text: `${TICK} ${f.text}` })), type: 'none' } as Content),
    ...(factors.notes.trim() === ''
      ? []
      : [{ text: [{ text: 'Notes: ', bold: true }, factors.notes], style: 'note', margin: [0, 6, 0, 0] } as Content]),
  ];
}

export function sectionsPart(ctx: ReportContext): Content[] {
  return ctx.instrument.sections.flatMap((s) => sectionPart(ctx, s));
}
