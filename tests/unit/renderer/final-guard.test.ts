import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '@shared/bridge/contract.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import { emptyAnswer, type Partnership, type Review } from '@shared/model/review.ts';
import { ok } from '@shared/result.ts';
import { AppState } from '../../../renderer/src/state/app.svelte.ts';
import { Commands } from '../../../renderer/src/state/commands.svelte.ts';
import type { Choice } from '../../../renderer/src/state/dialogs.svelte.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';

/**
 * Issue 11 item 7 through the library writer: a final review is changed from outside its editor (a review file or a
 * backup merged in, an action's status set in a register) only when the person reopens it; declining changes nothing.
 */
const now = '2026-03-01T10:00:00.000Z';
let dbName: string;
let store: DexieLibraryStore;
let partnership: Partnership;
let spring: Review;
let draft: Review;

/** A newer version of `review`, as a file from another laptop holds it. */
const newer = (review: Review, byWhom: string): Review => ({
  ...review,
  answers: { 'leadership-common-vision': { ...emptyAnswer(), rating: 'no-action-needed', byWhom } },
  updatedAt: '2026-03-02T10:00:00.000Z',
});

function appOpening(files: { review?: Review; backup?: Review[] }, answers: Choice[]) {
  const bridge = {
    'review:openFile': async () => ok({ status: 'opened' as const, value: { partnership, review: files.review! } }),
    'library:openBackup': async () => ok({ status: 'opened' as const, value: { partnerships: [partnership], reviews: files.backup! } }),
    'library:saveBackup': async () => ok({ status: 'saved' as const, name: 'before.json' }),
  } as unknown as Bridge;
  const app = new AppState(store, bridge);
  const ask = vi.spyOn(app.dialogs, 'ask');
  for (const answer of answers) ask.mockResolvedValueOnce(answer);
  const info = vi.spyOn(app.notices, 'info');
  return { commands: new Commands(app), ask, info, app };
}

beforeEach(async () => {
  dbName = `final-${crypto.randomUUID()}`;
  store = new DexieLibraryStore(dbName);
  partnership = newPartnership({ id: crypto.randomUUID(), now }, { name: 'P' });
  spring = {
    ...newReview({ id: crypto.randomUUID(), now }, partnership.id, currentInstrument, { title: 'Spring review' }),
    status: 'final',
  };
  draft = newReview({ id: crypto.randomUUID(), now }, partnership.id, currentInstrument, { title: 'Summer draft' });
  await store.putPartnership(partnership);
  await store.putReview(spring);
  await store.putReview(draft);
});
afterEach(async () => {
  store.close();
  await Dexie.delete(dbName);
});

describe('opening a review file over a final review', () => {
  it('asks first, and changes nothing when the person declines', async () => {
    const { commands, ask } = appOpening({ review: newer(spring, 'Jane') }, ['cancel']);
    await commands.openReviewFile();
    expect(ask).toHaveBeenCalledOnce();
    expect(ask.mock.calls[0]![0]).toMatchObject({ title: '“Spring review” is final', confirmLabel: 'Reopen and update' });
    expect(ask.mock.calls[0]![0].details?.lines.join(' ')).toContain('Jane');
    expect(await store.getReview(spring.id)).toEqual(spring);
  });

  it('updates it, reopened as a draft, when the person agrees', async () => {
    const { commands, info } = appOpening({ review: newer(spring, 'Jane') }, ['confirm']);
    await commands.openReviewFile();
    const stored = await store.getReview(spring.id);
    expect(stored?.answers['leadership-common-vision']?.byWhom).toBe('Jane');
    expect(stored?.status).toBe('draft');
    expect(info).toHaveBeenCalledWith('“Spring review” updated from the file, and reopened as a draft.');
  });

  it('never asks about a draft, nor about a file holding the same version', async () => {
    const { commands, ask } = appOpening({ review: newer(draft, 'Jane') }, []);
    await commands.openReviewFile();
    expect((await store.getReview(draft.id))?.answers['leadership-common-vision']?.byWhom).toBe('Jane');
    const same = appOpening({ review: spring }, []);
    await same.commands.openReviewFile();
    expect(ask).not.toHaveBeenCalled();
    expect(same.ask).not.toHaveBeenCalled();
  });
});

describe('adding from a backup that holds newer versions of final reviews', () => {
  const backup = () => [newer(spring, 'Jane'), newer(draft, 'Amir')];

  it('keeps the final reviews as they are when the person says so, and adds the rest', async () => {
    const { commands, ask, info } = appOpening({ backup: backup() }, ['alternative', 'alternative']);
    await commands.restoreLibrary();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask.mock.calls[1]![0]).toMatchObject({ title: '“Spring review” is final', alternativeLabel: 'Keep them final' });
    expect(await store.getReview(spring.id)).toEqual(spring);
    expect((await store.getReview(draft.id))?.answers['leadership-common-vision']?.byWhom).toBe('Amir');
    expect(info.mock.calls.at(-1)![0]).toContain('Final reviews kept as they are: “Spring review”.');
  });

  it('changes nothing at all when the person cancels', async () => {
    const { commands } = appOpening({ backup: backup() }, ['alternative', 'cancel']);
    await commands.restoreLibrary();
    expect(await store.getReview(spring.id)).toEqual(spring);
    expect(await store.getReview(draft.id)).toEqual(draft);
  });

  it('reopens and updates them when the person agrees', async () => {
    const { commands } = appOpening({ backup: backup() }, ['alternative', 'confirm']);
    await commands.restoreLibrary();
    const stored = await store.getReview(spring.id);
    expect(stored?.answers['leadership-common-vision']?.byWhom).toBe('Jane');
    expect(stored?.status).toBe('draft');
  });

  it('still replaces the whole library, final reviews and all, when the person restores the backup', async () => {
    const { commands, ask } = appOpening({ backup: backup() }, ['confirm']);
    await commands.restoreLibrary();
    expect(ask).toHaveBeenCalledOnce();
    expect((await store.getReview(spring.id))?.answers['leadership-common-vision']?.byWhom).toBe('Jane');
  });
});

describe('an edit from outside the editor (a register’s status)', () => {
  it('is refused for a final review, naming it, and nothing is stored', async () => {
    const { commands } = appOpening({}, []);
    const edited = { ...spring, title: 'Changed' };
    await expect(commands.library.applyEdit(spring, edited)).rejects.toThrow('“Spring review” is final: reopen it to change it.');
    expect(await store.getReview(spring.id)).toEqual(spring);
  });

  it('is stored for a draft', async () => {
    const { commands } = appOpening({}, []);
    await commands.library.applyEdit(draft, { ...draft, title: 'Changed' });
    expect((await store.getReview(draft.id))?.title).toBe('Changed');
  });
});
