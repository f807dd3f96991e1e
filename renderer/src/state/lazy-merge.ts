import type { LibrarySnapshot } from '@shared/files/bundle.ts';
import { finalRefusal, finalReviewsChangedBy, mergeKeepingFinal } from '@shared/model/final.ts';
import { mergeReviewEdits } from '@shared/model/merge-edits.ts';
import type { Review } from '@shared/model/review.ts';
import type { LibraryStore, RestoreOutcome } from '../store/library-store.ts';

/**
 * The merge rules, fetched on first use (merge-rules.ts) so none of them is in the start-up bundle: the three-way
 * merge of two windows' edits, and the library writer's merges of a file, which keep a final review read-only
 * (shared/model/final.ts). Only `Library` calls the latter, after flushing the autosaver.
 */

export * from '@shared/model/merge-edits.ts';

/** What merging a file in did, and the final reviews it left as they were (the person did not reopen them). */
export type MergeOutcome = RestoreOutcome & { keptFinal: Review[] };

/** The stored final reviews that merging `snapshot` in would change, by the store's own merge (newer wins). */
export async function finalChangedBy(store: LibraryStore, snapshot: LibrarySnapshot): Promise<Review[]> {
  const stored = (await Promise.all(snapshot.reviews.map((r) => store.getReview(r.id)))).filter((r) => r !== undefined);
  // Fetched as the store fetches it (dexie-store.ts restore), so it stays one chunk of its own.
  const { mergeSnapshots } = await import('../store/merge.ts');
  const { merged } = mergeSnapshots({ partnerships: [], reviews: stored }, { partnerships: [], reviews: snapshot.reviews });
  return finalReviewsChangedBy(stored, merged.reviews);
}

export async function mergeInto(store: LibraryStore, snapshot: LibrarySnapshot, reopen: readonly string[]): Promise<MergeOutcome> {
  const plan = mergeKeepingFinal(await finalChangedBy(store, snapshot), snapshot, reopen);
  return { ...(await store.restore(plan.snapshot)), keptFinal: plan.keptFinal };
}

/**
 * One edit made outside an editor (an action's status in a register), merged into the stored review: the edit was
 * chosen just now, so it wins a field both changed. A final review is refused, the reason the error's message (it
 * may have been marked final in another window since the register listed it).
 */
export function mergeOutsideEdit(base: Review, edited: Review, stored: Review): Review {
  const refused = finalRefusal(stored, 'change it');
  if (refused) throw new Error(refused);
  return mergeReviewEdits(base, edited, stored, () => 'mine').merged;
}
