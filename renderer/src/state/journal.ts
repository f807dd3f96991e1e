import { z } from '../../../shared/zod.ts';
import type { Side } from '../../../shared/model/merge-edits.ts';
import { loadMergeRules } from './merge-rules.ts';
import { PartnershipSchema, ReviewSchema, type Partnership, type Review } from '../../../shared/model/review.ts';
import { NEW_RECORD, type LibraryStore, type WriteOutcome } from '../store/library-store.ts';

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

const Rev = z.optional(z.int().check(z.nonnegative()));
const EntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('partnership'), value: PartnershipSchema, base: z.optional(PartnershipSchema), rev: Rev }),
  z.strictObject({ kind: z.literal('review'), value: ReviewSchema, base: z.optional(ReviewSchema), rev: Rev }),
]);

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The tab a journal key belongs to; the single key of older versions belongs to no living tab. */
const tabOf = (key: string): string | null => (key.startsWith(TAB_PREFIX) ? key.slice(TAB_PREFIX.length) : null);

/** Later by instant, not by string: "…T10:00:00+01:00" is earlier than "…T09:30:00Z". */
const isLater = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

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
    let restored = 0;
    for (const key of keys) {
      const entries = this.#read(storage, key);
      entries.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'partnership' ? -1 : 1));
      let kept = false;
      for (const entry of entries) {
        try {
          if (await replayEntry(store, entry)) restored += 1;
        } catch (error) {
          kept = true;
          console.error('Could not put back an unsaved edit; it is kept for next time', error);
        }
      }
      if (!kept) storage.removeItem(key);
    }
    return restored;
  }

  #read(storage: KeyValueStorage, key: string): JournalEntry[] {
    let listed: unknown;
    try {
      listed = JSON.parse(storage.getItem(key) ?? '[]');
    } catch {
      console.warn('Discarded an unreadable copy of unsaved edits');
      return [];
    }
    return (Array.isArray(listed) ? listed : []).flatMap((item: unknown) => {
      const parsed = EntrySchema.safeParse(item);
      if (!parsed.success) console.warn('Discarded an invalid copy of an unsaved edit', parsed.error.issues);
      return parsed.success ? [parsed.data as JournalEntry] : [];
    });
  }
}

/**
 * One entry through compare-and-set: stored unchanged since the entry's revision → written; changed since → merged
 * field by field with what is stored, a field both changed going to the later edit by instant; an entry without a
 * base (older journals) is written only when it is later than the stored record; a record deleted since is left
 * deleted. Returns whether anything was written.
 */
async function replayEntry(store: LibraryStore, entry: JournalEntry): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const outcome = entry.kind === 'partnership' ? await replayPartnership(store, entry) : await replayReview(store, entry);
    if (outcome === null) return false;
    if (outcome.status === 'saved') return true;
    if (outcome.status === 'deleted') return false;
  }
  throw new Error('another window kept saving the same record');
}

async function replayReview(store: LibraryStore, entry: Extract<JournalEntry, { kind: 'review' }>): Promise<WriteOutcome<Review> | null> {
  const stored = await store.loadReview(entry.value.id);
  if (!stored) return (entry.rev ?? NEW_RECORD) === NEW_RECORD ? store.saveReview(entry.value, NEW_RECORD) : null;
  const { mergeReviewEdits } = await loadMergeRules();
  const value = chooseValue(entry, stored.value, stored.rev, (base, mine, theirs, choose) => mergeReviewEdits(base, mine, theirs, choose).merged);
  return value ? store.saveReview(value, stored.rev) : null;
}

async function replayPartnership(store: LibraryStore, entry: Extract<JournalEntry, { kind: 'partnership' }>): Promise<WriteOutcome<Partnership> | null> {
  const stored = await store.loadPartnership(entry.value.id);
  if (!stored) return (entry.rev ?? NEW_RECORD) === NEW_RECORD ? store.savePartnership(entry.value, NEW_RECORD) : null;
  const { mergePartnershipEdits } = await loadMergeRules();
  const value = chooseValue(entry, stored.value, stored.rev, (base, mine, theirs, choose) => mergePartnershipEdits(base, mine, theirs, choose).merged);
  return value ? store.savePartnership(value, stored.rev) : null;
}

function chooseValue<T extends { updatedAt: string }>(
  entry: { value: T; base?: T; rev?: number },
  stored: T,
  storedRev: number,
  merge: (base: T, mine: T, theirs: T, choose: () => Side) => T,
): T | null {
  if (entry.rev !== undefined && entry.rev === storedRev) return entry.value;
  if (entry.base) {
    const merged = merge(entry.base, entry.value, stored, () => (isLater(entry.value.updatedAt, stored.updatedAt) ? 'mine' : 'theirs'));
    return JSON.stringify(merged) === JSON.stringify(stored) ? null : merged;
  }
  return isLater(entry.value.updatedAt, stored.updatedAt) ? entry.value : null;
}
