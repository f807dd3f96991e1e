import type { LibrarySnapshot } from '../../../shared/files/bundle.ts';
import type { Partnership, Review } from '../../../shared/model/review.ts';

/** What the library list shows of a review; the whole review is opened with getReview. */
export type ReviewHeadline = Pick<Review, 'id' | 'title' | 'date' | 'status' | 'updatedAt'>;

/** A partnership as the library lists it: its most recent review and that review's 0–100 index, when it has one. */
export interface PartnershipListing {
  partnership: Partnership;
  latest: ReviewHeadline | null;
  latestIndex: number | null;
  reviewCount: number;
}

/** A record that failed validation on read: listed by name so the person can act, instead of crashing the list. */
export interface DamagedRecord {
  table: 'partnerships' | 'reviews';
  id: string;
  message: string;
}

export interface Listed<T> {
  items: T[];
  damaged: DamagedRecord[];
}

export interface RestoreOutcome {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Everything the UI may ask of saved data. Dexie is one implementation; keeping the UI behind this interface lets
 * unit tests and a future store (e.g. a file-backed one in Electron) swap in without touching components.
 * Writes validate before storing and reads validate before returning, so bad data never reaches the UI unannounced.
 */
export interface LibraryStore {
  /** Sorted by most recent review date (partnerships with no review last, newest created first among those). */
  listPartnerships(): Promise<Listed<PartnershipListing>>;
  getPartnership(id: string): Promise<Partnership | undefined>;
  putPartnership(partnership: Partnership): Promise<void>;
  /** Deletes the partnership and all its reviews in one transaction: never half a partnership. */
  deletePartnership(id: string): Promise<void>;
  /** A partnership's reviews, newest date first. */
  listReviews(partnershipId: string): Promise<Listed<Review>>;
  getReview(id: string): Promise<Review | undefined>;
  putReview(review: Review): Promise<void>;
  deleteReview(id: string): Promise<void>;
  /** The whole library, validated, for backups. */
  snapshot(): Promise<LibrarySnapshot>;
  /** Merges a snapshot in by id (newer updatedAt wins); nothing is duplicated and nothing absent is deleted. */
  restore(incoming: LibrarySnapshot): Promise<RestoreOutcome>;
  close(): void;
}
