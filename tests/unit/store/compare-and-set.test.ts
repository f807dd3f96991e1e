import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';
import { NEW_RECORD, type StoreChange } from '../../../renderer/src/store/library-store.ts';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const now = '2026-03-01T10:00:00.000Z';
let dbName: string;
let tabA: DexieLibraryStore;
let tabB: DexieLibraryStore;
let heardByA: StoreChange[];

beforeEach(() => {
  dbName = `cas-${id()}`;
  heardByA = [];
  // Two stores on one database stand for two tabs of one browser profile.
  tabA = new DexieLibraryStore(dbName, (c) => heardByA.push(c));
  tabB = new DexieLibraryStore(dbName);
});
afterEach(async () => {
  tabA.close();
  tabB.close();
  await Dexie.delete(dbName);
});

async function seeded() {
  const p = newPartnership({ id: id(), now }, { name: 'Health and Care' });
  expect(await tabA.savePartnership(p, NEW_RECORD)).toEqual({ status: 'saved', rev: 1 });
  const r = newReview({ id: id(), now }, p.id, currentInstrument, { title: 'Spring', date: '2026-03-01' });
  expect(await tabA.saveReview(r, NEW_RECORD)).toEqual({ status: 'saved', rev: 1 });
  return { p, r };
}

describe('compare-and-set writes', () => {
  it('saves a write based on the stored revision and moves the revision on', async () => {
    const { r } = await seeded();
    const loaded = await tabB.loadReview(r.id);
    expect(loaded?.rev).toBe(1);
    expect(await tabB.saveReview({ ...r, title: 'Spring workshop' }, 1)).toEqual({ status: 'saved', rev: 2 });
    expect(await tabA.loadReview(r.id)).toEqual({ value: { ...r, title: 'Spring workshop' }, rev: 2 });
  });

  it('refuses a stale review write and returns what the other tab stored, writing nothing', async () => {
    const { r } = await seeded();
    await tabA.saveReview({ ...r, title: 'Saved by A' }, 1);
    const outcome = await tabB.saveReview({ ...r, facilitator: 'Written by B from its old copy' }, 1);
    expect(outcome).toEqual({ status: 'stale', current: { value: { ...r, title: 'Saved by A' }, rev: 2 } });
    expect((await tabA.getReview(r.id))?.title).toBe('Saved by A');
    expect((await tabA.getReview(r.id))?.facilitator).toBe('');
  });

  it('refuses a stale partnership write', async () => {
    const { p } = await seeded();
    await tabA.savePartnership({ ...p, notes: 'A' }, 1);
    expect(await tabB.savePartnership({ ...p, name: 'B' }, 1)).toEqual({
      status: 'stale',
      current: { value: { ...p, notes: 'A' }, rev: 2 },
    });
    expect((await tabB.getPartnership(p.id))?.name).toBe('Health and Care');
  });

  it('never re-creates a review or partnership deleted by another tab', async () => {
    const { p, r } = await seeded();
    await tabA.deleteReview(r.id);
    expect(await tabB.saveReview({ ...r, facilitator: 'late edit' }, 1)).toEqual({ status: 'deleted' });
    expect(await tabB.getReview(r.id)).toBeUndefined();
    await tabA.deletePartnership(p.id);
    expect(await tabB.savePartnership({ ...p, notes: 'late edit' }, 1)).toEqual({ status: 'deleted' });
    expect(await tabB.getPartnership(p.id)).toBeUndefined();
  });

  it('refuses to create a record over one that already exists', async () => {
    const { r } = await seeded();
    const outcome = await tabB.saveReview({ ...r, title: 'Clash' }, NEW_RECORD);
    expect(outcome.status).toBe('stale');
    expect((await tabA.getReview(r.id))?.title).toBe('Spring');
  });

  it('moves revisions on for everything a restore wrote, so older copies merge instead of overwriting', async () => {
    const { p, r } = await seeded();
    await tabA.restore({
      partnerships: [{ ...p, updatedAt: '2026-04-01T00:00:00.000Z' }],
      reviews: [{ ...r, title: 'From backup', updatedAt: '2026-04-01T00:00:00.000Z' }],
    });
    expect((await tabB.saveReview({ ...r, facilitator: 'B' }, 1)).status).toBe('stale');
  });

  it('announces each committed write, and no refused one', async () => {
    const { r } = await seeded();
    await tabB.saveReview({ ...r, title: 'B' }, 1);
    heardByA.length = 0;
    await tabA.saveReview({ ...r, title: 'stale' }, 1);
    expect(heardByA).toEqual([]);
    await tabA.saveReview({ ...r, title: 'A' }, 2);
    expect(heardByA).toEqual([{ table: 'reviews', id: r.id, rev: 3 }]);
  });
});

describe('a partnership deleted in another tab', () => {
  it('reports its reviews as deleted to a tab still editing one', async () => {
    const { p, r } = await seeded();
    await tabA.deletePartnership(p.id);
    expect(await tabB.saveReview({ ...r, title: 'late' }, 1)).toEqual({ status: 'deleted' });
  });
});
