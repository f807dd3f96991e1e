import type { Bridge, OutputOf } from '@shared/bridge/contract.ts';
import type { OfflineApp } from '../pwa/offline-app.svelte.ts';
import { systemClock } from '@shared/clock.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { RollingBackup, localStorageMemory, type DayMemory } from './rolling-backup.svelte.ts';
import { StorageStatus } from './storage-status.svelte.ts';

export type AppInfo = OutputOf<'app:info'>;

/** What the Settings view shows, gathered at start-up: the shell, storage persistence and the automatic backups. */
export class Settings {
  info = $state<AppInfo | null>(null);
  infoError = $state<string | null>(null);
  readonly storage = new StorageStatus();
  readonly backup: RollingBackup;
  /** The browser build's offline install (service worker); set by main.ts once registration starts. */
  offline = $state<OfflineApp | null>(null);
  readonly #bridge: Pick<Bridge, 'app:info'>;

  constructor(
    bridge: Pick<Bridge, 'app:info' | 'library:rollingBackup'>,
    store: Pick<LibraryStore, 'snapshot'>,
    memory: DayMemory = localStorageMemory(),
  ) {
    this.#bridge = bridge;
    this.backup = new RollingBackup({ bridge, snapshot: () => store.snapshot(), today: systemClock.today, memory });
  }

  async start(): Promise<void> {
    const storage = this.storage.start();
    const info = await this.#bridge['app:info']({});
    if (info.ok) this.info = info.value;
    else this.infoError = info.error.message;
    await Promise.all([storage, this.backup.start(this.info?.shell ?? 'browser')]);
  }
}
