/** Whether the browser promised not to evict the library under storage pressure, and how much room it uses. */
export type Persistence = 'granted' | 'not-granted' | 'unsupported' | 'unknown';

/** What came of the person pressing "Keep my data safe on this computer" (Settings says each in plain words). */
export type PersistRequest = 'asking' | 'granted' | 'already' | 'refused' | 'unsupported' | 'failed';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export class StorageStatus {
  persistence = $state<Persistence>('unknown');
  /** The answer to the person's own request, null until they make one. */
  request = $state<PersistRequest | null>(null);
  usage = $state<number | null>(null);
  quota = $state<number | null>(null);

  /**
   * Asks for persistent storage once at start-up (an unpersisted origin's IndexedDB can be evicted when the disk
   * fills), then reads the estimate. Never throws: Settings shows what could be learnt.
   */
  async start(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<void> {
    if (!storage?.persist) {
      this.persistence = 'unsupported';
    } else {
      try {
        const granted = (await storage.persisted()) || (await storage.persist());
        this.persistence = granted ? 'granted' : 'not-granted';
      } catch {
        this.persistence = 'unknown';
      }
    }
    await this.refreshEstimate(storage);
  }

  /**
   * Asks again, because the person chose to: the browser may now say yes (Chromium grants it to an installed or
   * often-used app without a prompt; Firefox asks the person). Never throws.
   */
  async ask(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<void> {
    if (!storage?.persist) {
      this.request = 'unsupported';
      return;
    }
    this.request = 'asking';
    try {
      if (await storage.persisted()) {
        this.persistence = 'granted';
        this.request = 'already';
        return;
      }
      const granted = await storage.persist();
      this.persistence = granted ? 'granted' : 'not-granted';
      this.request = granted ? 'granted' : 'refused';
    } catch {
      this.request = 'failed';
    }
  }

  async refreshEstimate(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<void> {
    try {
      const estimate = await storage?.estimate?.();
      this.usage = estimate?.usage ?? null;
      this.quota = estimate?.quota ?? null;
    } catch {
      this.usage = this.quota = null;
    }
  }
}

/** "3.2 MB" – sizes as people read them (decimal units, as operating systems show disk space). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
