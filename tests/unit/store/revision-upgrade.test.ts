import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';
import { asCurrentPartnership, asCurrentReview } from '../../fixtures/db/as-current.ts';
import { buildDatabase, readDatabase, type DatabaseDump } from '../../fixtures/db/build-database.ts';

const load = (file: string) => JSON.parse(readFileSync(new URL(`../../fixtures/db/${file}`, import.meta.url), 'utf8')) as DatabaseDump;
const records = (dump: DatabaseDump, store: string) => dump.stores.find((s) => s.name === store)!.records as { id?: string }[];
let opened: { store: DexieLibraryStore; name: string } | undefined;
afterEach(async () => {
  opened?.store.close();
  if (opened) await Dexie.delete(opened.name);
  opened = undefined;
});

describe('schema v3: revisions beside the records', () => {
  for (const file of ['v1.json', 'v2.json']) {
    it(`upgrades ${file} with every record kept (reviews given only the v4 fields, partnerships the v5 interval) and at revision 1`, async () => {
      const dump = load(file);
      const name = `revisions-from-${file}`;
      await buildDatabase({ name, dump });
      const store = await DexieLibraryStore.open(name);
      opened = { store, name };
      const reviews = records(dump, 'reviews').map(asCurrentReview) as { id?: string }[];
      const partnerships = records(dump, 'partnerships').map(asCurrentPartnership) as { id?: string }[];
      for (const r of reviews) expect(await store.loadReview(r.id!)).toEqual({ value: r, rev: 1 });
      for (const p of partnerships) expect(await store.loadPartnership(p.id!)).toEqual({ value: p, rev: 1 });
      const raw = await readDatabase({ name });
      expect(raw.reviews).toEqual(reviews);
      expect(raw.partnerships).toEqual(partnerships);
      // v5 rewrites the summaries with the portfolio's facts; what v2 summarised stays as it was.
      if (file === 'v2.json') expect(raw.summaries).toEqual(records(dump, 'summaries').map((s) => expect.objectContaining(s)));
      expect(raw.revisions).toHaveLength(reviews.length + partnerships.length);
      // A tab that loaded revision 1 before another tab wrote cannot overwrite it.
      const first = reviews[0] as never as Parameters<typeof store.saveReview>[0];
      expect((await store.saveReview({ ...first, title: 'one' }, 1)).status).toBe('saved');
      expect((await store.saveReview({ ...first, title: 'two' }, 1)).status).toBe('stale');
    });
  }
});
