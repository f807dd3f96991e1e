import { describe, expect, it } from 'vitest';
import { factorsOverTime } from '@shared/compare/factors.ts';
import { ADDED_FACTOR, REMOVED_FACTOR, catalogue, review, uuid, v2 } from './fixtures.ts';

describe('factorsOverTime', () => {
  const first = review({
    n: 1,
    date: '2025-01-01',
    factors: { leadership: { 'leadership-f1': 'tick', 'leadership-f2': 'tick', 'leadership-f3': 'cross', 'leadership-f4': 'tick' } },
  });
  const second = review({
    n: 2,
    date: '2025-06-01',
    factors: { leadership: { 'leadership-f1': 'tick', 'leadership-f2': 'cross', 'leadership-f3': 'tick' } },
  });
  const third = review({ n: 3, date: '2025-12-01', factors: { leadership: { 'leadership-f5': 'tick' }, trust: { 'trust-f1': 'tick' } } });

  const leadershipRow = (id: string) => factorsOverTime([third, first, second]).sections[0]!.factors.find((f) => f.factorId === id)!;

  it('shows which factors were ticked in each review', () => {
    expect(leadershipRow('leadership-f1').states).toEqual(['tick', 'tick', 'unanswered']);
    expect(leadershipRow('leadership-f3').states).toEqual(['cross', 'tick', 'unanswered']);
    expect(leadershipRow('leadership-f1').text.length).toBeGreaterThan(0);
  });

  it('marks newly appeared, still present and resolved factors', () => {
    expect(leadershipRow('leadership-f1').changes).toEqual([null, 'still', null]);
    expect(leadershipRow('leadership-f2').changes).toEqual([null, 'resolved', null]);
    expect(leadershipRow('leadership-f3').changes).toEqual([null, 'appeared', null]);
    expect(leadershipRow('leadership-f5').changes).toEqual([null, null, 'appeared']);
  });

  it('does not call a factor resolved when the later review left it blank', () => {
    expect(leadershipRow('leadership-f4').states).toEqual(['tick', 'unanswered', 'unanswered']);
    expect(leadershipRow('leadership-f4').changes).toEqual([null, null, null]);
  });

  it('lists what appeared and what was resolved between each pair of consecutive reviews', () => {
    const t = factorsOverTime([third, first, second]).transitions;
    expect(t.map((x) => [x.fromReviewId, x.toReviewId])).toEqual([
      [uuid(1), uuid(2)],
      [uuid(2), uuid(3)],
    ]);
    expect(t[0]!.appeared.map((f) => f.factorId)).toEqual(['leadership-f3']);
    expect(t[0]!.resolved.map((f) => f.factorId)).toEqual(['leadership-f2']);
    expect(t[1]!.appeared.map((f) => f.factorId)).toEqual(['leadership-f5', 'trust-f1']);
    expect(t[1]!.resolved).toEqual([]);
  });

  it('marks factors a review’s form does not have as absent and draws no change across them', () => {
    const older = review({ n: 1, date: '2025-01-01', factors: { trust: { [REMOVED_FACTOR]: 'tick' } } });
    const newer = review({ n: 2, date: '2025-06-01', instrument: v2, factors: { trust: { [ADDED_FACTOR]: 'tick' } } });
    const trust = factorsOverTime([older, newer], catalogue).sections[1]!.factors;
    const removed = trust.find((f) => f.factorId === REMOVED_FACTOR)!;
    const added = trust.find((f) => f.factorId === ADDED_FACTOR)!;
    expect([removed.states, removed.changes]).toEqual([
      ['tick', 'absent'],
      [null, null],
    ]);
    expect([added.states, added.changes]).toEqual([
      ['absent', 'tick'],
      [null, null],
    ]);
  });
});
