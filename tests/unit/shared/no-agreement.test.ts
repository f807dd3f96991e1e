import { describe, expect, it } from 'vitest';
import { currentInstrument as inst } from '@shared/instrument/catalogue.ts';
import { emptyAnswer, type Review } from '@shared/model/review.ts';
import { completion, scoreReview } from '@shared/scoring.ts';
import { priorities, unagreed } from '@shared/priorities.ts';

const id = (number: string) => inst.sections.flatMap((s) => s.benchmarks).find((b) => b.number === number)!.id;

/** 1.1 rated NO - action is needed, 1.2 and 2.1 "No agreement reached", everything else not yet discussed. */
const review: Pick<Review, 'answers' | 'factors'> = {
  answers: {
    [id('1.1')]: { ...emptyAnswer(), rating: 'no-action-needed' },
    [id('1.2')]: { ...emptyAnswer(), noAgreement: true, agreedWhy: 'Council says yes, Trust says no' },
    [id('2.1')]: { ...emptyAnswer(), noAgreement: true },
  },
  factors: {},
};

describe('"No agreement reached" is discussed but unrated, never a level', () => {
  it('is left out of the level counts and the index, stays among the unrated and is counted apart', () => {
    const score = scoreReview(review, inst);
    const [leadership, trust] = score.sections;
    expect(leadership).toMatchObject({ rated: 1, missing: 4, noAgreement: 1, total: 5, index: 0 });
    expect(trust).toMatchObject({ rated: 0, missing: 6, noAgreement: 1, index: null });
    expect(score.overall).toMatchObject({ rated: 1, missing: 20, noAgreement: 2, total: 21, index: 0 });
    expect(Object.values(score.overall.counts).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('counts as answered in the progress', () => {
    expect(completion(review, inst.sections[0]!)).toMatchObject({ done: 2 });
    expect(completion(review, inst.sections[1]!)).toMatchObject({ done: 1 });
  });

  it('is no priority by level, and is listed apart with its note', () => {
    expect(priorities(review, inst).map((p) => p.number)).toEqual(['1.1']);
    expect(unagreed(review, inst).map((u) => [u.number, u.agreedWhy])).toEqual([
      ['1.2', 'Council says yes, Trust says no'],
      ['2.1', ''],
    ]);
  });
});
