import type * as z from 'zod/mini';
import { Dexie } from 'dexie';
import { LibrarySnapshotSchema, type LibrarySnapshot } from '@shared/files/bundle.ts';
import { PartnershipSchema, ReviewSchema, type Partnership, type Review } from '@shared/model/review.ts';
import { byLatestReview } from '@shared/portfolio/order.ts';
import { DB_NAME, openDb, revisionKey, upgradePending, type PartnershipDb } from './db.ts';
import { InvalidRecordError, idOf } from './errors.ts';
import {
  NEW_RECORD,
  type DamagedRecord,
  type LibraryStore,
  type Listed,
  type PartnershipList,
  type PartnershipListing,
  type RestoreOutcome,
  type ReplaceOutcome,
  type StoreChange,
  type Versioned,
  type WriteOutcome,
} from './library-store.ts';
import {
  PartnershipSummarySchema,
  factsOfReviews,
  factsOfSummary,
  headlineFromSummary,
  headlineOf,
  indexOfReview,
  loadScoring,
  newestFirst,
  summarise,
  type PartnershipSummary,
} from './summary.ts';

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
    else
      damaged.push({
        table,
        id: idOf(value),
        message: new InvalidRecordError(table, idOf(value), 'read', parsed.error.issues, value).message,
      });
  }
  return { items, damaged };
}

/** What the list's fast path reads, in one transaction, before anything is checked. */
export interface StoredForList {
  partnerships: unknown[];
  summaries: unknown[];
}

/** The summary rows, each checked, by partnership; null as soon as one fails its check. */
interface CheckedSummaries {
  summaryOf: Map<string, PartnershipSummary>;
  reviewsSeen: number;
}

function checkSummaries(rows: unknown[]): CheckedSummaries | null {
  const summaryOf = new Map<string, PartnershipSummary>();
  let reviewsSeen = 0;
  for (const raw of rows) {
    const parsed = PartnershipSummarySchema.safeParse(raw);
    if (!parsed.success) return null;
    summaryOf.set(parsed.data.partnershipId, parsed.data);
    reviewsSeen += parsed.data.reviewCount;
  }
  return { summaryOf, reviewsSeen };
}

function joinSummaries({ summaryOf, reviewsSeen }: CheckedSummaries, partnerships: Listed<Partnership>): PartnershipList {
  const items = partnerships.items.map((partnership): PartnershipListing => {
    const summary = summaryOf.get(partnership.id);
    return {
      partnership,
      latest: summary ? headlineFromSummary(summary) : null,
      latestIndex: summary?.latestIndex ?? null,
      reviewCount: summary?.reviewCount ?? 0,
      facts: summary ? factsOfSummary(summary) : null,
    };
  });
  return { items: items.sort(byLatestReview), damaged: partnerships.damaged, reviewsSeen };
}

/**
 * Fast path: partnerships and their summaries, no review read. The summaries are trusted only while each passes its
 * check; otherwise null, and the full scan lists everything and names the damaged records. Reviews written behind
 * the store's back are found afterwards by recountPartnerships.
 */
export function listFromSummaries(stored: StoredForList): PartnershipList | null {
  const summaries = checkSummaries(stored.summaries);
  return summaries && joinSummaries(summaries, sift(PartnershipSchema, 'partnerships', stored.partnerships));
}

export class DexieLibraryStore implements LibraryStore {
  private readonly db: PartnershipDb;
  readonly #announce: (change: StoreChange) => void;

  /**
   * The store over the database `name`, with the form catalogue fetched first if opening it will upgrade it (the v2
   * upgrade scores reviews, and nothing but the database may be awaited inside an upgrade). Use this for any database
   * that may have been made by an earlier version; the constructor alone suits a new one.
   */
  static async open(name = DB_NAME, announce?: (change: StoreChange) => void): Promise<DexieLibraryStore> {
    if (await upgradePending(name)) await loadScoring();
    return new DexieLibraryStore(name, announce);
  }

  /** `announce` hears of every committed write (the renderer tells the other tabs through it). */
  constructor(name?: string, announce: (change: StoreChange) => void = () => {}) {
    this.db = openDb(name);
    this.#announce = announce;
  }

