import type { Content, TableCell } from 'pdfmake/interfaces';
import { displayDate } from '../../dates.ts';
import { priorities } from '../../priorities.ts';
import type { ReportContext } from '../context.ts';

export const NO_ACTION = 'No action agreed yet';
export const NO_OWNER = 'Nobody named yet';
export const NO_PRIORITIES = 'No benchmark is rated NO, so there are no priorities for action.';

/** The "NO" benchmarks in the Summary's order (shared/priorities.ts), each with its action, owner and due date. */
export function prioritiesPart(ctx: ReportContext): Content[] {
  const list = priorities(ctx.review, ctx.instrument);
  const { headings } = ctx.instrument;
  const flagged = (text: string, missing: boolean, flag: string): TableCell => (missing ? { text: `⚠ ${flag}`, style: 'flag' } : { text });
  const body: TableCell[][] = [
    [
      { text: 'No.', style: 'tableHeader' },
      { text: 'Benchmark and rating', style: 'tableHeader' },
      { text: headings.actionNeeded, style: 'tableHeader' },
      { text: headings.byWhom, style: 'tableHeader' },
      { text: 'Due', style: 'tableHeader' },
    ],
    ...list.map((p): TableCell[] => [
      { text: p.number, bold: true },
      { stack: [{ text: p.statement }, { text: ctx.levelLabel(p.rating), bold: true, margin: [0, 3, 0, 0] }] },
      flagged(p.actionNeeded, p.missingAction, NO_ACTION),
      flagged(p.byWhom, p.missingOwner, NO_OWNER),
      { text: p.dueDate === null ? '–' : displayDate(p.dueDate), noWrap: true },
    ]),
  ];
  const unowned = list.filter((p) => p.missingAction || p.missingOwner).length;
  return [
    { text: 'Priorities and action plan', style: 'h1', pageBreak: 'before' },
    list.length === 0
      ? { text: NO_PRIORITIES, style: 'note' }
      : {
          stack: [
            {
              text: `${list.length} ${list.length === 1 ? 'benchmark needs' : 'benchmarks need'} action, "NO - action is needed" first.${unowned > 0 ? ` ${unowned} still ${unowned === 1 ? 'lacks' : 'lack'} an action or an owner (marked ⚠).` : ''}`,
              margin: [0, 0, 0, 8],
            },
            // Rows may split across pages: a very long action must not push the table off the page or into the footer.
            // The due column fits the widest date on one line ("30 Sept 2026", about 64 pt at 9.5 pt).
            { table: { headerRows: 1, dontBreakRows: false, widths: [24, 150, '*', 80, 66], body }, layout: 'lightHorizontalLines' },
          ],
        },
  ];
}
