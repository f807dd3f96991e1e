import type { LibrarySnapshot } from '@shared/files/bundle.ts';
import { mergeLibrary } from '@shared/files/merge.ts';

/** One place the store reaches the shared merge rules (by id, newer updatedAt wins), so restore and file-open agree. */
export const mergeSnapshots = (existing: LibrarySnapshot, incoming: LibrarySnapshot) => mergeLibrary(existing, incoming);
