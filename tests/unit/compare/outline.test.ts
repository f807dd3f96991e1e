import { describe, expect, it } from 'vitest';
import { factorsOverTime } from '@shared/compare/factors.ts';
import { byDate, formsOf, unionOutline } from '@shared/compare/outline.ts';
import { actionRegister, daysOverdue } from '@shared/compare/register.ts';
import { ADDED, ADDED_FACTOR, catalogue, idOf, REMOVED, REMOVED_FACTOR, review, uuid, v2 } from './fixtures.ts';

describe('date order', () => {
  it('the review date decides before the creation time', () => {
    const early = review({ n: 1, date: '2025-01-01', createdAt: '2025-12-01T09:00:00.000Z' });
    const late = review({ n: 2, date: '2025-06-01', createdAt: '2025-01-01T09:00:00.000Z' });
    expect([byDate(early, late), byDate(late, early)]).toEqual([-1, 1]);
  });
});

describe('one outline over two form versions', () => {
  const old = review({ n: 1, date: '2025-01-01' });
  const recent = review({ n: 2, date: '2025-06-01', instrument: v2 });

  it('takes its order from the newest version, whichever order the reviews come in, and lists each id once', () => {
    // By hand: v2's Trust factors are trust-f1…f6 then trust-f8; trust-f7 (v1 only) follows at the end. Leadership
    // keeps 1.1–1.4 from v2 and then 1.5, which only v1 has; Trust gains 2.7 from v2.
    for (const forms of [formsOf([old, recent], catalogue), formsOf([recent, old], catalogue)]) {
      const [leadership, trust] = unionOutline(forms);
      expect(trust!.factors.map((f) => f.id)).toEqual([
        'trust-f1',
        'trust-f2',
        'trust-f3',
        'trust-f4',
        'trust-f5',
        'trust-f6',
        ADDED_FACTOR,
        REMOVED_FACTOR,
      ]);
      expect(leadership!.benchmarks.map((b) => b.number)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
      expect(leadership!.benchmarks[4]!.id).toBe(REMOVED);
      expect(trust!.benchmarks.map((b) => b.id).slice(-1)).toEqual([ADDED]);
      expect(trust!.benchmarks).toHaveLength(7);
    }
  });

  it('knows only what a review of an unknown form mentions', () => {
    const unknown = review({
      n: 3,
      date: '2025-02-01',
      answers: { '1.2': { actionNeeded: 'x' } },
      factors: { trust: { 'trust-f2': 'tick' } },
    });
    const [form] = formsOf([unknown], { findInstrument: () => undefined });
    expect(form!.instrument).toBeUndefined();
    expect([...form!.benchmarkIds]).toEqual([idOf('1.2')]);
    expect([...form!.factorIds]).toEqual(['trust-f2']);
  });

  it('heads the factor table with each review in date order', () => {
    expect(factorsOverTime([recent, old], catalogue).columns).toEqual([
      { reviewId: uuid(1), title: 'Review 1', date: '2025-01-01' },
      { reviewId: uuid(2), title: 'Review 2', date: '2025-06-01' },
    ]);
  });
});

describe('the action register', () => {
  it('counts no days overdue when either date cannot be read', () => {
    expect(daysOverdue('someday', 'open', '2025-01-01')).toBe(0);
    expect(daysOverdue('2024-12-01', 'open', 'today')).toBe(0);
    expect(daysOverdue('2024-12-01', 'open', '2025-01-01')).toBe(31);
  });

  it('leaves out an action that is only spaces', () => {
    const r = review({ n: 1, date: '2025-01-01', answers: { '1.1': { actionNeeded: '   ' }, '1.2': { actionNeeded: 'Real' } } });
    expect(actionRegister([r], '2025-02-01').entries.map((e) => e.number)).toEqual(['1.2']);
  });
});
