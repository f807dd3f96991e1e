import type { FactorMark } from '../model/review.ts';

/** A typical factor's mark as written on paper, on screen, in the workbooks and on the command line. */
export const FACTOR_SYMBOLS: Record<FactorMark, string> = { tick: '✓', cross: '✗' };
export const FACTOR_MEANINGS: Record<FactorMark, string> = { tick: 'needs addressing', cross: 'does not need addressing' };

/** The key under every view of typical factors over time (the comparison on screen and its workbook). */
export const FACTOR_KEY = `${FACTOR_SYMBOLS.tick} the factor needs addressing, ${FACTOR_SYMBOLS.cross} it does not, blank: not answered. A factor is resolved when a ${FACTOR_SYMBOLS.tick} became a ${FACTOR_SYMBOLS.cross}.`;
