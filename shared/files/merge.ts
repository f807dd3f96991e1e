import type { Partnership, Review } from '../model/review.ts';
import type { LibrarySnapshot, ReviewBundle } from './bundle.ts';

export interface MergeOutcome {
  merged: LibrarySnapshot;
  added: number;
  updated: number;
  unchanged: number;
}

function newer(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

function mergeById<T extends { id: string; updatedAt: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  tally: Omit<MergeOutcome, 'merged'>,
): T[] {
  const out = [...existing];
  const at = new Map(existing.map((item, i) => [item.id, i]));
  for (const item of incoming) {
    const i = at.get(item.id);
    if (i === undefined) {
      at.set(item.id, out.length);
      out.push(item);
      tally.added += 1;
    } else if (newer(item.updatedAt, out[i]!.updatedAt)) {
      out[i] = item;
      tally.updated += 1;
    } else {
      tally.unchanged += 1;
    }
  }
  return out;
}

/**
 * Merges by id, never duplicating: something only one side has is kept; when both have it, the one with the later
 * updatedAt wins (a tie keeps what is already there). Counts cover partnerships and reviews together.
 */
export function mergeLibrary(existing: LibrarySnapshot, incoming: LibrarySnapshot): MergeOutcome {
  const tally = { added: 0, updated: 0, unchanged: 0 };
  const partnerships = mergeById<Partnership>(existing.partnerships, incoming.partnerships, tally);
  const reviews = mergeById<Review>(existing.reviews, incoming.reviews, tally);
  return { merged: { partnerships, reviews }, ...tally };
}

/** A single review file as a one-review library, so opening it can merge like a backup does. */
export function snapshotOf(bundle: ReviewBundle): LibrarySnapshot {
  return { partnerships: [bundle.partnership], reviews: [bundle.review] };
}
