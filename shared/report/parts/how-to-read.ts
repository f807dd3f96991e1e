import type { Content } from 'pdfmake/interfaces';
import { INDEX_LABEL, INDEX_RULE } from '../../vocabulary/index-rule.ts';
import type { ReportContext } from '../context.ts';

/** A short key for a reader who was not in the room; the index rule is the app's one wording of it. */
export function howToReadPart(ctx: ReportContext): Content[] {
  return [
    { text: 'How to read this report', style: 'h2', margin: [0, 18, 0, 4] },
    {
      text: `Each benchmark was rated on four levels: ${ctx.instrument.ratingLevels.map((l) => `"${l.label}"`).join(', ')}.`,
      margin: [0, 0, 0, 4],
    },
    { text: `${INDEX_LABEL}: ${INDEX_RULE}`, margin: [0, 0, 0, 4] },
    {
      text: 'The priorities list every benchmark rated NO, those needing action first; ⚠ marks one without an agreed action or without anyone named to take it.',
    },
  ];
}
