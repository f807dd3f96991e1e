import { describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import type { RatingLevelId } from '@shared/instrument/schema.ts';
import type { Respondent } from '@shared/model/respondent.ts';
import { emptyAnswer, type Review } from '@shared/model/review.ts';
import { heatmapOf, type HeatmapReview } from '@shared/respondents/heatmap.ts';

const L1: RatingLevelId = 'no-action-needed';
const L2: RatingLevelId = 'no-action-in-hand';
const L3: RatingLevelId = 'yes-needs-improving';
const L4: RatingLevelId = 'yes-working-well';
const [b11, b12, b13] = currentInstrument.sections[0]!.benchmarks.map((b) => b.id) as [string, string, string];

const person = (n: number, name: string, organisation: string, ratings: Record<string, RatingLevelId>): Respondent => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  name,
  organisation,
  role: 'Chair',
  source: 'by-hand',
  formId: null,
  fingerprint: null,
  ratings,
  comments: {},
  factors: {},
  receivedAt: '2026-12-01T10:00:00.000Z',
});

// Worked by hand: 1.1 is split evenly between the extremes (two at level 1, two at level 4); 1.2 has two at level 2
// and one at level 3 (Dee left it blank); nobody rated anything else.
const respondents = [
  person(1, 'Amir Khan', 'County Council', { [b11]: L1, [b12]: L2 }),
  person(2, 'Beth Ode', 'NHS Trust', { [b11]: L4, [b12]: L2 }),
  person(3, 'Cal Reyes', ' county  council ', { [b11]: L1, [b12]: L3 }),
  person(4, 'Dee Small', 'County Council', { [b11]: L4 }),
];
const answers: Review['answers'] = {
  [b11]: { ...emptyAnswer(), rating: L2 },
  [b12]: { ...emptyAnswer(), noAgreement: true },
};
const review: HeatmapReview = { respondents, anonymous: false, minGroupSize: 3, answers };

// 1.2: μ = 7/3; level 2 is 1/3 away (1 − 1/9 = 8/9), level 3 is 2/3 away (1 − 2/9 = 7/9):
// 1 + ⅔·log₂(8/9) + ⅓·log₂(7/9) = 1 − 0.113283 − 0.120857 = 0.765860.
const CONSENSUS_12 = 0.76586;

