import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PartnershipSchema, ReviewSchema, type Review } from '@shared/model/review.ts';
import { SCHEMA_VERSION } from '../../../renderer/src/store/db.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';
import { asCurrentPartnership, asCurrentReview } from '../../fixtures/db/as-current.ts';
import { buildDatabase, readDatabase, type DatabaseDump } from '../../fixtures/db/build-database.ts';

const dir = new URL('../../fixtures/db/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as DatabaseDump);
const records = (dump: DatabaseDump, store: string) => dump.stores.find((s) => s.name === store)!.records;
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/**
 * The index of each review in the frozen v1 fixture, worked out by hand (not with the app's scoreReview): count the
 * 21 ratings by level, score them 0, 1, 2, 3 (needed, in hand, needs improving, working well), and take the points
 * as a percentage of 3 per rated benchmark, rounded. Review id's last two digits, partnership, date: arithmetic.
 */
const HAND_WORKED_INDEX: Record<string, number> = {
  // 06 Coastal Regeneration Board 2023-03-10: 5·0 + 4·1 + 4·2 + 5·3 = 27 of 18·3 = 54 → 50.00 → 50
  '1a000000-0000-4000-8000-000000000006': 50,
  // 07 Coastal Regeneration Board 2024-03-11: 5·0 + 4·1 + 5·2 + 4·3 = 26 of 54 → 48.15 → 48
  '1a000000-0000-4000-8000-000000000007': 48,
  // 08 Coastal Regeneration Board 2025-03-12: 5·0 + 5·1 + 4·2 + 4·3 = 25 of 54 → 46.30 → 46
  '1a000000-0000-4000-8000-000000000008': 46,
  // 09 Coastal Regeneration Board 2026-03-13: 4·0 + 4·1 + 6·2 + 4·3 = 28 of 54 → 51.85 → 52
  '1a000000-0000-4000-8000-000000000009': 52,
  // 10 Youth Voice Alliance 2023-05-10: 4·0 + 4·1 + 5·2 + 5·3 = 29 of 54 → 53.70 → 54
  '1a000000-0000-4000-8000-000000000010': 54,
  // 11 Rural Transport Forum 2023-06-10: 4·0 + 4·1 + 4·2 + 6·3 = 30 of 54 → 55.56 → 56
  '1a000000-0000-4000-8000-000000000011': 56,
  // 12 Rural Transport Forum 2024-06-11: 5·0 + 5·1 + 4·2 + 4·3 = 25 of 54 → 46.30 → 46
  '1a000000-0000-4000-8000-000000000012': 46,
  // 13 Safer Streets Partnership 2023-07-10: 5·0 + 4·1 + 4·2 + 5·3 = 27 of 54 → 50.00 → 50
  '1a000000-0000-4000-8000-000000000013': 50,
  // 14 Safer Streets Partnership 2024-07-11: 5·0 + 4·1 + 5·2 + 4·3 = 26 of 54 → 48.15 → 48
  '1a000000-0000-4000-8000-000000000014': 48,
  // 15 Safer Streets Partnership 2025-07-12: 5·0 + 5·1 + 4·2 + 4·3 = 25 of 54 → 46.30 → 46
  '1a000000-0000-4000-8000-000000000015': 46,
};

/** A review with no answers at all has nothing rated, so no index; any other must be in the hand-worked table. */
function handWorkedIndex(review: Review): number | null {
  if (Object.keys(review.answers).length === 0) return null;
  const index = HAND_WORKED_INDEX[review.id];
  if (index === undefined) throw new Error(`No hand-worked index for review ${review.id}: add it to HAND_WORKED_INDEX`);
  return index;
}

/** What the list must say about a partnership, worked out here from the reviews alone, independently of the store. */
function expectedListing(reviews: Review[], partnershipId: string) {
  const own = reviews
    .filter((r) => r.partnershipId === partnershipId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  const latest = own[0] ?? null;
  const previous = own[1] ?? null;
  return {
    latestId: latest?.id ?? null,
    latestIndex: latest ? handWorkedIndex(latest) : null,
    previousIndex: previous ? handWorkedIndex(previous) : null,
    reviewCount: own.length,
  };
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
      const store = await DexieLibraryStore.open(name);
      opened = { store, name };
      const partnerships = records(dump, 'partnerships').map((p) => PartnershipSchema.parse(asCurrentPartnership(p)));
      const reviews = records(dump, 'reviews').map((r) => ReviewSchema.parse(asCurrentReview(r)));
      expect(partnerships.length).toBeGreaterThan(3);
      expect(reviews.length).toBeGreaterThan(5);

      const snapshot = await store.snapshot();
      expect(byId(snapshot.partnerships)).toEqual(byId(partnerships));
      expect(byId(snapshot.reviews)).toEqual(byId(reviews));
      for (const p of partnerships) {
        expect(await store.getPartnership(p.id)).toEqual(p);
        expect((await store.listReviews(p.id)).items.map((r) => r.id).sort()).toEqual(
          reviews
            .filter((r) => r.partnershipId === p.id)
            .map((r) => r.id)
            .sort(),
        );
      }

      const listed = await store.listPartnerships();
      expect(listed.damaged).toEqual([]);
      expect(listed.items).toHaveLength(partnerships.length);
      for (const item of listed.items) {
        const want = expectedListing(reviews, item.partnership.id);
        expect({
          latestId: item.latest?.id ?? null,
          latestIndex: item.latestIndex,
          previousIndex: item.facts?.previousIndex ?? null,
          reviewCount: item.reviewCount,
        }).toEqual(want);
      }

      // On disk: partnerships with only the v5 interval added, reviews with only the v4 fields added, and the summary
      // store filled from them.
      const raw = await readDatabase({ name });
      expect(byId(raw.partnerships as { id: string }[])).toEqual(
        byId(records(dump, 'partnerships').map(asCurrentPartnership) as { id: string }[]),
      );
      expect(byId(raw.reviews as { id: string }[])).toEqual(byId(records(dump, 'reviews').map(asCurrentReview) as { id: string }[]));
      const withReviews = partnerships.filter((p) => reviews.some((r) => r.partnershipId === p.id));
      expect(raw.summaries).toHaveLength(withReviews.length);
      for (const s of raw.summaries as {
        partnershipId: string;
        latestReviewId: string;
        latestIndex: number | null;
        previousIndex: number | null;
        reviewCount: number;
      }[]) {
        const want = expectedListing(reviews, s.partnershipId);
        expect({
          latestId: s.latestReviewId,
          latestIndex: s.latestIndex,
          previousIndex: s.previousIndex,
          reviewCount: s.reviewCount,
        }).toEqual(want);
      }
    });
  }

  it('keeps every fact of a version 5 summary, its open actions now a count and their due days in one string', async () => {
    const dump = fixtures.find((f) => f.schemaVersion === 5)!;
    const name = 'upgrade-v5-summaries';
    await buildDatabase({ name, dump });
    const store = await DexieLibraryStore.open(name);
    opened = { store, name };
    await store.listPartnerships();
    type V5Summary = { partnershipId: string; openActionDues: (string | null)[] } & Record<string, unknown>;
    const before = records(dump, 'summaries') as V5Summary[];
    const after = (await readDatabase({ name })).summaries as Record<string, unknown>[];
    expect(before.some((s) => s.openActionDues.length > 1)).toBe(true);
    // Written out from the frozen v5 rows, not with the app's joinDueDays: the dated dues, sorted, one space apart.
    const asV6 = ({ openActionDues, ...rest }: V5Summary) => ({
      ...rest,
      openActions: openActionDues.length,
      openActionDueDays: openActionDues
        .filter((d) => d !== null)
        .sort()
        .join(' '),
    });
    const byPartnership = (xs: { partnershipId: unknown }[]) =>
      [...xs].sort((a, b) => String(a.partnershipId).localeCompare(String(b.partnershipId)));
    expect(byPartnership(after as { partnershipId: unknown }[])).toEqual(byPartnership(before.map(asV6)));
  });

  it('keeps the summaries right through edits, moves, deletions and restores after the upgrade', async () => {
    const dump = fixtures.find((f) => f.schemaVersion === 1)!;
    const name = 'upgrade-then-edit';
    await buildDatabase({ name, dump });
    const store = await DexieLibraryStore.open(name);
    opened = { store, name };
    let reviews = records(dump, 'reviews').map((r) => ReviewSchema.parse(asCurrentReview(r)));
    const [first, second] = records(dump, 'partnerships').map((p) => PartnershipSchema.parse(asCurrentPartnership(p)));
    const oldest = reviews.filter((r) => r.partnershipId === first!.id).sort((a, b) => a.date.localeCompare(b.date))[0]!;

    // The oldest review becomes the newest, with a different index.
    const bumped = { ...oldest, date: '2030-01-01', answers: {}, updatedAt: '2030-01-01T00:00:00.000Z' };
    await store.putReview(bumped);
    const moved = reviews.find((r) => r.partnershipId === first!.id && r.id !== oldest.id)!;
    await store.putReview({ ...moved, partnershipId: second!.id });
    const deleted = reviews.find((r) => r.partnershipId === first!.id && r.id !== oldest.id && r.id !== moved.id)!;
    await store.deleteReview(deleted.id);
    reviews = reviews
      .filter((r) => r.id !== deleted.id)
      .map((r) => (r.id === bumped.id ? bumped : r.id === moved.id ? { ...moved, partnershipId: second!.id } : r));

    const restoredReview = { ...deleted, updatedAt: '2031-01-01T00:00:00.000Z' };
    await store.restore({ partnerships: [first!], reviews: [restoredReview] });
    reviews.push(restoredReview);

    const listed = await store.listPartnerships();
    for (const item of listed.items) {
      const want = expectedListing(reviews, item.partnership.id);
      expect({
        latestId: item.latest?.id ?? null,
        latestIndex: item.latestIndex,
        previousIndex: item.facts?.previousIndex ?? null,
        reviewCount: item.reviewCount,
      }).toEqual(want);
    }
    expect(listed.items.find((i) => i.partnership.id === first!.id)!.latest).toEqual({
      id: bumped.id,
      title: bumped.title,
      date: bumped.date,
      status: bumped.status,
      updatedAt: bumped.updatedAt,
    });
    // The stored summaries themselves, not only the list (which falls back to a full scan when they disagree).
    const summaries = (await readDatabase({ name })).summaries as {
      partnershipId: string;
      latestReviewId: string;
      latestIndex: number | null;
      previousIndex: number | null;
      reviewCount: number;
    }[];
    for (const s of summaries) {
      expect({
        latestId: s.latestReviewId,
        latestIndex: s.latestIndex,
        previousIndex: s.previousIndex,
        reviewCount: s.reviewCount,
      }).toEqual(expectedListing(reviews, s.partnershipId));
    }
    expect(summaries.map((s) => s.partnershipId).sort()).toEqual([...new Set(reviews.map((r) => r.partnershipId))].sort());

    await store.deletePartnership(first!.id);
    const raw = await readDatabase({ name });
    expect((raw.summaries as { partnershipId: string }[]).map((s) => s.partnershipId)).not.toContain(first!.id);
  });
});
