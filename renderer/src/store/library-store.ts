import type { LibrarySnapshot } from '@shared/files/bundle.ts';
import type { Partnership, Review } from '@shared/model/review.ts';
import type { PortfolioFacts } from '@shared/portfolio/facts-schema.ts';

/** What the library list shows of a review; the whole review is opened with getReview. */
export type ReviewHeadline = Pick<Review, 'id' | 'title' | 'date' | 'status' | 'updatedAt'>;

/** A partnership as the library lists it: its most recent review and that review's 0–100 index, when it has one. */
export interface PartnershipListing {
  partnership: Partnership;
  latest: ReviewHeadline | null;
  latestIndex: number | null;
  reviewCount: number;
  /** What the portfolio shows beyond the latest review; null before the first review. */
  facts: PortfolioFacts | null;
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

/** The library list, with how many stored reviews it accounts for (recountPartnerships checks that tally). */
export interface PartnershipList extends Listed<PartnershipListing> {
  /** Every review its summaries or its scan counted: damaged ones, and those of a damaged partnership, too. */
  reviewsSeen: number;
}

export interface Tally {
  added: number;
  updated: number;
  unchanged: number;
}

/** What a merge did: in all, and per kind (partnerships and reviews are reported separately). */
export interface RestoreOutcome extends Tally {
  partnerships: Tally;
  reviews: Tally;
}

/** What replacing the library with a backup did, per kind: how many records it now holds and how many went. */
export interface ReplaceOutcome {
  partnerships: { restored: number; removed: number };
  reviews: { restored: number; removed: number };
}

/** A record as stored with the revision it is at: what a tab bases its next write on. */
export interface Versioned<T> {
  value: T;
  rev: number;
}

/** The revision of a record that is not in the library: a write based on it creates the record. */
export const NEW_RECORD = 0;

/**
 * The outcome of a compare-and-set write. `stale`: another tab wrote since `base` (its version is returned, to merge
 * with); `deleted`: the record was deleted since `base` and is not re-created.
 */
export type WriteOutcome<T> = { status: 'saved'; rev: number } | { status: 'stale'; current: Versioned<T> } | { status: 'deleted' };

/** What one committed write changed, for other tabs ('*': many records at once, e.g. a restore). */
export type StoreChange = { table: 'reviews' | 'partnerships'; id: string; rev: number } | { table: '*' };

/**
 * Everything the UI may ask of saved data. Dexie is one implementation; keeping the UI behind this interface lets
 * unit tests and a future store (e.g. a file-backed one in Electron) swap in without touching components.
 * Writes validate before storing and reads validate before returning, so bad data never reaches the UI unannounced.
 */
export interface LibraryStore {
  /** Sorted by most recent review date (partnerships with no review last, newest created first among those). */
  listPartnerships(): Promise<PartnershipList>;
  /**
   * Checks that `listed` accounts for every stored review. A review written behind the store's back (by hand, or by
   * a damaged upgrade) is not in any summary: then the list worked out afresh from every record, naming the damaged
   * ones; null while `listed` stands. Slower than the listing itself on a large library, so run it once that shows.
   */
  recountPartnerships(listed: PartnershipList): Promise<PartnershipList | null>;
  getPartnership(id: string): Promise<Partnership | undefined>;
  loadPartnership(id: string): Promise<Versioned<Partnership> | undefined>;
  /** Compare-and-set: stores `partnership` only if the stored one is still at revision `base` (NEW_RECORD: absent). */
  savePartnership(partnership: Partnership, base: number): Promise<WriteOutcome<Partnership>>;
  /** Unconditional write, for seeding tests only: the app writes through savePartnership. */
  putPartnership(partnership: Partnership): Promise<void>;
  /** Deletes the partnership and all its reviews in one transaction: never half a partnership. */
  deletePartnership(id: string): Promise<void>;
  /** A partnership's reviews, newest date first. */
  listReviews(partnershipId: string): Promise<Listed<Review>>;
  getReview(id: string): Promise<Review | undefined>;
  loadReview(id: string): Promise<Versioned<Review> | undefined>;
  /** Compare-and-set: stores `review` only if the stored one is still at revision `base` (NEW_RECORD: absent). */
  saveReview(review: Review, base: number): Promise<WriteOutcome<Review>>;
  /** Unconditional write, for seeding tests only: the app writes through saveReview. */
  putReview(review: Review): Promise<void>;
  deleteReview(id: string): Promise<void>;
  /** The whole library, validated, for backups. */
  snapshot(): Promise<LibrarySnapshot>;
  /** Merges a snapshot in by id (newer updatedAt wins); nothing is duplicated and nothing absent is deleted. */
  restore(incoming: LibrarySnapshot): Promise<RestoreOutcome>;
  /** Replaces the whole library with `incoming`, in one transaction: all of it or, if anything fails, none of it. */
  replace(incoming: LibrarySnapshot): Promise<ReplaceOutcome>;
  close(): void;
}
