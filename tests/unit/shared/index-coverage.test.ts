import { describe, expect, it } from 'vitest';
import { currentInstrument as inst } from '@shared/instrument/catalogue.ts';
import { emptyAnswer } from '@shared/model/review.ts';
import { scoreReview } from '@shared/scoring.ts';
import { coverageText, indexWithCoverage, isComparable, notComparableNote } from '@shared/vocabulary/index-coverage.ts';

describe('the index with its coverage', () => {
  it('says how many benchmarks an index of 100 from one rating rests on', () => {
    const first = inst.sections[0]!.benchmarks[0]!;
    const overall = scoreReview({ answers: { [first.id]: { ...emptyAnswer(), rating: 'yes-working-well' } } }, inst).overall;
    expect(indexWithCoverage(overall)).toBe('index 100 · 1 of 21 rated');
    expect(isComparable(overall)).toBe(false);
  });

  it('says there is no index when nothing is rated', () => {
    expect(indexWithCoverage({ index: null, rated: 0, total: 21 })).toBe('no index · 0 of 21 rated');
    expect(isComparable({ rated: 0, total: 21 })).toBe(false);
  });

  it('counts a review comparable from half its benchmarks rated', () => {
    expect(isComparable({ rated: 10, total: 21 })).toBe(false);
    expect(isComparable({ rated: 11, total: 21 })).toBe(true);
    expect(isComparable({ rated: 2, total: 4 })).toBe(true);
    expect(coverageText({ rated: 8, total: 21 })).toBe('8 of 21 rated');
  });

  it('names the review that is not comparable', () => {
    expect(notComparableNote('Spring', { rated: 8, total: 21 })).toBe(
      'Review “Spring” has only 8 of 21 benchmarks rated; its index is not comparable.',
    );
  });
});
