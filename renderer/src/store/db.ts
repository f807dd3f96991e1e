import { Dexie, type EntityTable } from 'dexie';
import type { Partnership, Review } from '../../../shared/model/review.ts';

export const DB_NAME = 'partnership-review';

export type PartnershipDb = Dexie & {
  partnerships: EntityTable<Partnership, 'id'>;
  reviews: EntityTable<Review, 'id'>;
};

/**
 * The schema history. Never edit a version once it has shipped: add version N+1 with its stores and, when the shape
 * of records changes, an `.upgrade(tx => ...)` that rewrites old records so the zod schemas accept them on read.
 */
function declareVersions(db: Dexie): void {
  db.version(1).stores({
    partnerships: 'id, name, updatedAt',
    reviews: 'id, partnershipId, date, [partnershipId+date], updatedAt',
  });
  // Future changes go here, e.g.:
  // db.version(2).stores({ ... }).upgrade(async (tx) => { ... });
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
