import { describe, expect, it } from 'vitest';
import { displayDate } from '../../../renderer/src/ui/dates.ts';

describe('dates on screen', () => {
  it('reads the British way, day first with a short month', () => {
    expect(displayDate('2026-01-10')).toBe('10 Jan 2026');
    expect(displayDate('2024-03-01')).toBe('1 Mar 2024');
  });

  it('keeps the calendar day whatever the time zone', () => {
    // The first and last day of a year are where a time-zone shift would show.
    expect(displayDate('2025-01-01')).toBe('1 Jan 2025');
    expect(displayDate('2025-12-31')).toBe('31 Dec 2025');
  });

  it('shows a value it cannot read as it is rather than "Invalid Date"', () => {
    expect(displayDate('next week')).toBe('next week');
  });
});
