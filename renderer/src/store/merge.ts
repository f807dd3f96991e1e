import type { LibrarySnapshot } from '../../../shared/files/bundle.ts';

// TODO(A): switch to shared/files/merge.ts mergeLibrary once Engineer B lands it; same rules (by id, newer updatedAt wins).
type Stamped = { id: string; updatedAt: string };

function mergeById<T extends Stamped>(existing: T[], incoming: T[], tally: { added: number; updated: number; unchanged: number }): T[] {
  const byId = new Map(existing.map((x) => [x.id, x]));
  for (const x of incoming) {
    const old = byId.get(x.id);
    if (!old) {
      byId.set(x.id, x);
      tally.added += 1;
    } else if (x.updatedAt > old.updatedAt) {
      byId.set(x.id, x);
      tally.updated += 1;
    } else tally.unchanged += 1;
  }
  return [...byId.values()];
}

export function mergeSnapshots(existing: LibrarySnapshot, incoming: LibrarySnapshot) {
  const tally = { added: 0, updated: 0, unchanged: 0 };
  const merged: LibrarySnapshot = {
    partnerships: mergeById(existing.partnerships, incoming.partnerships, tally),
    reviews: mergeById(existing.reviews, incoming.reviews, tally),
  };
  return { merged, ...tally };
}
