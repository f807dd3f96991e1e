import { describe, expect, it } from 'vitest';
import { datedStem, displayDate, displayMonth, fieldDate, parseFieldDate } from '../../../shared/dates.ts';

describe('date fields read day/month/year', () => {
  it.each([
    ['03/04/2026', '2026-04-03'],
    ['3/4/2026', '2026-04-03'],
    ['03-04-2026', '2026-04-03'],
    ['03.04.2026', '2026-04-03'],
    [' 29/02/2028 ', '2028-02-29'],
    ['2026-04-03', '2026-04-03'],
  ])('%s is %s', (typed, iso) => expect(parseFieldDate(typed)).toBe(iso));

  it.each(['31/04/2026', '29/02/2027', '13/13/2026', '03/04/26', '04/03', 'tomorrow', '', '00/01/2026'])('%s is not a date', (typed) =>
    expect(parseFieldDate(typed)).toBeNull(),
  );

  it('writes dd/mm/yyyy and displays "3 Apr 2026"', () => {
    expect(fieldDate('2026-04-03')).toBe('03/04/2026');
    expect(displayDate('2026-04-03')).toBe('3 Apr 2026');
  });

  it('abbreviates September "Sept", as British English (and the screen) does; every workbook and the report use this rule', () => {
    expect(displayDate('2025-09-01')).toBe('1 Sept 2025');
    expect(displayDate('2025-06-30')).toBe('30 Jun 2025');
  });

  it('names a month with its whole year, never like a day ("Nov 25")', () => {
    expect(displayMonth('2025-11-30')).toBe('Nov 2025');
    expect(displayMonth('2026-01-01')).toBe('Jan 2026');
    expect(displayMonth('not a date')).toBe('not a date');
  });
});

describe('a file name says its day once, in ISO', () => {
  it('adds the day to a title without it', () => expect(datedStem('Spring workshop', '2026-03-11')).toBe('Spring workshop 2026-03-11'));
  it('does not repeat a day the title already holds', () => {
    expect(datedStem('Review 2026-03-11', '2026-03-11')).toBe('Review 2026-03-11');
    expect(datedStem('Review 11 Mar 2026', '2026-03-11')).toBe('Review 2026-03-11');
  });
});
