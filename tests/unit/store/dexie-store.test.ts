import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import type { Review } from '@shared/model/review.ts';
import { openDb } from '../../../renderer/src/store/db.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const now = '2026-03-01T10:00:00.000Z';
let dbName: string;
let store: DexieLibraryStore;

beforeEach(() => {
  dbName = `test-${id()}`;
  store = new DexieLibraryStore(dbName);
});
afterEach(async () => {
  store.close();
  await Dexie.delete(dbName);
});

function partnership(name: string) {
  return newPartnership({ id: id(), now }, { name, partners: ['Council', 'Trust'] });
}
function review(partnershipId: string, date: string, fields: Partial<Review> = {}): Review {
  return { ...newReview({ id: id(), now }, partnershipId, currentInstrument, { title: `Review ${date}`, date }), ...fields };
}

describe('DexieLibraryStore', () => {
  it('round-trips a partnership and a review', async () => {
    const p = partnership('Health and Care');
    await store.putPartnership(p);
    const r = review(p.id, '2026-02-01', {
      answers: {
        'leadership-common-vision': {
          rating: 'yes-working-well',
          noAgreement: false,
          agreedWhy: '',
          actionNeeded: 'a',
          byWhom: 'b',
          dueDate: null,
          notes: '',
          actionStatus: 'open',
          carriedFrom: null,
        },
      },
    });
    await store.putReview(r);
    expect(await store.getPartnership(p.id)).toEqual(p);
    expect(await store.getReview(r.id)).toEqual(r);
  });

  it('lists partnerships by most recent review date, with the latest review and its index', async () => {
    const older = partnership('Older');
    const newer = partnership('Newer');
    const empty = partnership('No reviews yet');
    for (const p of [older, newer, empty]) await store.putPartnership(p);
    await store.putReview(review(older.id, '2025-06-01'));
    await store.putReview(review(newer.id, '2025-01-01'));
    const latest = review(newer.id, '2026-01-15', {
      answers: {
        'leadership-common-vision': {
          rating: 'yes-working-well',
          noAgreement: false,
          agreedWhy: '',
          actionNeeded: '',
          byWhom: '',
          dueDate: null,
          notes: '',
          actionStatus: 'open',
          carriedFrom: null,
        },
        'leadership-added-value': {
          rating: 'no-action-needed',
          noAgreement: false,
          agreedWhy: '',
          actionNeeded: '',
          byWhom: '',
          dueDate: null,
          notes: '',
          actionStatus: 'open',
          carriedFrom: null,
        },
      },
    });
    await store.putReview(latest);
    const { items, damaged } = await store.listPartnerships();
    expect(damaged).toEqual([]);
    expect(items.map((i) => i.partnership.name)).toEqual(['Newer', 'Older', 'No reviews yet']);
    expect(items[0]!.latest?.id).toBe(latest.id);
    expect(items[0]!.latestIndex).toBe(50);
    expect(items[0]!.reviewCount).toBe(2);
    expect(items[2]!.latest).toBeNull();
    expect(items[2]!.latestIndex).toBeNull();
  });

  it('lists a partnership’s reviews newest first', async () => {
    const p = partnership('P');
    await store.putPartnership(p);
    for (const d of ['2024-01-01', '2026-01-01', '2025-01-01']) await store.putReview(review(p.id, d));
    expect((await store.listReviews(p.id)).items.map((r) => r.date)).toEqual(['2026-01-01', '2025-01-01', '2024-01-01']);
  });

  it('deletes a partnership together with its reviews, leaving others alone', async () => {
    const a = partnership('A');
    const b = partnership('B');
    await store.putPartnership(a);
    await store.putPartnership(b);
    const ra = review(a.id, '2026-01-01');
    const rb = review(b.id, '2026-01-01');
    await store.putReview(ra);
    await store.putReview(rb);
    await store.deletePartnership(a.id);
    expect(await store.getPartnership(a.id)).toBeUndefined();
    expect(await store.getReview(ra.id)).toBeUndefined();
    expect(await store.getReview(rb.id)).toEqual(rb);
  });

  it('refuses to write an invalid record, naming it', async () => {
    const p = { ...partnership('x'), name: '   ' };
    await expect(store.putPartnership(p)).rejects.toThrow(`Cannot save partnership ${p.id}: name`);
    const q = partnership('Q');
    await store.putPartnership(q);
    const bad = { ...review(q.id, '2026-01-01'), date: 'yesterday' };
    await expect(store.putReview(bad)).rejects.toThrow(/Cannot save review .*date/);
  });

  it('refuses a review whose partnership is not in the library', async () => {
    await expect(store.putReview(review(id(), '2026-01-01'))).rejects.toThrow(/partnership .* is not in the library/);
  });

  it('names a damaged record on read instead of crashing the list', async () => {
    const p = partnership('Good');
    await store.putPartnership(p);
    const good = review(p.id, '2026-01-01');
    await store.putReview(good);
    const raw = openDb(dbName);
    const broken = { ...review(p.id, '2026-02-01'), status: 'lost' };
    await raw.reviews.put(broken as unknown as Review);
    raw.close();
    await expect(store.getReview(broken.id)).rejects.toThrow(`The saved review “Review 2026-02-01” ${broken.id} is damaged: status`);
    const listed = await store.listReviews(p.id);
    expect(listed.items.map((r) => r.id)).toEqual([good.id]);
    expect(listed.damaged).toEqual([expect.objectContaining({ table: 'reviews', id: broken.id })]);
    // The list comes from the summaries, which know nothing of a record written behind the store's back; the recount
    // that follows finds one review more than they account for and lists the library from every record instead.
    const fast = await store.listPartnerships();
    expect(fast.damaged).toEqual([]);
    const library = await store.recountPartnerships(fast);
    expect(library!.items[0]!.latest?.id).toBe(good.id);
    expect(library!.damaged.map((d) => d.id)).toEqual([broken.id]);
    // That list accounts for the damaged review too, so counting again finds nothing more to do.
    expect(await store.recountPartnerships(library!)).toBeNull();
  });

  it("recounts to nothing while the summaries account for every review, a damaged partnership's among them", async () => {
    const kept = partnership('Kept');
    const lost = partnership('Lost');
    for (const p of [kept, lost]) await store.putPartnership(p);
    for (const [p, date] of [
      [kept, '2026-01-01'],
      [kept, '2026-02-01'],
      [lost, '2026-03-01'],
    ] as const)
      await store.putReview(review(p.id, date));
    const whole = await store.listPartnerships();
    expect(whole.reviewsSeen).toBe(3);
    expect(await store.recountPartnerships(whole)).toBeNull();
    const raw = openDb(dbName);
    await raw.partnerships.put({ ...lost, name: '' });
    raw.close();
    // The damaged partnership is named by the list itself; its review is still in its summary, so nothing is rescanned.
    const listed = await store.listPartnerships();
    expect(listed.items.map((l) => l.partnership.name)).toEqual(['Kept']);
    expect(listed.damaged).toEqual([expect.objectContaining({ table: 'partnerships', id: lost.id })]);
    expect(await store.recountPartnerships(listed)).toBeNull();
  });

  it('does not trust a summary row that fails its check: the list is worked out from the reviews instead', async () => {
    const p = partnership('Checked');
    await store.putPartnership(p);
    const r = review(p.id, '2026-01-01', {
      answers: {
        'leadership-common-vision': {
          rating: 'no-action-needed',
          noAgreement: false,
          agreedWhy: '',
          actionNeeded: 'Agree a vision',
          byWhom: 'Board',
          dueDate: '2026-02-01',
          notes: '',
          actionStatus: 'open',
          carriedFrom: null,
        },
      },
    });
    await store.putReview(r);
    const want = (await store.listPartnerships()).items;
    expect(want[0]!.facts).toMatchObject({ openActions: 1, openActionDueDays: '2026-02-01' });
    const raw = openDb(dbName);
    const summary = await raw.summaries.get(p.id);
    await raw.summaries.put({ ...summary!, openActionDueDays: '2026-02-01 soon', latestIndex: 99 });
    raw.close();
    expect(await store.listPartnerships()).toEqual({ items: want, damaged: [], reviewsSeen: 1 });
  });

  it('writes reviews in strict-durability transactions', async () => {
    const db = openDb(dbName);
    const durability = await db.transaction('rw', db.reviews, (tx) => (tx.idbtrans as IDBTransaction & { durability: string }).durability);
    db.close();
    expect(durability).toBe('strict');
  });

  it('snapshots the whole library and restores it by id without duplicates', async () => {
    const p = partnership('P');
    await store.putPartnership(p);
    const r = review(p.id, '2026-01-01');
    await store.putReview(r);
    const snap = await store.snapshot();
    expect(snap).toEqual({ partnerships: [p], reviews: [r] });

    const edited = { ...r, title: 'Edited later', updatedAt: '2026-03-02T10:00:00.000Z' };
    const stale = { ...p, name: 'Stale name', updatedAt: '2020-01-01T00:00:00.000Z' };
    const other = partnership('Other');
    const outcome = await store.restore({ partnerships: [stale, other], reviews: [edited] });
    // "Other" is new, the stale partnership is older than the stored one, the edited review is newer: counted per kind too.
    expect(outcome).toEqual({
      added: 1,
      updated: 1,
      unchanged: 1,
      partnerships: { added: 1, updated: 0, unchanged: 1 },
      reviews: { added: 0, updated: 1, unchanged: 0 },
    });
    const after = await store.snapshot();
    expect(after.partnerships).toHaveLength(2);
    expect(after.reviews).toEqual([edited]);
    expect(after.partnerships.find((x) => x.id === p.id)?.name).toBe('P');
  });
});
