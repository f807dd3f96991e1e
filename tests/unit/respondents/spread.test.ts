import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RatingLevelId } from '@shared/instrument/schema.ts';
import { consensusOf, meanConsensus, SCALE, spreadOf } from '@shared/respondents/spread.ts';

const [L1, L2, L3, L4] = SCALE as [RatingLevelId, RatingLevelId, RatingLevelId, RatingLevelId];
const counts = (a: number, b: number, c: number, d: number) => ({ [L1]: a, [L2]: b, [L3]: c, [L4]: d }) as Record<RatingLevelId, number>;
const repeat = (level: RatingLevelId, n: number) => Array.from({ length: n }, () => level);

describe('the scale', () => {
  it('runs from "NO - action is needed" to "YES - working well"', () => {
    expect(SCALE).toEqual(['no-action-needed', 'no-action-in-hand', 'yes-needs-improving', 'yes-working-well']);
  });
});

describe('consensus (Tastle–Wierman), against values worked by hand', () => {
  // Each: μ = Σ pᵢXᵢ, then 1 + Σ pᵢ log₂(1 − |Xᵢ − μ|/3).
  it('is 1 when everyone gives one level, whichever level', () => {
    for (const level of SCALE) expect(consensusOf({ ...counts(0, 0, 0, 0), [level]: 5 })).toBe(1);
  });
  it('is 0 when half give the lowest level and half the highest', () => {
    // μ = 2.5; both levels 1.5 away: log₂(1 − 0.5) = −1, so 1 + ½(−1) + ½(−1) = 0.
    expect(consensusOf(counts(3, 0, 0, 3))).toBe(0);
  });
  it('two neighbouring middle levels, evenly: 1 + log₂(5/6) ≈ 0.736966', () => {
    expect(consensusOf(counts(0, 2, 2, 0))).toBeCloseTo(0.736966, 5);
  });
  it('one at each level: 1 + ½·log₂(½) + ½·log₂(5/6) ≈ 0.368483', () => {
    expect(consensusOf(counts(1, 1, 1, 1))).toBeCloseTo(0.368483, 5);
  });
  it('three at level 1, one at level 2: μ = 1.25, 1 + ¾·log₂(11/12) + ¼·log₂(¾) ≈ 0.802092', () => {
    expect(consensusOf(counts(3, 1, 0, 0))).toBeCloseTo(0.802092, 5);
  });
  it('two at 1, one at 3, one at 4: μ = 2.25, ≈ 0.191678', () => {
    expect(consensusOf(counts(2, 0, 1, 1))).toBeCloseTo(0.191678, 5);
  });
  it('is null with nobody rated', () => {
    expect(consensusOf(counts(0, 0, 0, 0))).toBeNull();
  });
});

describe('spread of a benchmark', () => {
  it('counts each level, leaves out respondents with no rating, and finds the median', () => {
    const spread = spreadOf([L1, null, L3, L3, undefined, L4]);
    expect(spread.counts).toEqual(counts(1, 0, 2, 1));
    expect(spread.rated).toBe(4);
    // Ordered: L1, L3, L3, L4 — the two middle ratings are both L3.
    expect(spread.median).toBe(L3);
  });
  it('takes the lower of two different middle ratings', () => {
    // Ordered: L1, L2, L3, L4 — middle pair L2, L3: the median is L2.
    expect(spreadOf([L4, L3, L2, L1]).median).toBe(L2);
    expect(spreadOf([L2, L4, L4]).median).toBe(L4);
  });
  it('is divergent exactly when both a NO and a YES level were given', () => {
    expect(spreadOf([L2, L3]).divergent).toBe(true);
    expect(spreadOf([L1, L4]).divergent).toBe(true);
    expect(spreadOf([L1, L2, L2]).divergent).toBe(false);
    expect(spreadOf([L3, L4]).divergent).toBe(false);
    expect(spreadOf([]).divergent).toBe(false);
  });
  it('with nobody rated has no median and no consensus', () => {
    expect(spreadOf([null, null])).toEqual({ counts: counts(0, 0, 0, 0), rated: 0, median: null, consensus: null, divergent: false });
  });
});

describe('mean consensus of a section or review', () => {
  it('averages the benchmarks somebody rated and leaves the rest out', () => {
    expect(meanConsensus([{ consensus: 1 }, { consensus: null }, { consensus: 0 }])).toBe(0.5);
    expect(meanConsensus([{ consensus: null }])).toBeNull();
    expect(meanConsensus([])).toBeNull();
  });
});

describe('consensus properties', () => {
  const level = fc.constantFrom(...SCALE);
  const ratings = fc.array(level, { minLength: 1, maxLength: 200 });

  it('is always within [0, 1]', () => {
    fc.assert(
      fc.property(ratings, (r) => {
        const c = spreadOf(r).consensus!;
        return c >= 0 && c <= 1;
      }),
    );
  });
  it('is 1 exactly when all ratings are equal', () => {
    fc.assert(fc.property(ratings, (r) => (spreadOf(r).consensus === 1) === r.every((x) => x === r[0])));
  });
  it('is 0 for every even split of the two extremes', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100 }), (n) => spreadOf([...repeat(L1, n), ...repeat(L4, n)]).consensus === 0));
  });
  it('does not depend on the order of respondents', () => {
    const shuffled = ratings.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length, maxLength: r.length })));
    fc.assert(
      fc.property(shuffled, ([r, s]) => {
        const a = spreadOf(r);
        const b = spreadOf(s);
        return a.consensus === b.consensus && a.median === b.median && a.divergent === b.divergent;
      }),
    );
  });
  it('rises when one respondent moves to the level most others chose', () => {
    // Three at L3, one at L1: moving the L1 respondent to L3 makes it unanimous.
    expect(spreadOf([L3, L3, L3, L1]).consensus!).toBeLessThan(spreadOf([L3, L3, L3, L3]).consensus!);
  });
});
