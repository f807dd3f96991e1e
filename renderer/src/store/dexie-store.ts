import type { z } from 'zod';
import { findInstrument } from '../../../shared/instrument/catalogue.ts';
import { LibrarySnapshotSchema, type LibrarySnapshot } from '../../../shared/files/bundle.ts';
import { PartnershipSchema, ReviewSchema, type Partnership, type Review } from '../../../shared/model/review.ts';
import { scoreReview } from '../../../shared/scoring.ts';
import { openDb, type PartnershipDb } from './db.ts';
import { InvalidRecordError, idOf } from './errors.ts';
import type { DamagedRecord, LibraryStore, Listed, PartnershipListing, RestoreOutcome } from './library-store.ts';
import { mergeSnapshots } from './merge.ts';

type Table = 'partnerships' | 'reviews';

function check<T>(schema: z.ZodType<T>, table: Table, phase: 'read' | 'write', value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidRecordError(table, idOf(value), phase, parsed.error.issues, value);
  return parsed.data;
}

/** Validates a batch read, keeping the good records and naming the bad ones. */
function sift<T>(schema: z.ZodType<T>, table: Table, values: unknown[]): Listed<T> {
  const items: T[] = [];
  const damaged: DamagedRecord[] = [];
  for (const value of values) {
    const parsed = schema.safeParse(value);
    if (parsed.success) items.push(parsed.data);
    else damaged.push({ table, id: idOf(value), message: new InvalidRecordError(table, idOf(value), 'read', parsed.error.issues, value).message });
  }
  return { items, damaged };
}

function newestFirst(a: Review, b: Review): number {
  return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
}

function indexOfReview(review: Review): number | null {
  const instrument = findInstrument(review.instrument.id, review.instrument.version);
  return instrument ? scoreReview(review, instrument).overall.index : null;
}

export class DexieLibraryStore implements LibraryStore {
  private readonly db: PartnershipDb;

  constructor(name?: string) {
    this.db = openDb(name);
  }

  async listPartnerships(): Promise<Listed<PartnershipListing>> {
    const [partnerships, reviews] = await this.db.transaction('r', this.db.partnerships, this.db.reviews, async () => [
      sift(PartnershipSchema, 'partnerships', await this.db.partnerships.toArray()),
      sift(ReviewSchema, 'reviews', await this.db.reviews.toArray()),
    ] as const);
    const byPartnership = new Map<string, Review[]>();
    for (const r of reviews.items) byPartnership.set(r.partnershipId, [...(byPartnership.get(r.partnershipId) ?? []), r]);
    const items = partnerships.items.map((partnership): PartnershipListing => {
      const own = (byPartnership.get(partnership.id) ?? []).sort(newestFirst);
      const latest = own[0] ?? null;
      return { partnership, latest, latestIndex: latest ? indexOfReview(latest) : null, reviewCount: own.length };
    });
    items.sort(
      (a, b) =>
        (b.latest?.date ?? '').localeCompare(a.latest?.date ?? '') ||
        b.partnership.createdAt.localeCompare(a.partnership.createdAt),
    );
    return { items, damaged: [...partnerships.damaged, ...reviews.damaged] };
  }

  async getPartnership(id: string): Promise<Partnership | undefined> {
    const value = await this.db.partnerships.get(id);
    return value === undefined ? undefined : check(PartnershipSchema, 'partnerships', 'read', value);
  }

  async putPartnership(partnership: Partnership): Promise<void> {
    const valid = check(PartnershipSchema, 'partnerships', 'write', partnership);
    await this.db.transaction('rw', this.db.partnerships, () => this.db.partnerships.put(valid));
  }

  async deletePartnership(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.partnerships, this.db.reviews, async () => {
      await this.db.reviews.where('partnershipId').equals(id).delete();
      await this.db.partnerships.delete(id);
    });
  }

  async listReviews(partnershipId: string): Promise<Listed<Review>> {
    const values = await this.db.reviews.where('partnershipId').equals(partnershipId).toArray();
    const listed = sift(ReviewSchema, 'reviews', values);
    listed.items.sort(newestFirst);
    return listed;
  }

  async getReview(id: string): Promise<Review | undefined> {
    const value = await this.db.reviews.get(id);
    return value === undefined ? undefined : check(ReviewSchema, 'reviews', 'read', value);
  }

  async putReview(review: Review): Promise<void> {
    const valid = check(ReviewSchema, 'reviews', 'write', review);
    await this.db.transaction('rw', this.db.partnerships, this.db.reviews, async () => {
      // A review without its partnership could never be listed or opened again.
      if (!(await this.db.partnerships.get(valid.partnershipId))) {
        throw new Error(`Cannot save review ${valid.id}: its partnership ${valid.partnershipId} is not in the library`);
      }
      await this.db.reviews.put(valid);
    });
  }

  async deleteReview(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.reviews, () => this.db.reviews.delete(id));
  }

  async snapshot(): Promise<LibrarySnapshot> {
    const raw = await this.db.transaction('r', this.db.partnerships, this.db.reviews, async () => ({
      partnerships: await this.db.partnerships.toArray(),
      reviews: await this.db.reviews.toArray(),
    }));
    const partnerships = raw.partnerships.map((p) => check(PartnershipSchema, 'partnerships', 'read', p));
    const reviews = raw.reviews.map((r) => check(ReviewSchema, 'reviews', 'read', r));
    return LibrarySnapshotSchema.parse({ partnerships, reviews });
  }

  async restore(incoming: LibrarySnapshot): Promise<RestoreOutcome> {
    const valid = LibrarySnapshotSchema.parse(incoming);
    return this.db.transaction('rw', this.db.partnerships, this.db.reviews, async () => {
      const existing = await this.snapshot();
      const { merged, added, updated, unchanged } = mergeSnapshots(existing, valid);
      const known = new Set(merged.partnerships.map((p) => p.id));
      const orphan = merged.reviews.find((r) => !known.has(r.partnershipId));
      if (orphan) throw new Error(`Cannot restore review ${orphan.id}: its partnership ${orphan.partnershipId} is missing from the backup`);
      await this.db.partnerships.bulkPut(merged.partnerships);
      await this.db.reviews.bulkPut(merged.reviews);
      return { added, updated, unchanged };
    });
  }

  close(): void {
    this.db.close();
  }
}
