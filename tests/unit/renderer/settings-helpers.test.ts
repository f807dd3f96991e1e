import { describe, expect, it } from 'vitest';
import { Router } from '../../../renderer/src/state/router.svelte.ts';
import { StorageStatus } from '../../../renderer/src/state/storage-status.svelte.ts';
import { askPersistence } from '../../../renderer/src/settings/persist-request.ts';

describe('"Keep my data safe on this computer"', () => {
  const storage = (persisted: boolean, persist: boolean | Error) => ({
    persisted: async () => persisted,
    persist: async () => {
      if (persist instanceof Error) throw persist;
      return persist;
    },
    estimate: async () => ({}),
  });

  it('says granted, refused or already granted, as the browser answered', async () => {
    const cases = [
      [storage(false, true), 'granted', 'granted'],
      [storage(false, false), 'refused', 'not-granted'],
      [storage(true, false), 'already', 'granted'],
    ] as const;
    for (const [browser, request, persistence] of cases) {
      const status = new StorageStatus();
      await askPersistence(status, browser);
      expect([status.request, status.persistence]).toEqual([request, persistence]);
    }
  });

  it('never throws: a browser without the API, or one that fails, is said so', async () => {
    const none = new StorageStatus();
    await askPersistence(none, undefined);
    expect(none.request).toBe('unsupported');
    const failing = new StorageStatus();
    await askPersistence(failing, storage(false, new Error('no')));
    expect(failing.request).toBe('failed');
  });
});

describe('the router remembers where the person was', () => {
  it('keeps the view before the current one, and none at start', () => {
    const router = new Router();
    expect(router.previous).toBeNull();
    router.go({ name: 'partnership', partnershipId: 'p1' });
    router.go({ name: 'settings' });
    expect(router.previous).toEqual({ name: 'partnership', partnershipId: 'p1' });
    // Going to the same place again is not a move.
    router.go({ name: 'settings' });
    expect(router.previous).toEqual({ name: 'partnership', partnershipId: 'p1' });
  });
});
