import { messageOf } from '@shared/message.ts';

/**
 * The browser build as an installed, offline app: registers the service worker the build emits (build/pwa.ts),
 * reports whether the app is installed and ready offline, and offers — never forces — a new version.
 *
 * The registration code (workbox-window) is imported after the first paint, so it costs the start-up bundle nothing;
 * the desktop shell, which serves the app from app:// and updates through its installer, never registers a worker.
 */

/** What the page can tell us about itself; a port so unit tests can drive every state without a browser. */
export interface OfflineHost {
  /** False in the desktop shell, in the dev server and where the browser has no service workers. */
  canRegister: boolean;
  /** Whether the page runs as an installed app (display-mode standalone) rather than in a browser tab. */
  isInstalled(): boolean;
  /** Saves what is still in the autosave's debounce or queue; awaited before any reload for an update. */
  flush(): Promise<void>;
  register(events: WorkerEvents): Promise<WorkerControl>;
}

export interface WorkerEvents {
  /** Every file is precached: the next start works with no network. */
  offlineReady(): void;
  /** A new version is installed and waiting. */
  updateWaiting(): void;
  /** The new version took control: the page must reload to run it. */
  controlling(): void;
}

export interface WorkerControl {
  /** Asks the waiting worker to take over (it then reports `controlling`). */
  activateUpdate(): void;
  /** Looks for a new version now (the browser also checks on its own when the app is opened). */
  checkForUpdate(): Promise<void>;
}

export type OfflineStatus = 'unsupported' | 'registering' | 'ready' | 'failed';

export class OfflineApp {
  status = $state<OfflineStatus>('registering');
  updateReady = $state(false);
  installed = $state(false);
  error = $state<string | null>(null);
  #control: WorkerControl | null = null;
  #reloading = false;
  /** A newer worker already controls this page (another tab chose Reload first): no further controlling event will come. */
  #newerInControl = false;

  constructor(
    private readonly host: OfflineHost,
    private readonly reload: () => void,
  ) {}

  async start(): Promise<void> {
    this.installed = this.host.isInstalled();
    if (!this.host.canRegister) {
      this.status = 'unsupported';
      return;
    }
    try {
      this.#control = await this.host.register({
        offlineReady: () => (this.status = 'ready'),
        updateWaiting: () => (this.updateReady = true),
        controlling: () => {
          this.#newerInControl = true;
          if (this.#reloading) this.reload();
        },
      });
    } catch (error) {
      this.status = 'failed';
      this.error = messageOf(error);
    }
  }

  /** "Reload" on the update notice: everything typed is saved first, then the new version takes over and loads. */
  async applyUpdate(): Promise<void> {
    if (!this.#control) return;
    await this.host.flush();
    if (this.#newerInControl) {
      this.reload();
      return;
    }
    this.#reloading = true;
    this.#control.activateUpdate();
  }

  checkForUpdate(): Promise<void> {
    return this.#control?.checkForUpdate() ?? Promise.resolve();
  }
}
