import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { findInstrument } from '../../../shared/instrument/catalogue.ts';
import { PartnershipSchema, ReviewSchema, type Review } from '../../../shared/model/review.ts';
import { scoreReview } from '../../../shared/scoring.ts';
import { SCHEMA_VERSION } from '../../../renderer/src/store/db.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';
import { buildDatabase, readDatabase, type DatabaseDump } from '../../fixtures/db/build-database.ts';

const dir = new URL('../../fixtures/db/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as DatabaseDump);
const records = (dump: DatabaseDump, store: string) => dump.stores.find((s) => s.name === store)!.records;
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** What the list must say about a partnership, worked out here from the reviews alone, independently of the store. */
function expectedListing(reviews: Review[], partnershipId: string) {
  const own = reviews.filter((r) => r.partnershipId === partnershipId).sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  const latest = own[0] ?? null;
  const instrument = latest && findInstrument(latest.instrument.id, latest.instrument.version);
  return { latestId: latest?.id ?? null, latestIndex: instrument ? scoreReview(latest, instrument).overall.index : null, reviewCount: own.length };
}

let opened: { store: DexieLibraryStore; name: string } | undefined;
afterEach(async () => {
  opened?.store.close();
  if (opened) await Dexie.delete(opened.name);
  opened = undefined;
});

describe('schema upgrades', () => {
  it('has a saved fixture for every earlier schema version', () => {
    expect(fixtures.map((f) => f.schemaVersion).sort()).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const dump of fixtures) {
    it(`opens a version ${dump.schemaVersion} database with every record kept and the list summaries filled`, async () => {
      const name = `upgrade-from-v${dump.schemaVersion}`;
      await buildDatabase({ name, dump });
      const store = new DexieLibraryStore(name);
      opened = { store, name };
      const partnerships = records(dump, 'partnerships').map((p) => PartnershipSchema.parse(p));
      const reviews = records(dump, 'reviews').map((r) => ReviewSchema.parse(r));
      expect(partnerships.length).toBeGreaterThan(3);
      expect(reviews.length).toBeGreaterThan(5);

      const snapshot = await store.snapshot();
      expect(byId(snapshot.partnerships)).toEqual(byId(partnerships));
      expect(byId(snapshot.reviews)).toEqual(byId(reviews));
      for (const p of partnerships) {
        expect(await store.getPartnership(p.id)).toEqual(p);
        expect((await store.listReviews(p.id)).items.map((r) => r.id).sort()).toEqual(reviews.filter((r) => r.partnershipId === p.id).map((r) => r.id).sort());
      }

      const listed = await store.listPartnerships();
      expect(listed.damaged).toEqual([]);
      expect(listed.items).toHaveLength(partnerships.length);
      for (const item of listed.items) {
        const want = expectedListing(reviews, item.partnership.id);
        expect({ latestId: item.latest?.id ?? null, latestIndex: item.latestIndex, reviewCount: item.reviewCount }).toEqual(want);
      }

      // On disk: the old stores untouched record for record, and the new summary store filled from them.
      const raw = await readDatabase({ name });
      expect(byId(raw.partnerships as { id: string }[])).toEqual(byId(records(dump, 'partnerships') as { id: string }[]));
      expect(byId(raw.reviews as { id: string }[])).toEqual(byId(records(dump, 'reviews') as { id: string }[]));
      const withReviews = partnerships.filter((p) => reviews.some((r) => r.partnershipId === p.id));
      expect(raw.summaries).toHaveLength(withReviews.length);
      for (const s of raw.summaries as { partnershipId: string; latestReviewId: string; latestIndex: number | null; reviewCount: number }[]) {
        const want = expectedListing(reviews, s.partnershipId);
        expect({ latestId: s.latestReviewId, latestIndex: s.latestIndex, reviewCount: s.reviewCount }).toEqual(want);
      }
    });
  }

  it('keeps the summaries right through edits, moves, deletions and restores after the upgrade', async () => {
    const dump = fixtures.find((f) => f.schemaVersion === 1)!;
    const name = 'upgrade-then-edit';
    await buildDatabase({ name, dump });
    const store = new DexieLibraryStore(name);
    opened = { store, name };
    let reviews = records(dump, 'reviews').map((r) => ReviewSchema.parse(r));
    const [first, second] = records(dump, 'partnerships').map((p) => PartnershipSchema.parse(p));
    const oldest = reviews.filter((r) => r.partnershipId === first!.id).sort((a, b) => a.date.localeCompare(b.date))[0]!;

    // The oldest review becomes the newest, with a different index.
    const bumped = { ...oldest, date: '2030-01-01', answers: {}, updatedAt: '2030-01-01T00:00:00.000Z' };
    await store.putReview(bumped);
    const moved = reviews.find((r) => r.partnershipId === first!.id && r.id !== oldest.id)!;
    await store.putReview({ ...moved, partnershipId: second!.id });
    const deleted = reviews.find((r) => r.partnershipId === first!.id && r.id !== oldest.id && r.id !== moved.id)!;
    await store.deleteReview(deleted.id);
    reviews = reviews.filter((r) => r.id !== deleted.id).map((r) => (r.id === bumped.id ? bumped : r.id === moved.id ? { ...moved, partnershipId: second!.id } : r));

    const restoredReview = { ...deleted, updatedAt: '2031-01-01T00:00:00.000Z' };
    await store.restore({ partnerships: [first!], reviews: [restoredReview] });
    reviews.push(restoredReview);

    const listed = await store.listPartnerships();
    for (const item of listed.items) {
      const want = expectedListing(reviews, item.partnership.id);
      expect({ latestId: item.latest?.id ?? null, latestIndex: item.latestIndex, reviewCount: item.reviewCount }).toEqual(want);
    }
    expect(listed.items.find((i) => i.partnership.id === first!.id)!.latest).toEqual({
      id: bumped.id,
      title: bumped.title,
      date: bumped.date,
      status: bumped.status,
      updatedAt: bumped.updatedAt,
    });
    // The stored summaries themselves, not only the list (which falls back to a full scan when they disagree).
    const summaries = (await readDatabase({ name })).summaries as { partnershipId: string; latestReviewId: string; latestIndex: number | null; reviewCount: number }[];
    for (const s of summaries) {
      expect({ latestId: s.latestReviewId, latestIndex: s.latestIndex, reviewCount: s.reviewCount }).toEqual(expectedListing(reviews, s.partnershipId));
    }
    expect(summaries.map((s) => s.partnershipId).sort()).toEqual([...new Set(reviews.map((r) => r.partnershipId))].sort());

    await store.deletePartnership(first!.id);
    const raw = await readDatabase({ name });
    expect((raw.summaries as { partnershipId: string }[]).map((s) => s.partnershipId)).not.toContain(first!.id);
  });
});
