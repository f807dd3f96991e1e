import { Dexie, type EntityTable } from 'dexie';
import type { Partnership, Review } from '@shared/model/review.ts';
import { upgradePartnershipRecord, upgradeReviewRecord } from '@shared/model/upgrade.ts';
import { summariseAll, type PartnershipSummary } from './summary.ts';

export const DB_NAME = 'partnership-review';

export type PartnershipDb = Dexie & {
  partnerships: EntityTable<Partnership, 'id'>;
  reviews: EntityTable<Review, 'id'>;
  summaries: EntityTable<PartnershipSummary, 'partnershipId'>;
  revisions: EntityTable<Revision, 'key'>;
};

/**
 * How many times the store has written one record (schema v3), kept beside the record rather than in it so that
 * backups, review files, Excel and comparison never see it. Every write names the revision it was based on and is
 * refused when another tab wrote in between (compare-and-set). Key: `reviews/<id>` or `partnerships/<id>`.
 */
export interface Revision {
  key: string;
  rev: number;
}

export const revisionKey = (table: 'reviews' | 'partnerships', id: string): string => `${table}/${id}`;

/** The newest schema version; tests open a database made by each earlier one and check nothing was lost. */
export const SCHEMA_VERSION = 6;

/**
 * The schema history. Never edit a version once it has shipped: add version N+1 with its stores and, when the shape
 * of records changes, an `.upgrade(tx => ...)` that rewrites old records so the zod schemas accept them on read.
 */
function declareVersions(db: Dexie): void {
  db.version(1).stores({
    partnerships: 'id, name, updatedAt',
    reviews: 'id, partnershipId, date, [partnershipId+date], updatedAt',
  });
  // v2: a per-partnership summary (latest review, its index, review count) so the library list need not read and
  // score every review; filled here from the v1 reviews, which are left exactly as they were. Scoring needs the form
  // catalogue: DexieLibraryStore.open loads it before opening a database that will upgrade.
  db.version(2)
    .stores({ summaries: 'partnershipId' })
    .upgrade(async (tx) => {
      await tx.table('summaries').bulkPut(summariseAll(await tx.table('reviews').toArray()));
    });
  // v3: a revision per record for compare-and-set writes between tabs. Every record already stored starts at
  // revision 1 (0 means "not in the library"); the records themselves are left exactly as they were.
  db.version(3)
    .stores({ revisions: 'key' })
    .upgrade(async (tx) => {
      const keys = [
        ...((await tx.table('partnerships').toCollection().primaryKeys()) as string[]).map((id) => revisionKey('partnerships', id)),
        ...((await tx.table('reviews').toCollection().primaryKeys()) as string[]).map((id) => revisionKey('reviews', id)),
      ];
      await tx.table('revisions').bulkPut(keys.map((key): Revision => ({ key, rev: 1 })));
    });
  // v4: respondents and the agreed rating. Every review gains no respondents, not anonymous, the default minimum
  // group size, and answers that are agreed or not yet discussed (never "No agreement reached"); nothing else moves.
  // Revisions are not bumped: the meaning of each record is unchanged, so no open tab's edit is refused for it.
  db.version(4)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('reviews')
        .toCollection()
        .modify((review: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = upgradeReviewRecord(review);
        });
    });
  // v5: each partnership says how often it is reviewed (every 12 months until someone changes it), and each summary
  // carries what the portfolio shows (coverage, the previous index, the unfinished actions' due dates, the review
  // titles), rewritten from the reviews, which are left exactly as they were. Revisions are not bumped (as in v4).
  db.version(5)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('partnerships')
        .toCollection()
        .modify((partnership: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = upgradePartnershipRecord(partnership);
        });
      await tx.table('summaries').clear();
      await tx.table('summaries').bulkPut(summariseAll(await tx.table('reviews').toArray()));
    });
  // v6: each summary keeps the unfinished actions as a count and their due days as one string (shared/portfolio/
  // due-days.ts), not an array of dates, so the library page reads and checks plain fields only; rewritten from the
  // reviews, which are left exactly as they were, as are the partnerships. Revisions are not bumped (as in v4).
  db.version(6)
    .stores({})
    .upgrade(async (tx) => {
      await tx.table('summaries').clear();
      await tx.table('summaries').bulkPut(summariseAll(await tx.table('reviews').toArray()));
    });
  // Future changes go here: db.version(7).stores({ ... }).upgrade(async (tx) => { ... });
}

/**
 * Whether opening the database `name` would upgrade it, so that what an upgrade needs can be fetched first (nothing
 * but the database may be awaited inside it). Dexie keeps schema version n as IndexedDB version n × 10. A browser
 * that cannot list its databases counts as yes: fetching for nothing is harmless, an upgrade without it is not.
 */
export async function upgradePending(name = DB_NAME): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    return found !== undefined && (found.version ?? 0) < SCHEMA_VERSION * 10;
  } catch {
    return true;
  }
}

/**
 * Strict durability: a review shown as "Saved" must survive a power cut or crash, so every write transaction asks
 * the browser to flush to disk before it reports completion (Chromium defaults to relaxed).
 */
export function openDb(name = DB_NAME): PartnershipDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as PartnershipDb;
  declareVersions(db);
  return db;
}
