import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { upgradePending } from '../../../renderer/src/store/db.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';
import { buildDatabase, type DatabaseDump } from '../../fixtures/db/build-database.ts';

/**
 * The form catalogue (with the scoring it feeds) is fetched on first use, not at start-up, yet the v2 upgrade scores
 * every partnership's latest review inside the upgrade transaction, where nothing but the database may be awaited.
 * Vitest gives this file a module registry of its own, so the catalogue starts unloaded here, as in a fresh window.
 */
const v1 = JSON.parse(readFileSync(new URL('../../fixtures/db/v1.json', import.meta.url), 'utf8')) as DatabaseDump;

describe('opening a database that predates the summaries', () => {
  it('knows which databases will upgrade: an old one yes, a missing or current one no', async () => {
    await buildDatabase({ name: 'pending-v1', dump: v1 });
    expect(await upgradePending('pending-v1')).toBe(true);
    expect(await upgradePending('pending-missing')).toBe(false);
    const current = new DexieLibraryStore('pending-current');
    await current.listPartnerships(); // creates it at the current version
    current.close();
    expect(await upgradePending('pending-current')).toBe(false);
    await Dexie.delete('pending-v1');
    await Dexie.delete('pending-current');
  });

  it('refuses to upgrade without the catalogue, and upgrades with every summary indexed once opened through open()', async () => {
    await buildDatabase({ name: 'scoring-bare', dump: v1 });
    const bare = new DexieLibraryStore('scoring-bare');
    await expect(bare.listPartnerships()).rejects.toThrow(/form catalogue was not loaded/);
    bare.close();

    await buildDatabase({ name: 'scoring-open', dump: v1 });
    const store = await DexieLibraryStore.open('scoring-open');
    const listed = await store.listPartnerships();
    // The Coastal Regeneration Board's latest review (2026-03-13) is worked by hand in schema-upgrade.test.ts: 52.
    const coastal = listed.items.find((i) => i.latest?.id === '1a000000-0000-4000-8000-000000000009');
    expect(coastal?.latestIndex).toBe(52);
    store.close();
    await Dexie.delete('scoring-bare');
    await Dexie.delete('scoring-open');
  });
});
