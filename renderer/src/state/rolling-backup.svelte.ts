import type { Bridge } from '@shared/bridge/contract.ts';
import type { LibrarySnapshot } from '@shared/files/bundle.ts';
import { messageOf } from '@shared/message.ts';

/** What Settings says about the desktop app's automatic backups; failures are shown there, never as pop-ups. */
export type RollingBackupStatus =
  | { kind: 'unsupported' }
  | { kind: 'waiting' }
  | { kind: 'running' }
  | { kind: 'done'; day: string; kept: number }
  | { kind: 'failed'; day: string; message: string };

/** Where the day of the last successful backup is remembered across restarts (localStorage in the app). */
export interface DayMemory {
  get(): string | null;
  set(day: string): void;
}

export interface RollingBackupDeps {
  bridge: Pick<Bridge, 'library:rollingBackup'>;
  snapshot: () => Promise<LibrarySnapshot>;
  /** The local calendar day, yyyy-mm-dd: a backup belongs to the consultant's day, not UTC's. */
  today: () => string;
  memory: DayMemory;
}

export function localStorageMemory(key = 'partnership-review.rolling-backup.day'): DayMemory {
  return {
    get: () => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set: (day) => {
      try {
        localStorage.setItem(key, day);
      } catch {
        // Forgetting only means one extra backup on the next start.
      }
    },
  };
}

/**
 * One automatic backup of the whole library per day on the desktop app (the main process keeps the last 10 days):
 * at start-up, and after the first saved change of a day that began while the app was open. A failed attempt is not
 * repeated until the next start-up or the next day, so a broken disk does not cost a snapshot on every keystroke.
 */
export class RollingBackup {
  status = $state<RollingBackupStatus>({ kind: 'waiting' });
  #desktop = false;
  #attemptedDay: string | null = null;
  #running: Promise<void> | null = null;
  readonly #deps: RollingBackupDeps;

  constructor(deps: RollingBackupDeps) {
    this.#deps = deps;
  }

  /** Call once at start-up with the shell from app:info; the browser has no data folder to keep backups in. */
  start(shell: 'electron' | 'browser'): Promise<void> {
    this.#desktop = shell === 'electron';
    if (!this.#desktop) {
      this.status = { kind: 'unsupported' };
      return Promise.resolve();
    }
    return this.#maybeRun();
  }

  /** Call after each successful save. */
  afterChange(): Promise<void> {
    return this.#desktop ? this.#maybeRun() : Promise.resolve();
  }

  #maybeRun(): Promise<void> {
    const day = this.#deps.today();
    if (this.#running) return this.#running;
    if (this.#deps.memory.get() === day || this.#attemptedDay === day) return Promise.resolve();
    this.#attemptedDay = day;
    this.#running = this.#run(day).finally(() => (this.#running = null));
    return this.#running;
  }

  async #run(day: string): Promise<void> {
    this.status = { kind: 'running' };
    try {
      const library = await this.#deps.snapshot();
      const result = await this.#deps.bridge['library:rollingBackup']({ library });
      if (result.ok) {
        this.#deps.memory.set(day);
        this.status = { kind: 'done', day, kept: result.value.kept };
      } else {
        this.status = { kind: 'failed', day, message: result.error.message };
      }
    } catch (error) {
      this.status = { kind: 'failed', day, message: messageOf(error) };
    }
  }
}
