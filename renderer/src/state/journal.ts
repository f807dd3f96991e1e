import type { Partnership, Review } from '@shared/model/review.ts';
import type { LibraryStore } from '../store/library-store.ts';

/**
 * The last line of defence for edits not yet confirmed in IndexedDB when the page goes away. A save started during
 * page hide is an IndexedDB transaction of several round trips, which the browser may abort as the page unloads;
 * localStorage is written synchronously, so the same edits are copied there first and put back at the next start.
 *
 * Each tab (one page load) keeps its own key, `JOURNAL_KEY:<tab id>`, and only ever writes or clears that one, so
 * two tabs never erase each other's edits. At start a tab puts back the entries of tabs that are gone (no longer
 * holding their Web Lock), through the same compare-and-set as any save, and removes such a key only once every
 * entry in it is stored or found already superseded.
 */
export const JOURNAL_KEY = 'partnership-review:unsaved-edits';
const TAB_PREFIX = `${JOURNAL_KEY}:`;

/** `base` and `rev`: what the edit was based on, so replay merges with anything stored since instead of overwriting. */
export type JournalEntry =
  | { kind: 'partnership'; value: Partnership; base?: Partnership; rev?: number }
  | { kind: 'review'; value: Review; base?: Review; rev?: number };

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The tab a journal key belongs to; the single key of older versions belongs to no living tab. */
const tabOf = (key: string): string | null => (key.startsWith(TAB_PREFIX) ? key.slice(TAB_PREFIX.length) : null);

export class Journal {
  readonly #storage: KeyValueStorage | null;
  readonly tabId: string;

  constructor(storage: KeyValueStorage | null, tabId: string = crypto.randomUUID()) {
    this.#storage = storage;
    this.tabId = tabId;
  }

  get key(): string {
    return TAB_PREFIX + this.tabId;
  }

  /** Synchronous on purpose: it runs inside pagehide, where nothing asynchronous is sure to finish. */
  write(entries: JournalEntry[]): void {
    if (!this.#storage) return;
    try {
      if (entries.length === 0) this.#storage.removeItem(this.key);
      else this.#storage.setItem(this.key, JSON.stringify(entries));
    } catch (error) {
      // A full localStorage must not stop the IndexedDB save that is running beside it.
      console.error('Could not keep a copy of unsaved edits', error);
    }
  }

  /** Clears this tab's entries only. */
  clear(): void {
    this.write([]);
  }

  /**
   * Puts back what gone tabs could not confirm: partnerships before reviews (a review needs its partnership). Returns
   * how many records were put back. An entry that fails validation is dropped with a console warning; a store that
   * refuses a write keeps that tab's key for next time.
   */
  async replay(store: LibraryStore, isLive: (tabId: string) => boolean = () => false): Promise<number> {
    const storage = this.#storage;
    if (!storage) return 0;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key === null || (key !== JOURNAL_KEY && !key.startsWith(TAB_PREFIX))) continue;
      const tab = tabOf(key);
      if (tab === this.tabId || (tab !== null && isLive(tab))) continue;
      keys.push(key);
    }
    if (keys.length === 0) return 0;
    // Putting edits back is fetched only when a gone tab left some.
    const { replayKeys } = await import('./journal-replay.ts');
    return replayKeys(storage, keys, store);
  }
}
