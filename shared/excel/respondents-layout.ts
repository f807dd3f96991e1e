import { LEVEL_SHORT } from '../levels.ts';
import type { RatingLevelId } from '../instrument/schema.ts';

/**
 * Where things sit on the Respondents sheet (respondents-sheet.ts). The sheet is a readable view of the respondents
 * kept in "_data" (meta.ts), which is what the import reads; nothing on this sheet is read back.
 */
export const RESPONDENTS_HEADER_ROW = 3;
/** Row 2 names each section above its benchmark columns. */
export const RESPONDENTS_SECTION_ROW = 2;
export const RESPONDENTS_LABELS = {
  title: 'Respondents',
  howToRead: 'How to read this sheet',
  respondent: 'Respondent',
  median: 'Middle rating (median)',
  agreed: 'Agreed',
  noAgreement: 'No\nagreement',
  consensus: 'Consensus',
  bySection: 'Consensus by section',
  overall: 'All sections',
  noOrganisation: 'No organisation given',
} as const;

export const RESPONDENTS_WIDTHS = { label: 20, benchmark: 9, consensus: 11 } as const;

/** A level's short form on two lines ("YES" over "improve"), so a benchmark column stays narrow. */
export function heatText(level: RatingLevelId): string {
  return LEVEL_SHORT[level].replace(' - ', '\n');
}

export function responsesText(n: number): string {
  return n === 1 ? '1 response' : `${n} responses`;
}
