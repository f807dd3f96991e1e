/** Whether the browser promised not to evict the library under storage pressure, and how much room it uses. */
export type Persistence = 'granted' | 'not-granted' | 'unsupported' | 'unknown';

/** What came of the person pressing "Keep my data safe on this computer" (Settings says each in plain words). */
export type PersistRequest = 'asking' | 'granted' | 'already' | 'refused' | 'unsupported' | 'failed';

export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

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
