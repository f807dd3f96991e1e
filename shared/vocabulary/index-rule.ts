import { currentInstrument } from '../instrument/catalogue.ts';
import { LEVEL_SCORE, TOP_SCORE } from '../scoring.ts';

/** The heading of an index column or row, on screen and in the workbooks. */
export const INDEX_LABEL = 'Index (0–100)';

/**
 * The index rule in words, for the summary, the comparison's trends and its workbook. Built from the scores and the
 * form's own level labels, so it always says what shared/scoring.ts computes (the README restates it; a test checks).
 */
const scored = currentInstrument.ratingLevels.map((level) => `${LEVEL_SCORE[level.id]} (${level.label})`);
export const INDEX_RULE = `Each rated benchmark scores ${scored.slice(0, -1).join(', ')} or ${scored.at(-1)}; the index is the average as a percentage of ${TOP_SCORE}. Unrated benchmarks are left out and counted as not rated.`;
