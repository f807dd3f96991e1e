import { describe, expect, it } from 'vitest';
import type { Partnership, Review } from '@shared/model/review.ts';
import { RegisterState } from '../../../renderer/src/portfolio/register-state.svelte.ts';
import { PARTNERSHIP, idOf, review } from '../compare/fixtures.ts';

const partnership: Partnership = {
  id: PARTNERSHIP,
  name: 'Riverside',
  partners: [],
  notes: '',
  reviewIntervalMonths: 12,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

async function registerOf(status: Review['status']) {
  const autumn = {
    ...review({ n: 1, title: 'Autumn', date: '2025-10-01', answers: { '1.1': { actionNeeded: 'Agree a vision', byWhom: 'Board' } } }),
    status,
  };
  const saved: Review[] = [];
  const state = new RegisterState({
    load: async () => ({ partnerships: [partnership], reviews: [autumn] }),
    saveReview: async (_base, edited) => (saved.push(edited), edited),
    today: () => '2025-12-01',
    now: () => '2025-12-01T09:00:00.000Z',
  });
  await state.load();
  return { state, saved, entry: state.all[0]! };
}

describe('the action register across partnerships, on a final review', () => {
  it('sets the status in a draft review', async () => {
    const { state, saved, entry } = await registerOf('draft');
    expect(state.locked(entry)).toBeNull();
    await state.setStatus(entry, 'done');
    expect(saved.map((r) => r.answers[idOf('1.1')]!.actionStatus)).toEqual(['done']);
  });

  it('locks the status of a final review’s action with the reason, and changes nothing', async () => {
    const { state, saved, entry } = await registerOf('final');
    expect(state.locked(entry)).toBe('“Autumn” is final: reopen it to change an action’s status.');
    await state.setStatus(entry, 'done');
    expect(saved).toEqual([]);
    expect(state.all[0]!.status).toBe('open');
  });
});
