import { FACTOR_SYMBOLS } from '../vocabulary/factors.ts';

/** Where things sit on a section sheet: the writer (section-sheet.ts) and the reader (section-read.ts) both take them from here. */

/** Section sheet columns, left to right, as on the paper form. */
export const SECTION_COLUMNS = {
  number: 'A',
  statement: 'B',
  levels: ['C', 'D', 'E', 'F'],
  actionNeeded: 'G',
  byWhom: 'H',
  dueDate: 'I',
  notes: 'J',
} as const;
export const SECTION_LAST_COLUMN = 'J';
export const SECTION_HEADER_ROW = 3;
export const NOTES_LABEL = 'Notes';
export const FACTOR_MARK_HEADING = `${FACTOR_SYMBOLS.tick} / ${FACTOR_SYMBOLS.cross}`;
export const DUE_DATE_HEADING = 'Due date';

/**
 * A review workbook's agreement block, to the right of the paper form's columns (A–J stay where format 1 put them):
 * with respondents, the count at each level, the consensus and the divergent flag (a view, never read back), then
 * the two columns a person fills — "No agreement reached" and "Why we agreed this" — which the reader finds by their
 * headings, so a workbook without them (format 1) still reads.
 */
export const AGREEMENT_HEADINGS = {
  title: 'Agreement',
  spread: 'How respondents rated (count at each level)',
  consensus: 'Consensus (100 % = all agree)',
  divergent: 'Divergent (both NO and YES given)',
  noAgreement: 'No agreement reached',
  agreedWhy: 'Why we agreed this',
} as const;
/** What the "No agreement reached" dropdown offers; blank means it was agreed, or not yet discussed. */
export const NO_AGREEMENT_YES = 'Yes';
/** The flag shown in the Divergent column. */
export const DIVERGENT_MARK = 'Divergent';
/** Shown for consensus when nobody rated the benchmark: there is nothing to agree on, which is not 0. */
export { NO_CONSENSUS } from '../compare/consensus.ts';

export interface AgreementColumns {
  /** The benchmark's number again, so the agreement page, printed on its own, says which row is which. */
  number: string;
  /** One count column per level, in the instrument's order; empty when the review has no respondents. */
  spread: string[];
  consensus: string | null;
  divergent: string | null;
  noAgreement: string;
  agreedWhy: string;
  last: string;
}

export function agreementColumns(withSpread: boolean): AgreementColumns {
  return withSpread
    ? { number: 'K', spread: ['L', 'M', 'N', 'O'], consensus: 'P', divergent: 'Q', noAgreement: 'R', agreedWhy: 'S', last: 'S' }
    : { number: 'K', spread: [], consensus: null, divergent: null, noAgreement: 'L', agreedWhy: 'M', last: 'M' };
}
