import type { Section } from '../instrument/schema.ts';

/** Sheet names of the review workbook: writers and readers take them from here. */
export const SHEETS = {
  summary: 'Summary',
  /** The blank form's first sheet: the paper form's introduction, how to fill it in, and the partnership's details. */
  introduction: 'Introduction',
  /** The heat map of respondents × benchmarks; only in a review workbook whose review has respondents. */
  respondents: 'Respondents',
  actionPlan: 'Action plan',
  possibleActions: 'Possible actions',
  data: '_data',
} as const;

export function sectionSheetName(section: Pick<Section, 'number' | 'title'>): string {
  // Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name.
  return `${section.number} ${section.title}`.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export const DATE_FORMAT = 'dd/mm/yyyy';

/** Kept here for callers outside shared/excel; the section sheet's layout lives in section-layout.ts. */
export { SECTION_COLUMNS } from './section-layout.ts';
