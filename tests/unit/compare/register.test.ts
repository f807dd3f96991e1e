import { describe, expect, it } from 'vitest';
import { carryForward } from '@shared/compare/carry-forward.ts';
import { actionRegister, daysOverdue } from '@shared/compare/register.ts';
import { idOf, review, uuid } from './fixtures.ts';

describe('actionRegister', () => {
  const spring = review({
    n: 1,
    title: 'Spring',
    date: '2025-03-01',
    answers: {
      '1.1': { actionNeeded: 'Agree a shared vision', byWhom: 'Board', dueDate: '2025-06-30', actionStatus: 'open' },
      '2.3': { actionNeeded: 'Publish minutes', byWhom: 'Sec', dueDate: '2025-04-01', actionStatus: 'done' },
      '3.1': { actionNeeded: 'Run a lessons session', byWhom: 'Lee', dueDate: '2025-05-01', actionStatus: 'in-progress' },
    },
  });
  const autumn = (() => {
    const r = carryForward(spring, { id: uuid(2), now: '2025-10-01T09:00:00.000Z' }, { title: 'Autumn' });
    r.answers[idOf('1.1')] = { ...r.answers[idOf('1.1')]!, actionStatus: 'in-progress', dueDate: '2025-12-31' };
    r.answers[idOf('4.2')] = {
      ...r.answers[idOf('3.1')]!,
      actionNeeded: 'Define roles',
      byWhom: 'HR',
      dueDate: '2025-09-01',
      actionStatus: 'open',
      carriedFrom: null,
    };
    return r;
  })();
  const today = '2025-10-15';

  it('lists every action with benchmark, owner, due date, status and the review it came from', () => {
    const reg = actionRegister([autumn, spring], today);
    expect(reg.entries.map((e) => [e.number, e.actionNeeded, e.byWhom, e.dueDate, e.status, e.reviewTitle])).toEqual([
      ['1.1', 'Agree a shared vision', 'Board', '2025-12-31', 'in-progress', 'Autumn'],
      ['2.3', 'Publish minutes', 'Sec', '2025-04-01', 'done', 'Spring'],
      ['3.1', 'Run a lessons session', 'Lee', '2025-05-01', 'in-progress', 'Autumn'],
      ['4.2', 'Define roles', 'HR', '2025-09-01', 'open', 'Autumn'],
    ]);
    expect(reg.entries[0]!.statement).toMatch(/common vision/);
    expect(reg.entries[0]!.sectionTitle).toBe('Leadership');
    expect(reg.byStatus).toEqual({ open: 1, 'in-progress': 2, done: 1, dropped: 0 });
  });

  it('shows a carried action once, in its latest state, noting where it was first written', () => {
    const reg = actionRegister([spring, autumn], today);
    const vision = reg.entries.filter((e) => e.benchmarkId === idOf('1.1'));
    expect(vision).toHaveLength(1);
    expect(vision[0]).toMatchObject({
      reviewId: uuid(2),
      originReviewId: uuid(1),
      originReviewTitle: 'Spring',
      originReviewDate: '2025-03-01',
      carried: true,
    });
    const roles = reg.entries.find((e) => e.benchmarkId === idOf('4.2'))!;
    expect([roles.carried, roles.originReviewId]).toEqual([false, uuid(2)]);
  });

  it('follows a chain of carries back to the first review', () => {
    const winter = carryForward(autumn, { id: uuid(3), now: '2026-02-01T09:00:00.000Z' }, { title: 'Winter' });
    const reg = actionRegister([winter, spring, autumn], '2026-02-02');
    const vision = reg.entries.filter((e) => e.benchmarkId === idOf('1.1'));
    expect(vision.map((e) => [e.reviewTitle, e.originReviewTitle])).toEqual([['Winter', 'Spring']]);
    expect(reg.entries).toHaveLength(4);
  });

  it('flags unfinished actions past their due date, and only those', () => {
    const reg = actionRegister([spring, autumn], today);
    const flagged = reg.entries.filter((e) => e.overdue).map((e) => [e.number, e.daysOverdue]);
    // 3.1 (in progress, due 1 May) and 4.2 (open, due 1 September); 2.3 is done and 1.1 is not due yet.
    expect(flagged).toEqual([
      ['3.1', 167],
      ['4.2', 44],
    ]);
    expect(reg.overdue).toBe(2);
  });

  it('does not flag an action due today, a done or dropped one, or one with no due date', () => {
    expect(daysOverdue('2025-10-15', 'open', '2025-10-15')).toBe(0);
    expect(daysOverdue('2025-10-14', 'open', '2025-10-15')).toBe(1);
    expect(daysOverdue('2025-01-01', 'done', '2025-10-15')).toBe(0);
    expect(daysOverdue('2025-01-01', 'dropped', '2025-10-15')).toBe(0);
    expect(daysOverdue(null, 'open', '2025-10-15')).toBe(0);
    expect(daysOverdue('2024-02-28', 'in-progress', '2024-03-01')).toBe(2);
  });

  it('drops a carried action whose text was emptied in the later review', () => {
    const withdrawn = structuredClone(autumn);
    withdrawn.answers[idOf('3.1')]!.actionNeeded = '';
    const reg = actionRegister([spring, withdrawn], today);
    expect(reg.entries.some((e) => e.benchmarkId === idOf('3.1'))).toBe(false);
  });

  it('keeps the origin id when the first review is not among those given', () => {
    const reg = actionRegister([autumn], today);
    const vision = reg.entries.find((e) => e.benchmarkId === idOf('1.1'))!;
    expect([vision.carried, vision.originReviewId, vision.originReviewTitle]).toEqual([true, uuid(1), null]);
  });
});
