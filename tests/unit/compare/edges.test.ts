import { describe, expect, it } from 'vitest';
import { carryForward } from '@shared/compare/carry-forward.ts';
import { isChange, type ChangeKind } from '@shared/compare/change.ts';
import { compareReviews } from '@shared/compare/compare.ts';
import { factorsOverTime } from '@shared/compare/factors.ts';
import { byDate, sortByDate } from '@shared/compare/outline.ts';
import { actionRegister } from '@shared/compare/register.ts';
import { ADDED_FACTOR, catalogue, REMOVED_FACTOR, review, uuid, v2 } from './fixtures.ts';

describe('ordering ties', () => {
  it('orders reviews of the same day and creation time by id, and a review equals itself', () => {
    const a = review({ n: 1, date: '2025-05-01', createdAt: '2025-05-01T09:00:00.000Z' });
    const b = review({ n: 2, date: '2025-05-01', createdAt: '2025-05-01T09:00:00.000Z' });
    expect(sortByDate([b, a]).map((r) => r.id)).toEqual([uuid(1), uuid(2)]);
    expect(sortByDate([a, b]).map((r) => r.id)).toEqual([uuid(1), uuid(2)]);
    expect([byDate(a, b), byDate(b, a), byDate(a, a)]).toEqual([-1, 1, 0]);
  });

  it('lists two actions on one benchmark by the date each was first written; an unknown origin comes first', () => {
    const early = review({ n: 1, date: '2025-01-10', answers: { '1.1': { actionNeeded: 'Early action' } } });
    const late = review({ n: 2, date: '2025-06-10', answers: { '1.1': { actionNeeded: 'Late action' } } });
    // Carried from a review that is not in the list (deleted): its origin date is unknown.
    const orphan = review({ n: 3, date: '2025-03-10', answers: { '1.1': { actionNeeded: 'Orphan action', carriedFrom: uuid(50) } } });
    for (const order of [
      [late, orphan, early],
      [early, late, orphan],
    ]) {
      const entries = actionRegister(order, '2025-07-01').entries;
      expect(entries.map((e) => [e.actionNeeded, e.originReviewDate])).toEqual([
        ['Orphan action', null],
        ['Early action', '2025-01-10'],
        ['Late action', '2025-06-10'],
      ]);
    }
  });
});

describe('change kinds', () => {
  it('counts a move, a new rating and a lost rating as changes, but not "same" or "none"', () => {
    const kinds: ChangeKind[] = ['up', 'down', 'same', 'new', 'gone', 'none'];
    expect(kinds.filter(isChange)).toEqual(['up', 'down', 'new', 'gone']);
  });
});

describe('comparison cells', () => {
  it('a benchmark a review has no answer for shows no action, owner or due date, and status open', () => {
    const a = review({
      n: 1,
      date: '2025-01-01',
      answers: { '1.1': { actionNeeded: 'Agree', byWhom: 'Board', dueDate: '2025-02-01', actionStatus: 'done' } },
    });
    const b = review({ n: 2, date: '2025-06-01' });
    const row = compareReviews([a, b]).sections[0]!.rows[0]!;
    expect(row.cells.map(({ actionNeeded, byWhom, dueDate, actionStatus }) => ({ actionNeeded, byWhom, dueDate, actionStatus }))).toEqual([
      { actionNeeded: 'Agree', byWhom: 'Board', dueDate: '2025-02-01', actionStatus: 'done' },
      { actionNeeded: '', byWhom: '', dueDate: null, actionStatus: 'open' },
    ]);
  });
});

describe('typical factors across form versions', () => {
  it('a factor one of the two forms lacks neither appears nor resolves', () => {
    // v1 has trust-f7 and not trust-f8; v2 the other way round. Ticked on both sides: by hand, each is "absent"
    // in one review, so neither change counts; trust-f1, ticked then crossed, is the one real change (resolved).
    const before = review({ n: 1, date: '2025-01-01', factors: { trust: { [REMOVED_FACTOR]: 'tick', 'trust-f1': 'tick' } } });
    const after = review({ n: 2, date: '2025-06-01', instrument: v2, factors: { trust: { [ADDED_FACTOR]: 'tick', 'trust-f1': 'cross' } } });
    const result = factorsOverTime([before, after], catalogue);
    const trust = result.sections.find((s) => s.sectionId === 'trust')!;
    const rows = Object.fromEntries(trust.factors.map((f) => [f.factorId, [f.states, f.changes]]));
    expect(rows[REMOVED_FACTOR]).toEqual([
      ['tick', 'absent'],
      [null, null],
    ]);
    expect(rows[ADDED_FACTOR]).toEqual([
      ['absent', 'tick'],
      [null, null],
    ]);
    expect(rows['trust-f1']).toEqual([
      ['tick', 'cross'],
      [null, 'resolved'],
    ]);
    expect(result.transitions[0]!.appeared).toEqual([]);
    expect(result.transitions[0]!.resolved.map((r) => r.factorId)).toEqual(['trust-f1']);
  });
});

describe('a new review from the last one', () => {
  it('is titled "Review" and dated by the instant given when nothing else is said', () => {
    const previous = review({ n: 1, date: '2025-01-01' });
    const next = carryForward(previous, { id: uuid(2), now: '2025-09-30T08:00:00.000Z' });
    expect([next.title, next.date, next.facilitator, next.participants]).toEqual(['Review', '2025-09-30', 'Sam', ['A', 'B']]);
  });
});
