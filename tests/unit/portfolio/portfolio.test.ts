import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import { emptyAnswer, type BenchmarkAnswer, type Review } from '@shared/model/review.ts';
import { indexWithCoverage } from '@shared/vocabulary/index-coverage.ts';
import { portfolioFacts } from '@shared/portfolio/facts.ts';
import { addMonths, changeText, matchesSearch, portfolioRow } from '@shared/portfolio/row.ts';
import { filterRegister, ownersOf, portfolioRegister } from '@shared/portfolio/register.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const now = '2026-03-01T10:00:00.000Z';
const partnership = (name: string, partners: string[] = []) => newPartnership({ id: id(), now }, { name, partners });

function review(partnershipId: string, title: string, date: string, answers: Record<string, Partial<BenchmarkAnswer>> = {}): Review {
  const r = newReview({ id: id(), now }, partnershipId, currentInstrument, { title, date });
  r.updatedAt = `${date}T12:00:00.000Z`;
  for (const [benchmark, a] of Object.entries(answers)) r.answers[benchmark] = { ...emptyAnswer(), ...a };
  return r;
}

/**
 * Two reviews of one partnership, worked by hand. Older (2025-03-01): vision NO-needed (0), added value YES-well (3):
 * 3 of 6 points → 50. Newer (2025-10-01): vision YES-improving (2), added value NO-in hand (1), willing to change
 * YES-well (3): 6 of 9 → 67, 3 of 21 rated. The vision action is carried (counted once, in progress, due 1 May 2025);
 * added value's action is open with no date; the minutes are done; one parked point is open, due 1 Jan 2026.
 */
function riverside() {
  const p = partnership('Riverside Health Partnership', ['Riverside Council', 'NHS Trust']);
  const older = review(p.id, 'Spring', '2025-03-01', {
    'leadership-common-vision': { rating: 'no-action-needed', actionNeeded: 'Agree a vision', byWhom: 'Board', dueDate: '2025-05-01' },
    'leadership-added-value': { rating: 'yes-working-well' },
    'trust-mutual-accountability': { actionNeeded: 'Publish the minutes', byWhom: 'Secretariat', actionStatus: 'done' },
  });
  const newer = review(p.id, 'Autumn', '2025-10-01', {
    'leadership-common-vision': {
      rating: 'yes-needs-improving',
      actionNeeded: 'Agree a vision',
      byWhom: 'Board',
      dueDate: '2025-05-01',
      actionStatus: 'in-progress',
      carriedFrom: older.id,
    },
    'leadership-added-value': { rating: 'no-action-in-hand', actionNeeded: 'Map what each partner adds', byWhom: ' jo bloggs' },
    'leadership-willing-to-change': { rating: 'yes-working-well' },
  });
  newer.parkingLot = [
    { id: id(), text: 'Ask about the budget', owner: 'Jo Bloggs', dueDate: '2026-01-01', benchmarkId: null, status: 'open', raisedAt: now },
  ];
  return { p, older, newer };
}

describe('portfolio facts of a partnership', () => {
  it('reads the latest index with its coverage, the previous index and each unfinished action once', () => {
    const { older, newer } = riverside();
    expect(portfolioFacts([newer, older])).toEqual({
      latestIndex: 67,
      latestRated: 3,
      latestTotal: 21,
      previousIndex: 50,
      openActions: 3,
      openActionDueDays: '2025-05-01 2026-01-01',
      reviewTitles: ['Autumn', 'Spring'],
    });
    expect(portfolioFacts([older])).toMatchObject({ latestIndex: 50, latestRated: 2, previousIndex: null });
  });

  it('are what the store keeps beside the reviews and lists without reading them', async () => {
    const name = `portfolio-${id()}`;
    const store = new DexieLibraryStore(name);
    try {
      const { p, older, newer } = riverside();
      await store.putPartnership(p);
      await store.putReview(newer);
      await store.putReview(older);
      const [listed] = (await store.listPartnerships()).items;
      expect(listed!.facts).toEqual({
        latestIndex: 67,
        latestRated: 3,
        latestTotal: 21,
        previousIndex: 50,
        openActions: 3,
        openActionDueDays: '2025-05-01 2026-01-01',
        reviewTitles: ['Autumn', 'Spring'],
      });
    } finally {
      store.close();
      await Dexie.delete(name);
    }
  });
});

