import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge, ImportedWorkbook } from '@shared/bridge/contract.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import { emptyAnswer, type Partnership, type Review } from '@shared/model/review.ts';
import { ok } from '@shared/result.ts';
import { AppState } from '../../../renderer/src/state/app.svelte.ts';
import { Commands } from '../../../renderer/src/state/commands.svelte.ts';
import type { Choice } from '../../../renderer/src/state/dialogs.svelte.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';

const now = '2026-03-01T10:00:00.000Z';
let dbName: string;
let store: DexieLibraryStore;
let partnership: Partnership;
let original: Review;

function workbook(review: Review, fromApp: boolean): ImportedWorkbook {
  return { bundle: { partnership, review }, fromApp, warnings: [], fileName: 'workshop.xlsx' };
}

function appImporting(imported: ImportedWorkbook, answer: Choice) {
  const bridge = { 'excel:import': async () => ok({ status: 'opened' as const, value: imported }) } as unknown as Bridge;
  const app = new AppState(store, bridge);
  const ask = vi.spyOn(app.dialogs, 'ask').mockResolvedValue(answer);
  return { commands: new Commands(app), ask, app };
}

beforeEach(async () => {
  dbName = `import-${crypto.randomUUID()}`;
  store = new DexieLibraryStore(dbName);
  partnership = newPartnership({ id: crypto.randomUUID(), now }, { name: 'P' });
  original = newReview({ id: crypto.randomUUID(), now }, partnership.id, currentInstrument, { title: 'Original' });
  await store.putPartnership(partnership);
  await store.putReview(original);
});
afterEach(async () => {
  store.close();
  await Dexie.delete(dbName);
});

const rated = (review: Review): Review => ({
  ...review,
  answers: { 'leadership-common-vision': { ...emptyAnswer(), rating: 'no-action-needed', byWhom: 'Jane' } },
  updatedAt: '2026-03-02T10:00:00.000Z',
});

describe('importing a workbook', () => {
  it('updates the review it came from only after the person confirms', async () => {
    const { commands, ask } = appImporting(workbook(rated(original), true), 'confirm');
    await commands.importExcel();
    expect(ask).toHaveBeenCalledOnce();
    const reviews = (await store.listReviews(partnership.id)).items;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.id).toBe(original.id);
    expect(reviews[0]!.answers['leadership-common-vision']?.byWhom).toBe('Jane');
  });

  it('leaves everything alone when the person cancels', async () => {
    const { commands } = appImporting(workbook(rated(original), true), 'cancel');
    await commands.importExcel();
    const reviews = (await store.listReviews(partnership.id)).items;
    expect(reviews).toEqual([original]);
  });

  it('imports as a new review (new id) when the person prefers, keeping the original', async () => {
    const { commands } = appImporting(workbook(rated(original), true), 'alternative');
    await commands.importExcel();
    const reviews = (await store.listReviews(partnership.id)).items;
    expect(reviews).toHaveLength(2);
    expect(reviews.find((r) => r.id === original.id)).toEqual(original);
    expect(reviews.find((r) => r.id !== original.id)?.answers['leadership-common-vision']?.byWhom).toBe('Jane');
  });

  it('never asks, and never overwrites, for a workbook the app did not write, even if ids collide', async () => {
    const { commands, ask } = appImporting(workbook(rated(original), false), 'confirm');
    await commands.importExcel();
    expect(ask).not.toHaveBeenCalled();
    const reviews = (await store.listReviews(partnership.id)).items;
    expect(reviews).toHaveLength(2);
    expect(reviews.find((r) => r.id === original.id)).toEqual(original);
  });

  it('adds a workbook from another laptop as a new review with its own partnership', async () => {
    const other = newPartnership({ id: crypto.randomUUID(), now }, { name: 'Elsewhere' });
    const review = newReview({ id: crypto.randomUUID(), now }, other.id, currentInstrument, { title: 'From afar' });
    const { commands, ask } = appImporting(
      { bundle: { partnership: other, review }, fromApp: true, warnings: [], fileName: 'x.xlsx' },
      'confirm',
    );
    await commands.importExcel();
    expect(ask).not.toHaveBeenCalled();
    expect((await store.getPartnership(other.id))?.name).toBe('Elsewhere');
    expect((await store.getReview(review.id))?.title).toBe('From afar');
  });
});
