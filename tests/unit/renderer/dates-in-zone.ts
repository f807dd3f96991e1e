/**
 * Run by dates.test.ts in a child process whose TZ is set, since a process's time zone is fixed when it starts.
 * Prints what the date helpers give in that zone, and the zone's own offset so the test can tell the zone took effect
 * (a missing tz database silently falls back to UTC).
 */
import { displayDate } from '../../../renderer/src/ui/dates.ts';
import { fixedClock, localDayOf } from '@shared/clock.ts';

const instant = new Date('2025-12-31T20:00:00Z');
process.stdout.write(
  JSON.stringify({
    offsetMinutes: new Date('2025-01-01T00:00:00Z').getTimezoneOffset(),
    display: ['2025-01-01', '2025-12-31', '2024-02-29', '2025-03-30', '2025-10-26'].map(displayDate),
    localDayOf: localDayOf(instant),
    // The app's clock stopped at that instant: its "today" is the local day there.
    localDay: fixedClock(instant).today(),
  }),
);
