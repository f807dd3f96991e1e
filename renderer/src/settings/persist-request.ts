import type { StorageManagerLike, StorageStatus } from '../state/storage-status.svelte.ts';

/**
 * Asks again, because the person chose to: the browser may now say yes (Chromium grants it to an installed or
 * often-used app without a prompt; Firefox asks the person). Never throws. Here rather than on StorageStatus, which
 * the start-up bundle carries for the start-up request: only Settings asks again.
 */
export async function askPersistence(
  status: StorageStatus,
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<void> {
  if (!storage?.persist) {
    status.request = 'unsupported';
    return;
  }
  status.request = 'asking';
  try {
    if (await storage.persisted()) {
      status.persistence = 'granted';
      status.request = 'already';
      return;
    }
    const granted = await storage.persist();
    status.persistence = granted ? 'granted' : 'not-granted';
    status.request = granted ? 'granted' : 'refused';
  } catch {
    status.request = 'failed';
  }
}
