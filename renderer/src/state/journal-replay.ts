import { z } from '@shared/zod.ts';
import { mergePartnershipEdits, mergeReviewEdits, type Side } from '@shared/model/merge-edits.ts';
import { PartnershipSchema, type Partnership, type Review } from '@shared/model/review.ts';
import { AnyGenerationReviewSchema } from '@shared/model/upgrade.ts';
import { NEW_RECORD, type LibraryStore, type WriteOutcome } from '../store/library-store.ts';
import type { JournalEntry, KeyValueStorage } from './journal.ts';

/**
 * Putting back the edits of tabs that are gone (see journal.ts), fetched only when there are some: each key's
 * entries are read and validated, partnerships go before reviews (a review needs its partnership), and a key is
 * removed only once every entry in it is stored or found already superseded.
 */

const Rev = z.optional(z.int().check(z.nonnegative()));
const EntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('partnership'), value: PartnershipSchema, base: z.optional(PartnershipSchema), rev: Rev }),
  // A journal written before an app update may hold a review of the earlier shape.
  z.strictObject({ kind: z.literal('review'), value: AnyGenerationReviewSchema, base: z.optional(AnyGenerationReviewSchema), rev: Rev }),
]);

/** Later by instant, not by string: "…T10:00:00+01:00" is earlier than "…T09:30:00Z". */
const isLater = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

/** Replays the entries under `keys`; returns how many records were put back. */
export async function replayKeys(storage: KeyValueStorage, keys: readonly string[], store: LibraryStore): Promise<number> {
  let restored = 0;
  for (const key of keys) {
    const entries = read(storage, key);
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

function read(storage: KeyValueStorage, key: string): JournalEntry[] {
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
  const value = chooseValue(
    entry,
    stored.value,
    stored.rev,
    (base, mine, theirs, choose) => mergeReviewEdits(base, mine, theirs, choose).merged,
  );
  return value ? store.saveReview(value, stored.rev) : null;
}

async function replayPartnership(
  store: LibraryStore,
  entry: Extract<JournalEntry, { kind: 'partnership' }>,
): Promise<WriteOutcome<Partnership> | null> {
  const stored = await store.loadPartnership(entry.value.id);
  if (!stored) return (entry.rev ?? NEW_RECORD) === NEW_RECORD ? store.savePartnership(entry.value, NEW_RECORD) : null;
  const value = chooseValue(
    entry,
    stored.value,
    stored.rev,
    (base, mine, theirs, choose) => mergePartnershipEdits(base, mine, theirs, choose).merged,
  );
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
