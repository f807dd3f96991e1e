import { describe, expect, it } from 'vitest';
import { actionRegister, PARKING_LOT } from '@shared/compare/register.ts';
import type { ParkedItem } from '@shared/model/workshop.ts';
import { idOf, review, uuid } from '../compare/fixtures.ts';

const item = (n: number, patch: Partial<ParkedItem>): ParkedItem => ({
  id: uuid(100 + n),
  text: `Point ${n}`,
  owner: 'Board',
  dueDate: null,
  status: 'open',
  benchmarkId: null,
  raisedAt: '2025-03-01T10:00:00.000Z',
  ...patch,
});

describe('the action register and the parking lot', () => {
  const spring = review({
    n: 1,
    title: 'Spring',
    date: '2025-03-01',
    answers: { '2.3': { actionNeeded: 'Publish minutes', byWhom: 'Sec', actionStatus: 'open' } },
  });
  spring.parkingLot = [
    item(1, { benchmarkId: idOf('2.3'), text: 'Who keeps the minutes?', dueDate: '2025-04-01' }),
    item(2, { text: 'Budget for the away day' }),
    item(3, { benchmarkId: idOf('1.1'), text: 'Settled in the room', status: 'done' }),
  ];

  it('lists the open parked points beside the actions, and leaves the done ones out', () => {
    const reg = actionRegister([spring], '2025-04-11');
    expect(reg.entries.map((e) => [e.number, e.actionNeeded, e.byWhom, e.status, e.parkedId, e.daysOverdue])).toEqual([
      ['2.3', 'Publish minutes', 'Sec', 'open', null, 0],
      ['2.3', 'Who keeps the minutes?', 'Board', 'open', uuid(101), 10],
      ['', 'Budget for the away day', 'Board', 'open', uuid(102), 0],
    ]);
    expect(reg.entries[2]!.statement).toBe(PARKING_LOT);
    expect(reg.entries[1]!.reviewTitle).toBe('Spring');
    expect([reg.overdue, reg.byStatus.open]).toEqual([1, 3]);
  });
});
