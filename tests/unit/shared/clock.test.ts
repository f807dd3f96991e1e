import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, localDayOf } from '@shared/clock.ts';
import { carryForward } from '@shared/compare/carry-forward.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newReview } from '@shared/model/factories.ts';

// Node reads TZ again whenever it changes, so one process can stand in for a laptop in each zone.
const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

const lateUtc = '2026-03-10T23:30:00.000Z';
const earlyUtc = '2026-03-11T00:30:00.000Z';

describe.each([
  { zone: 'Pacific/Auckland', late: '2026-03-11', early: '2026-03-11' },
  { zone: 'America/Los_Angeles', late: '2026-03-10', early: '2026-03-10' },
  { zone: 'UTC', late: '2026-03-10', early: '2026-03-11' },
])('in $zone', ({ zone, late, early }) => {
  beforeEach(() => {
    process.env.TZ = zone;
  });

  it('the local day is the calendar day there, the instant stays in UTC', () => {
    expect(localDayOf(new Date(lateUtc))).toBe(late);
    expect(fixedClock(earlyUtc).today()).toBe(early);
    expect(fixedClock(earlyUtc).now()).toBe(earlyUtc);
  });

  it('a review made without a date gets the local day of its instant', () => {
    const review = newReview({ id: 'r', now: lateUtc }, 'p', currentInstrument);
    expect(review.date).toBe(late);
    expect(carryForward(review, { id: 'r2', now: earlyUtc }).date).toBe(early);
  });
});