  /** A record written behind the store's back has no revision row: it counts as revision 0 until written. */
  async #revOf(table: Table, id: string): Promise<number> {
    return (await this.db.revisions.get(revisionKey(table, id)))?.rev ?? NEW_RECORD;
  }

  async #bump(table: Table, id: string): Promise<number> {
    const rev = (await this.#revOf(table, id)) + 1;
    await this.db.revisions.put({ key: revisionKey(table, id), rev });
    return rev;
  }

  /**
   * The compare-and-set rule, inside the write's transaction: a write based on revision `base` lands only while the
   * stored record is still at `base`; otherwise it reports what is stored now (stale) or that it is gone (deleted),
   * and writes nothing.
   */
  async #precondition<T>(
    table: Table,
    id: string,
    base: number,
    stored: unknown,
    schema: z.ZodMiniType<T>,
  ): Promise<WriteOutcome<T> | null> {
    if (stored === undefined) return base === NEW_RECORD ? null : { status: 'deleted' };
    const rev = await this.#revOf(table, id);
    return rev === base ? null : { status: 'stale', current: { value: check(schema, table, 'read', stored), rev } };
  }

  /**
   * Fast path: partnerships and their summaries, no review read. The summaries are trusted only while each passes its
   * check; otherwise the full scan below lists everything and names the damaged records. Whether every stored review
   * is accounted for is left to recountPartnerships: counting 10,000 reviews costs IndexedDB half as much again as
   * reading the whole list, so the library page shows the list first and counts after.
   */
  async listPartnerships(): Promise<PartnershipList> {
    // listFromSummaries in steps: IndexedDB answers one request after another, so the summaries are checked while it
    // reads the partnerships (about an eighth off the listing in an A/B in the bench page: 131–139 against 149–159 ms).
    const [summaries, partnerships] = await this.db.transaction('r', this.db.partnerships, this.db.summaries, () =>
      Promise.all([
        this.db.summaries.toArray().then(checkSummaries),
        this.db.partnerships.toArray().then((values) => sift(PartnershipSchema, 'partnerships', values)),
      ]),
    );
    return summaries ? joinSummaries(summaries, partnerships) : this.#listByScanning();
  }

  async recountPartnerships(listed: PartnershipList): Promise<PartnershipList | null> {
    return (await this.db.reviews.count()) === listed.reviewsSeen ? null : this.#listByScanning();
  }

  async #listByScanning(): Promise<PartnershipList> {
    await loadScoring();
    const [partnerships, reviews] = await this.db.transaction(
      'r',
      this.db.partnerships,
      this.db.reviews,
      async () =>
        [
          sift(PartnershipSchema, 'partnerships', await this.db.partnerships.toArray()),
          sift(ReviewSchema, 'reviews', await this.db.reviews.toArray()),
        ] as const,
    );
    const byPartnership = new Map<string, Review[]>();
    for (const r of reviews.items) byPartnership.set(r.partnershipId, [...(byPartnership.get(r.partnershipId) ?? []), r]);
    const items = partnerships.items.map((partnership): PartnershipListing => {
      const own = (byPartnership.get(partnership.id) ?? []).sort(newestFirst);
      const latest = own[0] ?? null;
      return {
        partnership,
        latest: latest ? headlineOf(latest) : null,
        latestIndex: latest ? indexOfReview(latest) : null,
        reviewCount: own.length,
        facts: latest ? factsOfReviews(own) : null,
      };
    });
    return {
      items: items.sort(byLatestReview),
      damaged: [...partnerships.damaged, ...reviews.damaged],
      reviewsSeen: reviews.items.length + reviews.damaged.length,
    };
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

  async loadPartnership(id: string): Promise<Versioned<Partnership> | undefined> {
    return this.db.transaction('r', this.db.partnerships, this.db.revisions, async () => {
      const value = await this.db.partnerships.get(id);
      return value === undefined
        ? undefined
        : { value: check(PartnershipSchema, 'partnerships', 'read', value), rev: await this.#revOf('partnerships', id) };
    });
  }

  async savePartnership(partnership: Partnership, base: number): Promise<WriteOutcome<Partnership>> {
    const valid = check(PartnershipSchema, 'partnerships', 'write', partnership);
    const outcome = await this.db.transaction(
      'rw',
      this.db.partnerships,
      this.db.revisions,
      async (): Promise<WriteOutcome<Partnership>> => {
        const refused = await this.#precondition(
          'partnerships',
          valid.id,
          base,
          await this.db.partnerships.get(valid.id),
          PartnershipSchema,
        );
        if (refused) return refused;
        await this.db.partnerships.put(valid);
        return { status: 'saved', rev: await this.#bump('partnerships', valid.id) };
      },
    );
    if (outcome.status === 'saved') this.#announce({ table: 'partnerships', id: valid.id, rev: outcome.rev });
    return outcome;
  }

  async putPartnership(partnership: Partnership): Promise<void> {
    const valid = check(PartnershipSchema, 'partnerships', 'write', partnership);
    const rev = await this.db.transaction('rw', this.db.partnerships, this.db.revisions, async () => {
      await this.db.partnerships.put(valid);
      return this.#bump('partnerships', valid.id);
    });
    this.#announce({ table: 'partnerships', id: valid.id, rev });
  }

  async deletePartnership(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.partnerships, this.db.reviews, this.db.summaries, this.db.revisions], async () => {
      const reviewIds = (await this.db.reviews.where('partnershipId').equals(id).primaryKeys()) as string[];
      await this.db.reviews.bulkDelete(reviewIds);
      await this.db.revisions.bulkDelete(reviewIds.map((r) => revisionKey('reviews', r)));
      await this.db.partnerships.delete(id);
      await this.db.revisions.delete(revisionKey('partnerships', id));
      await this.db.summaries.delete(id);
    });
    this.#announce({ table: '*' });
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

  async loadReview(id: string): Promise<Versioned<Review> | undefined> {
    return this.db.transaction('r', this.db.reviews, this.db.revisions, async () => {
      const value = await this.db.reviews.get(id);
      return value === undefined
        ? undefined
        : { value: check(ReviewSchema, 'reviews', 'read', value), rev: await this.#revOf('reviews', id) };
    });
  }

  saveReview(review: Review, base: number): Promise<WriteOutcome<Review>> {
    return this.#writeReview(review, base);
  }

  async putReview(review: Review): Promise<void> {
    await this.#writeReview(review, null);
  }

  /** `base` null: unconditional (seeding tests); otherwise compare-and-set. */
  async #writeReview(review: Review, base: number | null): Promise<WriteOutcome<Review>> {
    const valid = check(ReviewSchema, 'reviews', 'write', review);
    await loadScoring(); // before the transaction: it rewrites the summary, which scores the latest review
    const outcome = await this.db.transaction(
      'rw',
      [this.db.partnerships, this.db.reviews, this.db.summaries, this.db.revisions],
      async (): Promise<WriteOutcome<Review>> => {
        // Checked first: a review deleted with its partnership in another tab is "deleted", not a missing partnership.
        const before = await this.db.reviews.get(valid.id);
        const refused = base === null ? null : await this.#precondition('reviews', valid.id, base, before, ReviewSchema);
        if (refused) return refused;
        // A review without its partnership could never be listed or opened again.
        if (!(await this.db.partnerships.get(valid.partnershipId))) {
          throw new Error(`Cannot save review ${valid.id}: its partnership ${valid.partnershipId} is not in the library`);
        }
        await this.db.reviews.put(valid);
        await this.#resummarise(valid.partnershipId);
        const movedFrom = (before as { partnershipId?: unknown } | undefined)?.partnershipId;
        if (typeof movedFrom === 'string' && movedFrom !== valid.partnershipId) await this.#resummarise(movedFrom);
        return { status: 'saved', rev: await this.#bump('reviews', valid.id) };
      },
    );
    if (outcome.status === 'saved') this.#announce({ table: 'reviews', id: valid.id, rev: outcome.rev });
    return outcome;
  }

  async deleteReview(id: string): Promise<void> {
    await loadScoring();
    await this.db.transaction('rw', this.db.reviews, this.db.summaries, this.db.revisions, async () => {
      const before = (await this.db.reviews.get(id)) as { partnershipId?: unknown } | undefined;
      await this.db.reviews.delete(id);
      await this.db.revisions.delete(revisionKey('reviews', id));
      if (typeof before?.partnershipId === 'string') await this.#resummarise(before.partnershipId);
    });
    this.#announce({ table: 'reviews', id, rev: NEW_RECORD });
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
    // Fetched on first use, and before the transaction: awaiting anything but the database inside it would end it.
    const { mergeSnapshots, tallyByKind } = await import('./merge.ts');
    await loadScoring();
    const outcome = await this.db.transaction(
      'rw',
      [this.db.partnerships, this.db.reviews, this.db.summaries, this.db.revisions],
      async () => {
        const existing = await this.snapshot();
        const { merged, added, updated, unchanged } = mergeSnapshots(existing, valid);
        const byKind = tallyByKind(existing, valid);
        const known = new Set(merged.partnerships.map((p) => p.id));
        const orphan = merged.reviews.find((r) => !known.has(r.partnershipId));
        if (orphan)
          throw new Error(`Cannot restore review ${orphan.id}: its partnership ${orphan.partnershipId} is missing from the backup`);
        await this.db.partnerships.bulkPut(merged.partnerships);
        await this.db.reviews.bulkPut(merged.reviews);
        for (const pid of new Set(valid.reviews.map((r) => r.partnershipId))) await this.#resummarise(pid);
        // Every record the file named moves on a revision, so a tab holding an older copy merges instead of overwriting.
        for (const p of valid.partnerships) await this.#bump('partnerships', p.id);
        for (const r of valid.reviews) await this.#bump('reviews', r.id);
        return { added, updated, unchanged, ...byKind };
      },
    );
    this.#announce({ table: '*' });
    return outcome;
  }

  async replace(incoming: LibrarySnapshot): Promise<ReplaceOutcome> {
    const valid = LibrarySnapshotSchema.parse(incoming);
    const known = new Set(valid.partnerships.map((p) => p.id));
    const orphan = valid.reviews.find((r) => !known.has(r.partnershipId));
    if (orphan) throw new Error(`Cannot restore review ${orphan.id}: its partnership ${orphan.partnershipId} is missing from the backup`);
    await loadScoring(); // before the transaction: it rewrites every summary, which scores the latest reviews
    const outcome = await this.db.transaction(
      'rw',
      [this.db.partnerships, this.db.reviews, this.db.summaries, this.db.revisions],
      async () => {
        const keptPartnerships = new Set(valid.partnerships.map((p) => p.id));
        const keptReviews = new Set(valid.reviews.map((r) => r.id));
        const oldPartnerships = (await this.db.partnerships.toCollection().primaryKeys()) as string[];
        const oldReviews = (await this.db.reviews.toCollection().primaryKeys()) as string[];
        const gonePartnerships = oldPartnerships.filter((id) => !keptPartnerships.has(id));
        const goneReviews = oldReviews.filter((id) => !keptReviews.has(id));
        // A removed record loses its revision too, as a deletion does: another window holding it cannot re-create it.
        await this.db.reviews.bulkDelete(goneReviews);
        await this.db.revisions.bulkDelete(goneReviews.map((id) => revisionKey('reviews', id)));
        await this.db.partnerships.bulkDelete(gonePartnerships);
        await this.db.revisions.bulkDelete(gonePartnerships.map((id) => revisionKey('partnerships', id)));
        await this.db.summaries.clear();
        await this.db.partnerships.bulkPut(valid.partnerships);
        await this.db.reviews.bulkPut(valid.reviews);
        for (const p of valid.partnerships) await this.#resummarise(p.id);
        // Every restored record moves on a revision, so a window holding a newer edit of it is told, not silently kept.
        for (const p of valid.partnerships) await this.#bump('partnerships', p.id);
        for (const r of valid.reviews) await this.#bump('reviews', r.id);
        return {
          partnerships: { restored: valid.partnerships.length, removed: gonePartnerships.length },
          reviews: { restored: valid.reviews.length, removed: goneReviews.length },
        };
      },
    );
    this.#announce({ table: '*' });
    return outcome;
  }

  close(): void {
    this.db.close();
  }
}
