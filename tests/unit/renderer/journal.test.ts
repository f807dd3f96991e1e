import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import type { Review } from '@shared/model/review.ts';
import { Autosaver } from '../../../renderer/src/state/autosave.svelte.ts';
import { JOURNAL_KEY, Journal, type JournalEntry } from '../../../renderer/src/state/journal.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** localStorage's methods over a Map, so the tests can read what was written. */
function memoryStorage() {
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
  store = new DexieLibraryStore(`journal-${id()}`);
});
afterEach(() => store.close());

function fixtures() {
  const partnership = newPartnership({ id: id(), now: at(0) }, { name: 'Riverside' });
  const review: Review = { ...newReview({ id: id(), now: at(0) }, partnership.id, currentInstrument), title: 'Spring' };
  return { partnership, review };
}

describe('the unsaved-edits journal', () => {
  it('puts back a newer partnership and review at the next start, partnership first, then empties itself', async () => {
    const { partnership, review } = fixtures();
    const storage = memoryStorage();
    const journal = new Journal(storage, 'tab-that-closed');
    // Listed review-first on purpose: the review cannot be stored before its partnership exists.
    journal.write([
      { kind: 'review', value: { ...review, title: 'Typed just before closing', updatedAt: at(5) } },
      { kind: 'partnership', value: partnership },
    ]);
    expect(await new Journal(storage, 'next-start').replay(store)).toBe(2);
    expect((await store.getReview(review.id))?.title).toBe('Typed just before closing');
    expect(storage.map.size).toBe(0);
  });

  it('never rolls back a record that did reach the store', async () => {
    const { partnership, review } = fixtures();
    await store.putPartnership(partnership);
    await store.putReview({ ...review, title: 'Saved later', updatedAt: at(9) });
    const storage = memoryStorage();
    new Journal(storage, 'tab-that-closed').write([{ kind: 'review', value: { ...review, title: 'Older copy', updatedAt: at(5) } }]);
    expect(await new Journal(storage, 'next-start').replay(store)).toBe(0);
    expect((await store.getReview(review.id))?.title).toBe('Saved later');
  });

  it('drops an entry that fails validation and keeps the valid ones', async () => {
    const { partnership } = fixtures();
    const storage = memoryStorage();
    storage.setItem(
      JOURNAL_KEY,
      JSON.stringify([
        { kind: 'review', value: { id: 'not a review' } },
        { kind: 'partnership', value: partnership },
      ]),
    );
    expect(await new Journal(storage).replay(store)).toBe(1);
    expect(await store.getPartnership(partnership.id)).toEqual(partnership);
  });

  it('survives an unreadable journal and a storage that refuses writes', async () => {
    const storage = memoryStorage();
    storage.setItem(JOURNAL_KEY, '{ broken');
    expect(await new Journal(storage).replay(store)).toBe(0);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => new Journal(full).write([{ kind: 'partnership', value: fixtures().partnership }])).not.toThrow();
  });
});

describe('the autosaver and the journal', () => {
  it('copies every edit not yet confirmed into the journal, and clears it once they are saved', async () => {
    const storage = memoryStorage();
    const saver = new Autosaver(10_000, new Journal(storage, 'tab-1'));
    const { partnership } = fixtures();
    const entry = (): JournalEntry => ({ kind: 'partnership', value: { ...partnership, name: 'Renamed' } });
    saver.schedule('partnership:1', () => store.putPartnership(entry().value as never), entry);
    saver.journalUnconfirmed();
    expect(JSON.parse(storage.getItem(`${JOURNAL_KEY}:tab-1`)!)).toEqual([entry()]);
    await saver.flush();
    expect(storage.getItem(`${JOURNAL_KEY}:tab-1`)).toBeNull();
    expect((await store.getPartnership(partnership.id))?.name).toBe('Renamed');
  });

  it('keeps a failed save in the journal until a save succeeds', async () => {
    const storage = memoryStorage();
    const saver = new Autosaver(10_000, new Journal(storage, 'tab-1'));
    const { partnership } = fixtures();
    const entry = (): JournalEntry => ({ kind: 'partnership', value: partnership });
    saver.schedule('partnership:1', () => Promise.reject(new DOMException('full', 'QuotaExceededError')), entry);
    await saver.flush();
    expect(saver.state.kind).toBe('error');
    saver.journalUnconfirmed();
    expect(JSON.parse(storage.getItem(`${JOURNAL_KEY}:tab-1`)!)).toEqual([entry()]);
  });
});