describe('a portfolio row', () => {
  const facts = {
    latestIndex: 67,
    latestRated: 3,
    latestTotal: 21,
    previousIndex: 50,
    openActions: 4,
    openActionDueDays: '2025-05-01 2026-01-01 2026-01-02',
    reviewTitles: ['Autumn'],
  };
  const latest = { id: id(), title: 'Autumn', date: '2025-10-01' };

  it('is overdue by the local day: an action due today is not overdue yet, nor a review due today', () => {
    const p = { ...partnership('A'), reviewIntervalMonths: 3 };
    // Due 1 Jan 2026 for the review (1 Oct 2025 + 3 months).
    expect(portfolioRow(p, latest, 2, facts, '2026-01-01')).toMatchObject({
      change: 17,
      openActions: 4,
      overdueActions: 1,
      nextDue: '2026-01-01',
      reviewOverdue: false,
    });
    expect(portfolioRow(p, latest, 2, facts, '2026-01-02')).toMatchObject({ overdueActions: 2, reviewOverdue: true });
  });

  it('has no next review, change or actions before the first review', () => {
    expect(portfolioRow(partnership('New'), null, 0, null, '2026-01-01')).toMatchObject({
      latest: null,
      index: null,
      change: null,
      openActions: 0,
      nextDue: null,
      reviewOverdue: false,
    });
  });

  it('adds months as a person counts them, keeping to the end of a shorter month', () => {
    expect(addMonths('2025-10-01', 12)).toBe('2026-10-01');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-08-31', 120)).toBe('2035-08-31');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonths('2099-11-30', 3)).toBe('2100-02-28');
    expect(addMonths('1999-11-30', 3)).toBe('2000-02-29');
  });

  it('adds months as the calendar does (checked against Date for any day and interval)', () => {
    // The calendar's own answer: the first of the target month, then the day, kept to the month's last day.
    const byDate = (iso: string, months: number) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
      return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
    };
    const day = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 120 }), (iso, months) => addMonths(iso, months) === byDate(iso, months)));
  });

  it('says the change with the arrow and the points, and the index with its coverage', () => {
    expect([changeText(8), changeText(-67), changeText(0)]).toEqual(['↑ 8', '↓ 67', '→ 0']);
    expect(indexWithCoverage({ index: 72, rated: 18, total: 21 })).toBe('index 72 · 18 of 21 rated');
    expect(indexWithCoverage({ index: null, rated: 0, total: 21 })).toBe('no index · 0 of 21 rated');
  });

  it('is found by any word of its name, partners or review titles, in any case', () => {
    const row = portfolioRow(
      partnership('Riverside Health', ['NHS Trust']),
      latest,
      2,
      { ...facts, reviewTitles: ['Autumn', 'Winter'] },
      '2026-01-01',
    );
    for (const q of ['', 'riverside', 'nhs', 'WINTER', 'health trust']) expect(matchesSearch(row, q), q).toBe(true);
    for (const q of ['harbour', 'riverside harbour']) expect(matchesSearch(row, q), q).toBe(false);
  });
});

describe('the action register across partnerships', () => {
  const { p, older, newer } = riverside();
  const harbour = partnership('Harbour Trust');
  const july = review(harbour.id, 'July', '2025-07-20', {
    'leadership-added-value': { actionNeeded: 'Set up a steering group', byWhom: 'Harbour Council', dueDate: '2026-09-01' },
  });
  const all = portfolioRegister([harbour, p], [older, newer, july], '2026-01-02');

  it('lists every partnership’s actions, the most recently reviewed partnership first, carried actions once', () => {
    expect(all.map((e) => [e.partnershipName, e.actionNeeded, e.status, e.overdue])).toEqual([
      ['Riverside Health Partnership', 'Agree a vision', 'in-progress', true],
      ['Riverside Health Partnership', 'Map what each partner adds', 'open', false],
      ['Riverside Health Partnership', 'Publish the minutes', 'done', false],
      ['Riverside Health Partnership', 'Ask about the budget', 'open', true],
      ['Harbour Trust', 'Set up a steering group', 'open', false],
    ]);
  });

  it('filters by owner (without case or outer spaces), status and overdue', () => {
    const names = (f: Parameters<typeof filterRegister>[1]) => filterRegister(all, f).map((e) => e.actionNeeded);
    expect(ownersOf(all)).toEqual(['Board', 'Harbour Council', 'jo bloggs', 'Secretariat']);
    expect(names({ owner: 'Jo Bloggs', status: 'all', overdueOnly: false })).toEqual([
      'Map what each partner adds',
      'Ask about the budget',
    ]);
    expect(names({ owner: '', status: 'done', overdueOnly: false })).toEqual(['Publish the minutes']);
    expect(names({ owner: '', status: 'unfinished', overdueOnly: true })).toEqual(['Agree a vision', 'Ask about the budget']);
    expect(names({ owner: 'board', status: 'open', overdueOnly: false })).toEqual([]);
  });
});
