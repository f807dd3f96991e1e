import { z } from '../../../shared/zod.ts';
import { PartnershipSchema, ReviewSchema, type Partnership, type Review } from '../../../shared/model/review.ts';
import type { LibraryStore } from '../store/library-store.ts';

/**
 * The last line of defence for edits not yet confirmed in IndexedDB when the page goes away. A save started during
 * page hide is an IndexedDB transaction of several round trips, which the browser may abort as the page unloads;
 * localStorage is written synchronously, so the same edits are copied there first and put back at the next start.
 * Only records newer than what the store holds are put back, so an edit that did land is never rolled back.
 */
export const JOURNAL_KEY = 'partnership-review:unsaved-edits';

export type JournalEntry = { kind: 'partnership'; value: Partnership } | { kind: 'review'; value: Review };

const EntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('partnership'), value: PartnershipSchema }),
  z.strictObject({ kind: z.literal('review'), value: ReviewSchema }),
]);

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class Journal {
  readonly #storage: KeyValueStorage | null;

  constructor(storage: KeyValueStorage | null) {
    this.#storage = storage;
  }

  /** Synchronous on purpose: it runs inside pagehide, where nothing asynchronous is sure to finish. */
  write(entries: JournalEntry[]): void {
    if (!this.#storage) return;
    try {
      if (entries.length === 0) this.#storage.removeItem(JOURNAL_KEY);
      else this.#storage.setItem(JOURNAL_KEY, JSON.stringify(entries));
    } catch (error) {
      // A full localStorage must not stop the IndexedDB save that is running beside it.
      console.error('Could not keep a copy of unsaved edits', error);
    }
  }

  clear(): void {
    this.write([]);
  }

  /**
   * Puts back what the last session could not confirm: partnerships before reviews (a review needs its partnership),
   * each only when it is newer than the stored record. Returns how many records were put back. An entry that fails
   * validation is dropped with a console warning; a store that refuses the write keeps the journal for next time.
   */
  async replay(store: LibraryStore): Promise<number> {
    const raw = this.#storage?.getItem(JOURNAL_KEY);
    if (!raw) return 0;
    let listed: unknown;
    try {
      listed = JSON.parse(raw);
    } catch {
      console.warn('Discarded an unreadable copy of unsaved edits');
      this.clear();
      return 0;
    }
    const entries = (Array.isArray(listed) ? listed : []).flatMap((item: unknown) => {
      const parsed = EntrySchema.safeParse(item);
      if (!parsed.success) console.warn('Discarded an invalid copy of an unsaved edit', parsed.error.issues);
      return parsed.success ? [parsed.data] : [];
    });
    entries.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'partnership' ? -1 : 1));
    let restored = 0;
    for (const entry of entries) {
      const stored = entry.kind === 'partnership' ? await store.getPartnership(entry.value.id) : await store.getReview(entry.value.id);
      if (stored && stored.updatedAt >= entry.value.updatedAt) continue;
      if (entry.kind === 'partnership') await store.putPartnership(entry.value);
      else await store.putReview(entry.value);
      restored += 1;
    }
    this.clear();
    return restored;
  }
}
