import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { displayDate } from '../../../renderer/src/ui/dates.ts';

describe('dates on screen', () => {
  it('reads the British way, day first with a short month', () => {
    expect(displayDate('2026-01-10')).toBe('10 Jan 2026');
    expect(displayDate('2024-03-01')).toBe('1 Mar 2024');
  });

  it('shows a value it cannot read as it is rather than "Invalid Date"', () => {
    expect(displayDate('next week')).toBe('next week');
  });
});

const script = fileURLToPath(new URL('./dates-in-zone.ts', import.meta.url));

/** The helpers' answers in a fresh process started in `zone` (TZ is read once, at start-up). */
async function inZone(zone: string) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, TZ: zone },
    timeout: 30_000,
  });
  return JSON.parse(stdout) as { offsetMinutes: number; display: string[]; localDayOf: string; localDay: string };
}

/**
 * A shift shows one way east of UTC (a day read as local midnight is the previous day in UTC) and the other way west
 * (a UTC midnight is the previous local evening), so the same answers are required on both sides and on UTC itself.
 * The instant 2025-12-31T20:00Z is, by hand: 1 Jan 2026 09:00 in Auckland (UTC+13 in summer), 31 Dec 12:00 in
 * Los Angeles (UTC-8), 31 Dec 20:00 in UTC, so "today" there differs while stored calendar days never move.
 */
describe.each([
  { zone: 'Pacific/Auckland', offsetMinutes: -13 * 60, today: '2026-01-01' },
  { zone: 'America/Los_Angeles', offsetMinutes: 8 * 60, today: '2025-12-31' },
  { zone: 'UTC', offsetMinutes: 0, today: '2025-12-31' },
])('in $zone', ({ zone, offsetMinutes, today }) => {
  it('keeps every stored calendar day as it is, and takes "today" from the local clock', async () => {
    const seen = await inZone(zone);
    // The zone really applied: otherwise this would be UTC three times over.
    expect(seen.offsetMinutes).toBe(offsetMinutes);
    // The first and last day of a year, a leap day, and the days the clocks change in Europe.
    expect(seen.display).toEqual(['1 Jan 2025', '31 Dec 2025', '29 Feb 2024', '30 Mar 2025', '26 Oct 2025']);
    expect(seen.localDayOf).toBe(today);
    expect(seen.localDay).toBe(today);
  });
});
