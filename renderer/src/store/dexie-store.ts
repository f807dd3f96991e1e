import type * as z from 'zod/mini';
import { Dexie } from 'dexie';
import { LibrarySnapshotSchema, type LibrarySnapshot } from '../../../shared/files/bundle.ts';
import { PartnershipSchema, ReviewSchema, type Partnership, type Review } from '../../../shared/model/review.ts';
import { openDb, type PartnershipDb } from './db.ts';
import { InvalidRecordError, idOf } from './errors.ts';
import type { DamagedRecord, LibraryStore, Listed, PartnershipListing, RestoreOutcome } from './library-store.ts';
import { mergeSnapshots } from './merge.ts';
import { PartnershipSummarySchema, headlineFromSummary, headlineOf, indexOfReview, newestFirst, summarise, type PartnershipSummary } from './summary.ts';

type Table = 'partnerships' | 'reviews';

function check<T>(schema: z.ZodMiniType<T>, table: Table, phase: 'read' | 'write', value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidRecordError(table, idOf(value), phase, parsed.error.issues, value);
  return parsed.data;
}

/** Validates a batch read, keeping the good records and naming the bad ones. */
function sift<T>(schema: z.ZodMiniType<T>, table: Table, values: unknown[]): Listed<T> {
  const items: T[] = [];
  const damaged: DamagedRecord[] = [];
  for (const value of values) {
    const parsed = schema.safeParse(value);
    if (parsed.success) items.push(parsed.data);
    else damaged.push({ table, id: idOf(value), message: new InvalidRecordError(table, idOf(value), 'read', parsed.error.issues, value).message });
  }
  return { items, damaged };
}

function byLatestReview(a: PartnershipListing, b: PartnershipListing): number {
  return (b.latest?.date ?? '').localeCompare(a.latest?.date ?? '') || b.partnership.createdAt.localeCompare(a.partnership.createdAt);
}

export class DexieLibraryStore implements LibraryStore {
  private readonly db: PartnershipDb;

  constructor(name?: string) {
    this.db = openDb(name);
  }

  /**
   * Fast path: partnerships and their summaries, no review read. The summaries are trusted only while they account
   * for every stored review (a record written behind the store's back, e.g. a damaged one, breaks the tally);
   * otherwise the full scan below lists everything and names the damaged records.
   */
  async listPartnerships(): Promise<Listed<PartnershipListing>> {
    const fast = await this.db.transaction('r', this.db.partnerships, this.db.reviews, this.db.summaries, async () => {
      const [partnerships, rawSummaries, total] = await Promise.all([
        this.db.partnerships.toArray(),
        this.db.summaries.toArray(),
        this.db.reviews.count(),
      ]);
      return { partnerships, rawSummaries, total };
    });
    const summaries: PartnershipSummary[] = [];
    for (const raw of fast.rawSummaries) {
      const parsed = PartnershipSummarySchema.safeParse(raw);
      if (!parsed.success) return this.#listByScanning();
      summaries.push(parsed.data);
    }
    if (summaries.reduce((n, x) => n + x.reviewCount, 0) !== fast.total) return this.#listByScanning();
    const partnerships = sift(PartnershipSchema, 'partnerships', fast.partnerships);
    const summaryOf = new Map(summaries.map((x) => [x.partnershipId, x]));
    const items = partnerships.items.map((partnership): PartnershipListing => {
      const summary = summaryOf.get(partnership.id);
      return {
        partnership,
        latest: summary ? headlineFromSummary(summary) : null,
        latestIndex: summary?.latestIndex ?? null,
        reviewCount: summary?.reviewCount ?? 0,
      };
    });
    return { items: items.sort(byLatestReview), damaged: partnerships.damaged };
  }

  async #listByScanning(): Promise<Listed<PartnershipListing>> {
    const [partnerships, reviews] = await this.db.transaction('r', this.db.partnerships, this.db.reviews, async () => [
      sift(PartnershipSchema, 'partnerships', await this.db.partnerships.toArray()),
      sift(ReviewSchema, 'reviews', await this.db.reviews.toArray()),
    ] as const);
    const byPartnership = new Map<string, Review[]>();
    for (const r of reviews.items) byPartnership.set(r.partnershipId, [...(byPartnership.get(r.partnershipId) ?? []), r]);
    const items = partnerships.items.map((partnership): PartnershipListing => {
      const own = (byPartnership.get(partnership.id) ?? []).sort(newestFirst);
      const latest = own[0] ?? null;
      return { partnership, latest: latest ? headlineOf(latest) : null, latestIndex: latest ? indexOfReview(latest) : null, reviewCount: own.length };
    });
    return { items: items.sort(byLatestReview), damaged: [...partnerships.damaged, ...reviews.damaged] };
  }

  /** Rewrites one partnership's summary from its stored reviews; call inside a transaction that wrote them. */
  async #resummarise(partnershipId: string): Promise<void> {
    const own = await this.db.reviews
      .where('[partnershipId+date]')
      .between([partnershipId, Dexie.minKey], [partnershipId, Dexie.maxKey])
      .toArray();
    const summary = summarise(partnershipId, own);
    if (summary) await this.db.summaries.put(summary);
    else await this.db.summaries.delete(partnershipId);
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
    await this.db.transaction('rw', this.db.partnerships, this.db.reviews, this.db.summaries, async () => {
      await this.db.reviews.where('partnershipId').equals(id).delete();
      await this.db.partnerships.delete(id);
      await this.db.summaries.delete(id);
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
    await this.db.transaction('rw', this.db.partnerships, this.db.reviews, this.db.summaries, async () => {
      // A review without its partnership could never be listed or opened again.
      if (!(await this.db.partnerships.get(valid.partnershipId))) {
        throw new Error(`Cannot save review ${valid.id}: its partnership ${valid.partnershipId} is not in the library`);
      }
      const before = await this.db.reviews.get(valid.id);
      await this.db.reviews.put(valid);
      await this.#resummarise(valid.partnershipId);
      const movedFrom = (before as { partnershipId?: unknown } | undefined)?.partnershipId;
      if (typeof movedFrom === 'string' && movedFrom !== valid.partnershipId) await this.#resummarise(movedFrom);
    });
  }

  async deleteReview(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.reviews, this.db.summaries, async () => {
      const before = (await this.db.reviews.get(id)) as { partnershipId?: unknown } | undefined;
      await this.db.reviews.delete(id);
      if (typeof before?.partnershipId === 'string') await this.#resummarise(before.partnershipId);
    });
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
    return this.db.transaction('rw', this.db.partnerships, this.db.reviews, this.db.summaries, async () => {
      const existing = await this.snapshot();
      const { merged, added, updated, unchanged } = mergeSnapshots(existing, valid);
      const known = new Set(merged.partnerships.map((p) => p.id));
      const orphan = merged.reviews.find((r) => !known.has(r.partnershipId));
      if (orphan) throw new Error(`Cannot restore review ${orphan.id}: its partnership ${orphan.partnershipId} is missing from the backup`);
      await this.db.partnerships.bulkPut(merged.partnerships);
      await this.db.reviews.bulkPut(merged.reviews);
      for (const pid of new Set(valid.reviews.map((r) => r.partnershipId))) await this.#resummarise(pid);
      return { added, updated, unchanged };
    });
  }

  close(): void {
    this.db.close();
  }
}
