import type { Instrument, RatingLevelId } from '@shared/instrument/schema.ts';

/**
 * The digit for each level when a paper form is typed in and in the heat map's cells: 1–4 in the form's own order
 * (the order the levels are printed), 0 for none. One rule, so the number typed is the number read back.
 */
export const NONE_DIGIT = 0;

export function levelOfDigit(instrument: Instrument, digit: number): RatingLevelId | null {
  return instrument.ratingLevels[digit - 1]?.id ?? null;
}

export function digitOf(instrument: Instrument, level: RatingLevelId): number {
  return instrument.ratingLevels.findIndex((l) => l.id === level) + 1;
}

export function labelOf(instrument: Instrument, level: RatingLevelId): string {
  return instrument.ratingLevels.find((l) => l.id === level)?.label ?? level;
}

/** Consensus (0–1, shared/respondents/spread.ts) to two places; a dash when nobody rated. */
export const consensusText = (consensus: number | null): string => (consensus === null ? '–' : consensus.toFixed(2));
