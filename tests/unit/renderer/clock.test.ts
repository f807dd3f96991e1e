import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '@shared/bridge/contract.ts';
import type { Clock } from '@shared/clock.ts';
import { newPartnership } from '@shared/model/factories.ts';
import { AppState } from '../../../renderer/src/state/app.svelte.ts';
import { Commands } from '../../../renderer/src/state/commands.svelte.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';

// Half past eleven at night in UTC is half past noon the next day in Auckland: the clock a consultant there has.
const auckland: Clock = { now: () => '2026-03-10T23:30:00.000Z', today: () => '2026-03-11' };
const opened: { store: DexieLibraryStore; name: string }[] = [];

afterEach(async () => {
  for (const { store, name } of opened.splice(0)) {
    store.close();
    await Dexie.delete(name);
  }
});

describe('the renderer reads time from the clock it is given', () => {
  it('dates a new review by the local day and stamps it with the instant', async () => {
    const name = `clock-${crypto.randomUUID()}`;
    const store = new DexieLibraryStore(name);
    opened.push({ store, name });
    const partnership = newPartnership({ id: crypto.randomUUID(), now: auckland.now() }, { name: 'P' });
    await store.putPartnership(partnership);
    const app = new AppState(store, {} as Bridge, undefined, auckland);
    await new Commands(app).newReview(partnership.id);
    const [review] = (await store.listReviews(partnership.id)).items;
    expect(review).toMatchObject({ date: '2026-03-11', title: 'Review 11 Mar 2026', createdAt: '2026-03-10T23:30:00.000Z' });
  });
});
