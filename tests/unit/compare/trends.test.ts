import { describe, expect, it } from 'vitest';
import { sectionTrends } from '@shared/compare/trends.ts';
import { scoreReview } from '@shared/scoring.ts';
import { catalogue, review, uuid, v1, v2 } from './fixtures.ts';

describe('sectionTrends', () => {
  const a = review({
    n: 1,
    date: '2025-01-01',
    ratings: { '1.1': 'no-action-needed', '1.2': 'no-action-in-hand', '2.1': 'yes-working-well' },
  });
  const b = review({
    n: 2,
    date: '2025-09-01',
    ratings: { '1.1': 'yes-working-well', '1.2': 'yes-needs-improving', '1.3': 'yes-working-well' },
  });

  it('gives each section’s index and level counts per review, in date order', () => {
    const t = sectionTrends([b, a]);
    expect(t.columns.map((c) => c.reviewId)).toEqual([uuid(1), uuid(2)]);
    const leadership = t.sections[0]!;
    expect(leadership.title).toBe('Leadership');
    expect(leadership.points.map((p) => p?.index)).toEqual([17, 89]);
    expect(leadership.points[0]!.counts).toEqual({
      'no-action-needed': 1,
      'no-action-in-hand': 1,
      'yes-needs-improving': 0,
      'yes-working-well': 0,
    });
    expect(leadership.points[1]!.counts).toEqual({
      'no-action-needed': 0,
      'no-action-in-hand': 0,
      'yes-needs-improving': 1,
      'yes-working-well': 2,
    });
    expect(leadership.points.map((p) => [p?.rated, p?.missing, p?.total])).toEqual([
      [2, 3, 5],
      [3, 2, 5],
    ]);
    expect(t.sections[1]!.points.map((p) => p?.index)).toEqual([100, null]);
  });

  it('agrees with the app’s scoring for every section and overall', () => {
    const t = sectionTrends([a, b]);
    [a, b].forEach((r, i) => {
      const score = scoreReview(r, v1);
      expect(t.sections.map((s) => s.points[i]!.index)).toEqual(score.sections.map((s) => s.index));
      expect(t.overall[i]!.index).toBe(score.overall.index);
    });
  });

  it('scores each review against its own instrument version', () => {
    const later = review({ n: 3, date: '2026-01-01', instrument: v2, ratings: { '1.1': 'yes-working-well' } });
    const t = sectionTrends([a, later], catalogue);
    expect(t.sections[0]!.points.map((p) => p?.total)).toEqual([5, 4]);
    expect(t.sections[1]!.points.map((p) => p?.total)).toEqual([6, 7]);
  });

  it('leaves a gap for a review whose instrument version is unknown', () => {
    const later = review({ n: 3, date: '2026-01-01', instrument: v2, ratings: { '1.1': 'yes-working-well' } });
    const t = sectionTrends([a, later]);
    expect(t.sections[0]!.points[1]).toBeNull();
    expect(t.overall[1]).toBeNull();
  });
});
