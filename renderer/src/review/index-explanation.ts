/** The wording lives beside the rule in shared/scoring.ts, so the screen and the PDF report say the same thing. */
export { INDEX_EXPLANATION } from '../../../shared/scoring.ts';
