import { describe, expect, it } from 'vitest';
import type { Partnership, Review } from '@shared/model/review.ts';
import { CompareState, type CompareHost } from '../../../renderer/src/compare/compare-state.svelte.ts';
import { PARTNERSHIP, idOf, review, uuid } from './fixtures.ts';

const partnership: Partnership = {
  id: PARTNERSHIP,
  name: 'Riverside',
  partners: [],
  notes: '',
  reviewIntervalMonths: 12,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

function host(reviews: Review[]) {
  const saved: Review[] = [];
  const opened: string[] = [];
  const exported: Review[][] = [];
  const h: CompareHost = {
    partnership: () => partnership,
    reviews: () => reviews,
    saveReview: async (r) => {
      saved.push(r);
      const i = reviews.findIndex((x) => x.id === r.id);
      if (i >= 0) reviews[i] = r;
      else reviews.push(r);
    },
    openReview: (id) => opened.push(id),
    exportComparison: async (_p, rs) => void exported.push(rs),
    today: () => '2025-12-01',
    now: () => '2025-12-01T09:00:00.000Z',
    newId: () => uuid(42),
  };
  return { h, saved, opened, exported };
}

// The store lists newest first; the comparison must not care.
const reviews = () => [
  review({
    n: 3,
    date: '2025-10-01',
    ratings: { '1.1': 'yes-working-well' },
    answers: { '1.1': { actionNeeded: 'Keep it up', byWhom: 'All', dueDate: '2025-11-01' } },
  }),
  review({ n: 2, date: '2025-03-01', ratings: { '1.1': 'no-action-in-hand' } }),
  review({ n: 1, date: '2024-09-01', ratings: { '1.1': 'no-action-needed' } }),
];

describe('CompareState', () => {
  it('compares the latest two reviews by default, oldest first', () => {
    const s = new CompareState(host(reviews()).h);
    expect(s.chosen.map((r) => r.id)).toEqual([uuid(2), uuid(3)]);
    expect(s.comparison.sections[0]!.rows[0]!.cells.map((c) => c.change)).toEqual(['none', 'up']);
  });

  it('adds and removes reviews, and needs two to compare', () => {
    const s = new CompareState(host(reviews()).h);
    s.toggleReview(uuid(1));
    expect(s.chosen.map((r) => r.id)).toEqual([uuid(1), uuid(2), uuid(3)]);
    s.toggleReview(uuid(2));
    s.toggleReview(uuid(3));
    expect(s.enough).toBe(false);
    s.selectLatestTwo();
    expect(s.chosen.map((r) => r.id)).toEqual([uuid(2), uuid(3)]);
  });

  it('changes an action’s status in the review that holds it, when that review is a draft', async () => {
    const drafts = reviews().map((r): Review => ({ ...r, status: 'draft' }));
    const { h, saved } = host(drafts);
    const s = new CompareState(h);
    const entry = s.register.entries[0]!;
    expect(entry.overdue).toBe(true);
    expect(s.locked(entry)).toBeNull();
    await s.setStatus(entry, 'done');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.answers[idOf('1.1')]!.actionStatus).toBe('done');
    expect(saved[0]!.updatedAt).toBe('2025-12-01T09:00:00.000Z');
  });

  it('never changes an action’s status in a final review: the control is locked with the reason', async () => {
    const { h, saved } = host(reviews());
    const s = new CompareState(h);
    const entry = s.register.entries[0]!;
    expect(s.locked(entry)).toBe('“Review 3” is final: reopen it to change an action’s status.');
    await s.setStatus(entry, 'done');
    expect(saved).toEqual([]);
  });

  it('starts a new review from the latest one and opens it', async () => {
    const { h, saved, opened } = host(reviews());
    await new CompareState(h).newReviewFromLast();
    expect(opened).toEqual([uuid(42)]);
    expect(saved[0]!.answers[idOf('1.1')]).toMatchObject({ rating: null, actionNeeded: 'Keep it up', carriedFrom: uuid(3) });
    expect(saved[0]!.date).toBe('2025-12-01');
  });

  it('exports only the chosen reviews', async () => {
    const { h, exported } = host(reviews());
    await new CompareState(h).exportExcel();
    expect(exported.map((rs) => rs.map((r) => r.id))).toEqual([[uuid(2), uuid(3)]]);
  });
});
