import { describe, expect, it } from 'vitest';
import { carriableCount, carriedDescription, carryForward, lastReview, previousReview } from '@shared/compare/carry-forward.ts';
import { conformanceProblems } from '@shared/model/conformance.ts';
import { ReviewSchema } from '@shared/model/review.ts';
import { REMOVED, idOf, review, uuid, v1, v2 } from './fixtures.ts';

describe('carryForward', () => {
  const previous = review({
    n: 1,
    date: '2025-03-01',
    ratings: {
      '1.1': 'no-action-needed',
      '1.2': 'no-action-in-hand',
      '1.3': 'yes-working-well',
      '1.4': 'no-action-needed',
      '1.5': 'no-action-needed',
    },
    answers: {
      '1.1': { actionNeeded: 'Agree a shared vision', byWhom: 'Board', dueDate: '2025-06-30', actionStatus: 'open', notes: 'heated' },
      '1.2': { actionNeeded: 'Map the added value', byWhom: 'Jo', dueDate: null, actionStatus: 'in-progress' },
      '1.3': { actionNeeded: 'Celebrate', byWhom: 'All', actionStatus: 'done' },
      '1.4': { actionNeeded: 'Change the chair', byWhom: 'Board', actionStatus: 'dropped' },
      '1.5': { actionNeeded: 'Align objectives', byWhom: 'Leads', actionStatus: 'open' },
      '2.1': { actionNeeded: '   ', byWhom: 'Nobody', actionStatus: 'open' },
    },
    factors: { leadership: { 'leadership-f1': 'tick' } },
  });
  const origin = { id: uuid(50), now: '2025-11-04T10:00:00.000Z' };

  it('starts a draft for the same partnership with the open and in-progress actions, keeping their status', () => {
    const next = carryForward(previous, origin, { title: 'Autumn review' });
    expect(next).toMatchObject({
      id: uuid(50),
      partnershipId: previous.partnershipId,
      title: 'Autumn review',
      date: '2025-11-04',
      status: 'draft',
    });
    expect(next.answers[idOf('1.1')]).toEqual({
      rating: null,
      noAgreement: false,
      agreedWhy: '',
      actionNeeded: 'Agree a shared vision',
      byWhom: 'Board',
      dueDate: '2025-06-30',
      notes: '',
      actionStatus: 'open',
      carriedFrom: previous.id,
    });
    expect(next.answers[idOf('1.2')]).toMatchObject({
      actionNeeded: 'Map the added value',
      byWhom: 'Jo',
      actionStatus: 'in-progress',
      carriedFrom: previous.id,
    });
  });

  it('carries no ratings, notes or typical-factor marks', () => {
    const next = carryForward(previous, origin);
    expect(Object.values(next.answers).every((a) => a.rating === null && a.notes === '')).toBe(true);
    expect(next.factors).toEqual({});
  });

  it('leaves done and dropped actions, and answers with no action text, behind', () => {
    const next = carryForward(previous, origin);
    expect(next.answers[idOf('1.3')]).toBeUndefined();
    expect(next.answers[idOf('1.4')]).toBeUndefined();
    expect(next.answers[idOf('2.1')]).toBeUndefined();
    expect(Object.keys(next.answers).sort()).toEqual([idOf('1.1'), idOf('1.2'), idOf('1.5')].sort());
  });

  it('makes a valid review that conforms to its form, keeping the facilitator and participants unless told otherwise', () => {
    const next = carryForward(previous, origin, { facilitator: 'Alex' });
    expect(ReviewSchema.safeParse(next).success).toBe(true);
    expect(conformanceProblems(next, v1)).toEqual([]);
    expect([next.facilitator, next.participants]).toEqual(['Alex', previous.participants]);
    expect(next.participants).not.toBe(previous.participants);
  });

  it('onto a newer form, carries only actions for benchmarks that form still has', () => {
    const next = carryForward(previous, origin, {}, { instrument: v2 });
    expect(next.instrument).toEqual({ id: v2.id, version: 2 });
    expect(next.answers[REMOVED]).toBeUndefined();
    expect(conformanceProblems(next, v2)).toEqual([]);
    expect(Object.keys(next.answers)).toHaveLength(2);
  });
});

describe('the review before', () => {
  const spring = review({ n: 1, date: '2025-03-01' });
  const autumn = review({ n: 2, date: '2025-11-04' });
  const sameDayLater = review({ n: 3, date: '2025-11-04', createdAt: '2025-11-04T15:00:00.000Z' });
  const otherPartnership = { ...review({ n: 4, date: '2025-10-01' }), partnershipId: uuid(99) };

  it('lastReview is the latest by date, then by when it was made, in any order given', () => {
    expect(lastReview([])).toBeNull();
    expect(lastReview([sameDayLater, spring, autumn])?.id).toBe(sameDayLater.id);
    expect(lastReview([autumn, spring])?.id).toBe(autumn.id);
  });

  it("previousReview is the same partnership's review held just before, never the review itself or a later one", () => {
    const all = [sameDayLater, otherPartnership, autumn, spring];
    expect(previousReview(all, spring)).toBeNull();
    expect(previousReview(all, autumn)?.id).toBe(spring.id);
    expect(previousReview(all, sameDayLater)?.id).toBe(autumn.id);
  });

  it('carriableCount counts the unfinished actions with text', () => {
    const r = review({
      n: 5,
      date: '2025-01-01',
      answers: {
        '1.1': { actionNeeded: 'A', actionStatus: 'open' },
        '1.2': { actionNeeded: 'B', actionStatus: 'in-progress' },
        '1.3': { actionNeeded: 'C', actionStatus: 'done' },
        '1.4': { actionNeeded: ' ', actionStatus: 'open' },
      },
    });
    expect(carriableCount(r)).toBe(2);
    expect([0, 1, 2].map(carriedDescription)).toEqual([
      'No open actions to carry; facilitator and participants kept',
      '1 open action carried forward',
      '2 open actions carried forward',
    ]);
  });
});
