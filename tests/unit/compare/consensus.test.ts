import { describe, expect, it } from 'vitest';
import { consensusChange, consensusText, consensusTrends } from '@shared/compare/consensus.ts';
import type { RatingLevelId } from '@shared/instrument/schema.ts';
import type { Respondent } from '@shared/model/respondent.ts';
import { catalogue, idOf, review, uuid, v2 } from './fixtures.ts';

const respondent = (n: number, ratings: Record<string, RatingLevelId>): Respondent => ({
  id: uuid(500 + n),
  name: `R${n}`,
  organisation: '',
  role: '',
  source: 'by-hand',
  formId: null,
  fingerprint: null,
  ratings: Object.fromEntries(Object.entries(ratings).map(([number, level]) => [idOf(number), level])),
  comments: {},
  factors: {},
  receivedAt: '2025-01-01T09:00:00.000Z',
});

describe('consensus per section over time', () => {
  // Spring: 1.1 split evenly between the extremes (consensus 0), 1.2 unanimous (1): Leadership 0.5; Trust unrated.
  const spring = {
    ...review({ n: 1, date: '2025-03-01' }),
    respondents: [
      respondent(1, { '1.1': 'no-action-needed', '1.2': 'yes-working-well' }),
      respondent(2, { '1.1': 'yes-working-well', '1.2': 'yes-working-well' }),
    ],
  };
  // Autumn: both benchmarks unanimous (1); 2.1 unanimous too.
  const autumn = {
    ...review({ n: 2, date: '2025-10-01' }),
    respondents: [
      respondent(3, { '1.1': 'no-action-in-hand', '1.2': 'yes-needs-improving', '2.1': 'yes-working-well' }),
      respondent(4, { '1.1': 'no-action-in-hand', '1.2': 'yes-needs-improving', '2.1': 'yes-working-well' }),
    ],
  };
  const none = review({ n: 3, date: '2026-01-01', ratings: { '1.1': 'yes-working-well' } });

  it('gives each section’s mean consensus per review in date order, leaving out benchmarks nobody rated', () => {
    const t = consensusTrends([none, autumn, spring]);
    const leadership = t.sections.find((s) => s.sectionId === 'leadership')!;
    expect(leadership.points.map((p) => p?.consensus)).toEqual([0.5, 1, null]);
    const trust = t.sections.find((s) => s.sectionId === 'trust')!;
    expect(trust.points.map((p) => p?.consensus)).toEqual([null, 1, null]);
    // Overall: spring (0 + 1) / 2; autumn (1 + 1 + 1) / 3.
    expect(t.overall.map((p) => p?.consensus)).toEqual([0.5, 1, null]);
    expect(t.overall.map((p) => p?.respondents)).toEqual([2, 2, 0]);
  });

  it('has no consensus (null, shown "—") for a review without respondents — never 0', () => {
    const t = consensusTrends([none]);
    expect(t.sections.every((s) => s.points[0] !== null && s.points[0]!.consensus === null)).toBe(true);
    expect(consensusText(null)).toBe('—');
    expect(consensusText(0)).toBe('0%');
    expect(consensusText(0.724)).toBe('72%');
  });

  it('leaves a gap where a review’s form has no such section or is unknown', () => {
    const later = { ...review({ n: 4, date: '2026-06-01', instrument: v2 }), respondents: spring.respondents };
    expect(consensusTrends([spring, later]).sections.map((s) => s.points.length)).toEqual([2, 2, 2, 2]);
    const unknown = consensusTrends([spring, later]);
    expect(unknown.sections[0]!.points[1]).toBeNull();
    expect(consensusTrends([spring, later], catalogue).sections[0]!.points[1]).not.toBeNull();
  });

  it('calls a change by the whole percentages shown', () => {
    expect(consensusChange(0.5, 1)).toBe('up');
    expect(consensusChange(1, 0.5)).toBe('down');
    expect(consensusChange(0.501, 0.504)).toBe('same');
    expect(consensusChange(null, 0.5)).toBe('new');
    expect(consensusChange(0.5, null)).toBe('gone');
    expect(consensusChange(null, null)).toBe('none');
    expect(consensusChange(undefined, 0)).toBe('new');
  });
});
