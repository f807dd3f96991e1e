import { describe, expect, it } from 'vitest';
import { mergePartnershipEdits } from '@shared/model/merge-edits.ts';
import { newPartnership } from '@shared/model/factories.ts';
import type { Partnership } from '@shared/model/review.ts';
import type { Versioned, WriteOutcome } from '../../../renderer/src/store/library-store.ts';
import { SyncedRecord } from '../../../renderer/src/state/synced.svelte.ts';

const base = newPartnership({ id: '00000000-0000-4000-8000-000000000001', now: '2026-03-01T10:00:00.000Z' }, { name: 'Riverside' });

/** A plain fake of the store's compare-and-set, holding one record. */
function fakeStore(initial: Versioned<Partnership> | undefined) {
  let held = initial;
  return {
    get held() {
      return held;
    },
    set(next: Versioned<Partnership> | undefined) {
      held = next;
    },
    async save(value: Partnership, rev: number): Promise<WriteOutcome<Partnership>> {
      if (!held) return { status: 'deleted' };
      if (held.rev !== rev) return { status: 'stale', current: held };
      held = { value: structuredClone(value), rev: rev + 1 };
      return { status: 'saved', rev: rev + 1 };
    },
  };
}

function setup() {
  const store = fakeStore({ value: base, rev: 1 });
  let screen = structuredClone(base);
  const synced = new SyncedRecord<Partnership>(
    { value: base, rev: 1 },
    { kind: 'partnership', save: (v, r) => store.save(v, r), merge: mergePartnershipEdits, describe: (c) => c.path.join('.') },
    () => structuredClone(screen),
    (v) => (screen = v),
  );
  return { store, synced, edit: (patch: Partial<Partnership>) => (screen = { ...screen, ...patch }), screen: () => screen };
}

describe('SyncedRecord', () => {
  it('merges another window’s save of other fields, shows it and stores both', async () => {
    const { store, synced, edit, screen } = setup();
    store.set({ value: { ...base, notes: 'From the other window' }, rev: 2 });
    edit({ name: 'Renamed here' });
    await synced.save();
    expect(store.held).toEqual({ value: { ...base, name: 'Renamed here', notes: 'From the other window' }, rev: 3 });
    expect(screen().notes).toBe('From the other window');
  });

  it('holds an overlapping edit: nothing stored, mine on screen, theirs kept until the person chooses', async () => {
    const { store, synced, edit, screen } = setup();
    store.set({ value: { ...base, name: 'Theirs' }, rev: 2 });
    edit({ name: 'Mine' });
    await expect(synced.save()).rejects.toThrow('this partnership was changed in another window (name)');
    expect(store.held!.value.name).toBe('Theirs');
    expect(screen().name).toBe('Mine');
    expect(synced.conflict?.theirs.name).toBe('Theirs');
    await expect(synced.save()).rejects.toThrow(/changed in another window/);
    synced.resolve(() => 'theirs');
    expect(screen().name).toBe('Theirs');
    await synced.save();
    expect(store.held).toMatchObject({ value: { name: 'Theirs' }, rev: 3 });
  });

  it('never re-creates a record deleted elsewhere', async () => {
    const { store, synced, edit } = setup();
    store.set(undefined);
    edit({ name: 'Late' });
    await expect(synced.save()).rejects.toThrow('this partnership was deleted in another window');
    expect(synced.deleted).toBe(true);
    expect(store.held).toBeUndefined();
  });

  it('shows another window’s save at once when nothing here is unsaved', () => {
    const { synced, screen } = setup();
    synced.refresh({ value: { ...base, notes: 'New' }, rev: 2 }, false);
    expect(screen().notes).toBe('New');
    expect(synced.rev).toBe(2);
  });
});
