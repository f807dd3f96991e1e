import { describe, expect, it } from 'vitest';
import type { RatingLevelId } from '@shared/instrument/schema.ts';
import type { Respondent } from '@shared/model/respondent.ts';
import type { HandCounts } from '@shared/model/workshop.ts';
import { agendaOrder, benchmarkSpread, consensusText, hasResponses, unanimousLevel } from '@shared/respondents/benchmark-spread.ts';

const person = (n: number, ratings: Record<string, RatingLevelId>): Respondent => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  name: `Person ${n}`,
  organisation: '',
  role: '',
  source: 'by-hand',
  formId: null,
  fingerprint: null,
  ratings,
  comments: {},
  factors: {},
  receivedAt: '2026-12-01T10:00:00.000Z',
});
const review = (respondents: Respondent[], hands: Record<string, HandCounts> = {}) => ({ respondents, hands });
const none = { 'no-action-needed': 0, 'no-action-in-hand': 0, 'yes-needs-improving': 0, 'yes-working-well': 0 };

describe('benchmarkSpread: respondents and raised hands counted together', () => {
  const r = review([person(1, { b1: 'no-action-needed', b2: 'yes-working-well' }), person(2, { b1: 'no-action-needed' }), person(3, {})], {
    b1: { 'yes-working-well': 2, 'no-action-in-hand': 1 },
    b3: { 'yes-needs-improving': 0 },
  });

  it('counts each respondent who rated and each raised hand as one response; a respondent who did not rate is left out', () => {
    // b1: two respondents at "NO - action is needed", hands 1 at "NO - but in hand" and 2 at "YES - working well".
    const spread = benchmarkSpread(r, 'b1');
    expect(spread.counts).toEqual({ ...none, 'no-action-needed': 2, 'no-action-in-hand': 1, 'yes-working-well': 2 });
    expect(spread.rated).toBe(5);
    expect(spread.divergent).toBe(true);
  });

  it('a benchmark only one respondent rated, and one with a show of no hands', () => {
    expect(benchmarkSpread(r, 'b2').counts).toEqual({ ...none, 'yes-working-well': 1 });
    expect(benchmarkSpread(r, 'b3')).toMatchObject({ rated: 0, consensus: null, divergent: false, median: null });
  });

  it('hands alone make a spread, with no respondents at all', () => {
    const spread = benchmarkSpread(review([], { b1: { 'yes-needs-improving': 3 } }), 'b1');
    expect(spread).toMatchObject({ rated: 3, consensus: 1, divergent: false, median: 'yes-needs-improving' });
  });
});

describe('hasResponses', () => {
  it('is false for a review with no respondents and no raised hands, true with either', () => {
    expect(hasResponses(review([]))).toBe(false);
    expect(hasResponses(review([], { b1: { 'no-action-needed': 0 } }))).toBe(false);
    expect(hasResponses(review([], { b1: { 'no-action-needed': 1 } }))).toBe(true);
    expect(hasResponses(review([person(1, {})]))).toBe(true);
  });
});

describe('unanimousLevel: the suggestion offered as the agreed rating', () => {
  it('is the one level everybody who rated gave, counting hands', () => {
    const r = review([person(1, { b1: 'yes-working-well' }), person(2, {})], { b1: { 'yes-working-well': 4 } });
    expect(unanimousLevel(benchmarkSpread(r, 'b1'))).toBe('yes-working-well');
  });
  it('is null when one hand or one respondent differs, and when nobody rated', () => {
    const hand = review([person(1, { b1: 'yes-working-well' })], { b1: { 'yes-needs-improving': 1 } });
    expect(unanimousLevel(benchmarkSpread(hand, 'b1'))).toBeNull();
    const two = review([person(1, { b1: 'yes-working-well' }), person(2, { b1: 'no-action-needed' })]);
    expect(unanimousLevel(benchmarkSpread(two, 'b1'))).toBeNull();
    expect(unanimousLevel(benchmarkSpread(two, 'b9'))).toBeNull();
  });
});

describe('agendaOrder: divergent first, then lowest consensus, unrated last, form order on ties', () => {
  it('orders a mixed list', () => {
    const items = [
      { id: 'unrated', spread: { divergent: false, consensus: null } },
      { id: 'agreed', spread: { divergent: false, consensus: 1 } },
      { id: 'split-mild', spread: { divergent: true, consensus: 0.5 } },
      { id: 'close', spread: { divergent: false, consensus: 0.7 } },
      { id: 'split-hard', spread: { divergent: true, consensus: 0 } },
      { id: 'split-mild-2', spread: { divergent: true, consensus: 0.5 } },
      { id: 'unrated-2', spread: { divergent: false, consensus: null } },
    ];
    expect(agendaOrder(items).map((i) => i.id)).toEqual([
      'split-hard',
      'split-mild',
      'split-mild-2',
      'close',
      'agreed',
      'unrated',
      'unrated-2',
    ]);
    // The list given is left as it was.
    expect(items[0]!.id).toBe('unrated');
  });
});

describe('consensusText', () => {
  it('shows two decimals', () => {
    expect([0, 0.61803, 1].map(consensusText)).toEqual(['0.00', '0.62', '1.00']);
  });
});
