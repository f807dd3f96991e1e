import type { LibrarySnapshot } from '@shared/files/bundle.ts';
import { mergeLibrary } from '@shared/files/merge.ts';

/** One place the store reaches the shared merge rules (by id, newer updatedAt wins), so restore and file-open agree. */
export const mergeSnapshots = (existing: LibrarySnapshot, incoming: LibrarySnapshot) => mergeLibrary(existing, incoming);

/** The same merge counted per kind, so a person is told about partnerships and reviews separately. */
export function tallyByKind(existing: LibrarySnapshot, incoming: LibrarySnapshot) {
  const count = ({ added, updated, unchanged }: { added: number; updated: number; unchanged: number }) => ({ added, updated, unchanged });
  return {
    partnerships: count(mergeLibrary({ ...existing, reviews: [] }, { ...incoming, reviews: [] })),
    reviews: count(mergeLibrary({ ...existing, partnerships: [] }, { ...incoming, partnerships: [] })),
  };
}