describe('heat map', () => {
  it('has one column per benchmark in form order, each with everyone’s spread and consensus', () => {
    const map = heatmapOf(review, currentInstrument);
    expect(map.columns).toHaveLength(21);
    expect(map.columns.slice(0, 3).map((c) => c.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(map.columns[0]!.spread.counts).toEqual({ [L1]: 2, [L2]: 0, [L3]: 0, [L4]: 2 });
    expect(map.columns[0]!.spread.consensus).toBe(0);
    expect(map.columns[0]!.spread.divergent).toBe(true);
    expect(map.columns[1]!.spread.consensus).toBeCloseTo(CONSENSUS_12, 5);
    expect(map.columns[1]!.spread.divergent).toBe(true);
    expect(map.columns[2]!.spread.consensus).toBeNull();
  });

  it('groups rows by organisation, each cell the level given or none, in column order', () => {
    const map = heatmapOf(review, currentInstrument);
    expect(map.groups.map((g) => [g.organisation, g.size])).toEqual([
      ['County Council', 3],
      ['NHS Trust', 1],
    ]);
    const council = map.groups[0]!;
    expect(council.rows.map((r) => [r.respondent, r.label])).toEqual([
      [0, 'Amir Khan'],
      [2, 'Cal Reyes'],
      [3, 'Dee Small'],
    ]);
    expect(council.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      [L1, L2, null],
      [L1, L3, null],
      [L4, null, null],
    ]);
    // The council's medians: 1.1 of (1, 1, 4) is level 1; 1.2 of (2, 3) is the lower middle, level 2.
    expect(council.medians!.slice(0, 3)).toEqual([L1, L2, null]);
    expect(council.hidden).toBe(false);
    expect(council.note).toBeNull();
  });

  it('the last rows: the agreed rating, "No agreement reached", or not yet agreed', () => {
    expect(heatmapOf(review, currentInstrument).agreed.slice(0, 3)).toEqual([L2, 'no-agreement', null]);
  });

  it('sorted by consensus: lowest first, benchmarks nobody rated last, ties in form order', () => {
    const unsorted = heatmapOf(review, currentInstrument);
    const map = heatmapOf(review, currentInstrument, { sortByConsensus: true });
    expect(map.columns.map((c) => c.number)).toEqual(['1.1', '1.2', ...unsorted.columns.slice(2).map((c) => c.number)]);
    // Now make 1.2 the least agreed: everyone on it split between the extremes, 1.1 unanimous.
    const flipped = {
      ...review,
      respondents: respondents.map((r, i) => ({ ...r, ratings: { [b11]: L3, [b12]: i % 2 === 0 ? L1 : L4, [b13]: L2 } })),
    };
    const sorted = heatmapOf(flipped, currentInstrument, { sortByConsensus: true });
    expect(sorted.columns.slice(0, 4).map((c) => c.number)).toEqual(['1.2', '1.1', '1.3', '1.4']);
    // Rows, medians and the agreed row follow the columns.
    expect(sorted.groups[0]!.rows[0]!.cells.slice(0, 3)).toEqual([L1, L3, L2]);
    expect(sorted.agreed.slice(0, 2)).toEqual(['no-agreement', L2]);
  });

  it('a group under the minimum size shows "fewer than N responses" instead of its breakdown', () => {
    const trust = heatmapOf(review, currentInstrument).groups[1]!;
    expect(trust.hidden).toBe(true);
    expect(trust.note).toBe('fewer than 3 responses');
    expect(trust.medians).toBeNull();
    // Named: the row is kept (hiding a named person protects nobody).
    expect(trust.rows.map((r) => r.label)).toEqual(['Beth Ode']);
    // With a minimum of 1 nothing is hidden.
    const all = heatmapOf({ ...review, minGroupSize: 1 }, currentInstrument).groups;
    expect(all.map((g) => g.note)).toEqual([null, null]);
    expect(all[1]!.medians!.slice(0, 2)).toEqual([L4, L2]);
  });

  it('gives a shown group its own mean consensus (for the workbook’s median row) and a hidden group none', () => {
    const [council, trust] = heatmapOf(review, currentInstrument).groups;
    // Worked by hand for Amir, Cal and Dee. 1.1 is two at level 1 and one at 4: μ = 2, so
    // 1 + ⅔·log₂(1 − 1/3) + ⅓·log₂(1 − 2/3) = 0.081704. 1.2 is one at 2 and one at 3: 1 + log₂(1 − 1/6) = 0.736966.
    expect(council!.consensus).toBeCloseTo((0.081704 + 0.736966) / 2, 5);
    expect(trust!.consensus).toBeNull();
  });

  it('anonymous: every label is "Respondent n" and a small group’s rows are withheld, yet still counted', () => {
    const map = heatmapOf({ ...review, anonymous: true }, currentInstrument);
    expect(map.groups[0]!.rows.map((r) => r.label)).toEqual(['Respondent 1', 'Respondent 3', 'Respondent 4']);
    expect(map.groups[1]!.rows).toEqual([]);
    expect(map.groups[1]!.note).toBe('fewer than 3 responses');
    expect(JSON.stringify(map)).not.toMatch(/Amir|Beth|Cal|Dee/);
    expect(map.columns[0]!.spread.rated).toBe(4);
  });

  it('no respondents: columns with nothing rated and no groups', () => {
    const map = heatmapOf({ ...review, respondents: [] }, currentInstrument);
    expect(map.groups).toEqual([]);
    expect(map.columns.every((c) => c.spread.rated === 0 && c.spread.consensus === null)).toBe(true);
  });
});
