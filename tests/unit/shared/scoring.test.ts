import { describe, expect, it } from 'vitest';
import { currentInstrument as inst } from '@shared/instrument/catalogue.ts';
import { emptyAnswer, type Review } from '@shared/model/review.ts';
import { completion, indexOf, scoreReview } from '@shared/scoring.ts';
import { priorities } from '@shared/priorities.ts';
import type { RatingLevelId } from '@shared/instrument/schema.ts';

function withRatings(ratings: Record<string, RatingLevelId>, extra: Partial<Record<string, Partial<Review['answers'][string]>>> = {}) {
  const answers: Review['answers'] = {};
  for (const [number, rating] of Object.entries(ratings)) {
    const b = inst.sections.flatMap((s) => s.benchmarks).find((x) => x.number === number)!;
    answers[b.id] = { ...emptyAnswer(), rating, ...extra[number] };
  }
  return { answers, factors: {} };
}

describe('scoring', () => {
  it('scores levels 0..3 and expresses the mean as a percentage of 3', () => {
    expect(indexOf({ 'no-action-needed': 1, 'no-action-in-hand': 0, 'yes-needs-improving': 0, 'yes-working-well': 1 })).toBe(50);
    expect(indexOf({ 'no-action-needed': 0, 'no-action-in-hand': 1, 'yes-needs-improving': 1, 'yes-working-well': 1 })).toBe(67);
    expect(indexOf({ 'no-action-needed': 0, 'no-action-in-hand': 0, 'yes-needs-improving': 0, 'yes-working-well': 0 })).toBeNull();
  });

  it('counts each level per section and leaves unrated benchmarks out as missing', () => {
    const score = scoreReview(withRatings({ '1.1': 'yes-working-well', '1.2': 'no-action-needed', '2.3': 'yes-needs-improving' }), inst);
    const lead = score.sections[0]!;
    expect(lead.counts).toEqual({ 'no-action-needed': 1, 'no-action-in-hand': 0, 'yes-needs-improving': 0, 'yes-working-well': 1 });
    expect([lead.rated, lead.missing, lead.total, lead.index]).toEqual([2, 3, 5, 50]);
    expect(score.sections[1]!.index).toBe(67);
    expect(score.sections[2]!.index).toBeNull();
    expect(score.overall).toMatchObject({ rated: 3, missing: 18, total: 21, index: 56 });
  });

  it('reports completion over benchmarks and typical factors', () => {
    const review = withRatings({ '3.1': 'yes-working-well' });
    const learning = inst.sections[2]!;
    review.factors = { learning: { marks: { [learning.factors[0]!.id]: 'tick', [learning.factors[1]!.id]: 'cross' }, notes: '' } } as never;
    // Learning has 5 benchmarks and 8 typical factors: one rated, two factors answered, each part counted apart too.
    expect(completion(review, learning)).toEqual({
      done: 3,
      total: 13,
      rated: 1,
      noAgreement: 0,
      benchmarks: 5,
      factors: 2,
      factorsTotal: 8,
    });
  });
});

describe('priorities', () => {
  it('lists action-needed before action-in-hand and flags missing actions and owners', () => {
    const review = withRatings(
      { '1.1': 'no-action-in-hand', '4.2': 'no-action-needed', '2.1': 'no-action-needed', '3.3': 'yes-working-well' },
      { '2.1': { actionNeeded: 'agree reporting', byWhom: 'Chair' }, '1.1': { actionNeeded: 'away day' } },
    );
    const list = priorities(review, inst);
    expect(list.map((p) => p.number)).toEqual(['2.1', '4.2', '1.1']);
    expect(list.map((p) => [p.missingAction, p.missingOwner])).toEqual([
      [false, false],
      [true, true],
      [false, true],
    ]);
  });
});
