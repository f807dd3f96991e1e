import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDueBefore, DueDaysSchema, joinDueDays } from '@shared/portfolio/due-days.ts';

const isoDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('the due days of the unfinished actions', () => {
  it('are kept ascending, one space apart, without the actions that have no due date', () => {
    expect(joinDueDays(['2026-01-01', null, '2025-05-01', '2026-01-01'])).toBe('2025-05-01 2026-01-01 2026-01-01');
    expect(joinDueDays([null, null])).toBe('');
    expect(joinDueDays([])).toBe('');
  });

  it('count as overdue only before today: a day due today is not overdue yet', () => {
    const days = '2025-05-01 2026-01-01 2026-01-01 2026-01-02';
    expect(countDueBefore(days, '2025-05-01')).toBe(0);
    expect(countDueBefore(days, '2025-05-02')).toBe(1);
    expect(countDueBefore(days, '2026-01-02')).toBe(3);
    expect(countDueBefore(days, '2030-01-01')).toBe(4);
    expect(countDueBefore('', '2030-01-01')).toBe(0);
  });

  it('count the same as comparing every due day with today', () => {
    fc.assert(
      fc.property(fc.array(fc.option(isoDay, { nil: null }), { maxLength: 60 }), isoDay, (dues, today) => {
        expect(countDueBefore(joinDueDays(dues), today)).toBe(dues.filter((d) => d !== null && d < today).length);
      }),
    );
  });

  it('are checked on read: ISO days (real ones) one space apart, or nothing', () => {
    for (const ok of ['', '2025-05-01', '2024-02-29 2026-01-01']) expect(DueDaysSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of [
      ' ',
      '2025-05-01 ',
      '2025-05-01  2026-01-01',
      '2025-5-01',
      '2025-02-30',
      '2025-02-29',
      'soon',
      '2025-05-01,2026-01-01',
    ])
      expect(DueDaysSchema.safeParse(bad).success, bad).toBe(false);
  });
});
