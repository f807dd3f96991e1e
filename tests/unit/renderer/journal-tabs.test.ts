import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import type { Review } from '@shared/model/review.ts';
import { JOURNAL_KEY, Journal } from '../../../renderer/src/state/journal.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** One localStorage shared by every tab of the origin, over a Map. */
function sharedStorage() {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

let store: DexieLibraryStore;
beforeEach(() => {
  store = new DexieLibraryStore(`journal-tabs-${id()}`);
});
afterEach(() => store.close());

async function stored() {
  const partnership = newPartnership({ id: id(), now: '2026-03-01T09:00:00.000Z' }, { name: 'Riverside' });
  const review: Review = newReview({ id: id(), now: '2026-03-01T09:00:00.000Z' }, partnership.id, currentInstrument, { title: 'Spring' });
  await store.putPartnership(partnership);
  await store.putReview(review);
  return { partnership, review };
}

describe('one journal per tab', () => {
  it('never removes entries another tab wrote', async () => {
    const { partnership } = await stored();
    const storage = sharedStorage();
    const a = new Journal(storage, 'tab-a');
    const b = new Journal(storage, 'tab-b');
    a.write([{ kind: 'partnership', value: { ...partnership, name: 'From A' } }]);
    b.write([{ kind: 'partnership', value: { ...partnership, notes: 'From B' } }]);
    a.clear();
    expect(storage.getItem(`${JOURNAL_KEY}:tab-b`)).toContain('From B');
    expect(storage.getItem(`${JOURNAL_KEY}:tab-a`)).toBeNull();
  });

  it('puts back only gone tabs’ entries, and removes a gone tab’s key once stored', async () => {
    const { partnership } = await stored();
    const storage = sharedStorage();
    new Journal(storage, 'gone').write([
      {
        kind: 'partnership',
        value: { ...partnership, name: 'From the gone tab', updatedAt: '2026-03-01T10:00:00.000Z' },
        base: partnership,
        rev: 1,
      },
    ]);
    new Journal(storage, 'open').write([
      {
        kind: 'partnership',
        value: { ...partnership, notes: 'From the open tab', updatedAt: '2026-03-01T10:00:00.000Z' },
        base: partnership,
        rev: 1,
      },
    ]);
    expect(await new Journal(storage, 'new').replay(store, (tab) => tab === 'open')).toBe(1);
    expect(await store.getPartnership(partnership.id)).toMatchObject({ name: 'From the gone tab', notes: '' });
    expect(storage.getItem(`${JOURNAL_KEY}:gone`)).toBeNull();
    expect(storage.getItem(`${JOURNAL_KEY}:open`)).toContain('From the open tab');
  });

  it('compares timestamps as instants, not strings', async () => {
    const { review } = await stored();
    await store.putReview({ ...review, title: 'Saved at 10:30 UTC', updatedAt: '2026-03-01T10:30:00.000Z' });
    const storage = sharedStorage();
    // 11:00 an hour east of Greenwich is 10:00 UTC: older, though it sorts later as a string.
    new Journal(storage, 'gone').write([
      { kind: 'review', value: { ...review, title: 'Older edit', updatedAt: '2026-03-01T11:00:00+01:00' } },
    ]);
    expect(await new Journal(storage, 'new').replay(store)).toBe(0);
    expect((await store.getReview(review.id))?.title).toBe('Saved at 10:30 UTC');
  });

  it('replays through compare-and-set: another tab’s later save is merged with, not overwritten', async () => {
    const { review } = await stored();
    const storage = sharedStorage();
    new Journal(storage, 'gone').write([
      { kind: 'review', value: { ...review, facilitator: 'Journalled', updatedAt: '2026-03-01T10:00:00.000Z' }, base: review, rev: 1 },
    ]);
    expect((await store.saveReview({ ...review, title: 'Saved by another tab', updatedAt: '2026-03-01T10:05:00.000Z' }, 1)).status).toBe(
      'saved',
    );
    expect(await new Journal(storage, 'new').replay(store)).toBe(1);
    expect(await store.getReview(review.id)).toMatchObject({ facilitator: 'Journalled', title: 'Saved by another tab' });
  });

  it('does not re-create a record deleted since the edit was journalled', async () => {
    const { review } = await stored();
    const storage = sharedStorage();
    new Journal(storage, 'gone').write([{ kind: 'review', value: { ...review, facilitator: 'Late' }, base: review, rev: 1 }]);
    await store.deleteReview(review.id);
    expect(await new Journal(storage, 'new').replay(store)).toBe(0);
    expect(await store.getReview(review.id)).toBeUndefined();
  });
});
