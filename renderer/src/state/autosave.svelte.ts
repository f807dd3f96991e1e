/** What the header shows about saving; "error" keeps the edit on screen and in memory until a save succeeds. */
export type SaveState =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

import type { Journal, JournalEntry } from './journal.ts';
import { messageOf } from '@shared/message.ts';

type Job = () => Promise<void>;

/** Turns a failed write into words a consultant can act on; the raw cause stays in the console. */
export function describeSaveError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  // Another window's save or delete: worded in full where it is raised, with what the person can do.
  if (name === 'EditConflictError' || name === 'RecordDeletedError') return (error as Error).message;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Not saved: this computer has run out of storage space for the app. Your changes are still on screen – free some space, then choose Retry.';
  }
  if (name === 'AbortError' || inner === 'AbortError' || name === 'AbortErrorError') {
    return 'Not saved: the browser cancelled the save. Your changes are still on screen – choose Retry.';
  }
  const message = messageOf(error);
  return `Not saved: ${message}. Your changes are still on screen – choose Retry.`;
}

/**
 * Debounced, ordered saving. Each key (a review, a partnership) keeps only its latest job, and a job reads the
 * current state when it runs, so a burst of keystrokes costs one write and the write holds the last keystroke.
 * Saves run one at a time so an older write can never land after a newer one.
 */
export class Autosaver {
  state = $state<SaveState>({ kind: 'idle' });
  // Plain Map on purpose: pending jobs are bookkeeping, not something the UI renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #pending = new Map<string, Job>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<void> = Promise.resolve();
  readonly #delayMs: number;
  readonly #onSaved: (() => void)[] = [];
  /** What each key would write, kept until that key's save is confirmed, for the journal. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #unconfirmed = new Map<string, () => JournalEntry>();
  readonly #journal: Journal | null;

  constructor(delayMs = 300, journal: Journal | null = null) {
    this.#delayMs = delayMs;
    this.#journal = journal;
  }

  get hasUnsaved(): boolean {
    return this.#pending.size > 0 || this.state.kind === 'saving' || this.state.kind === 'error';
  }

  /** Called after each run of saves that all succeeded (the daily rolling backup listens for the day's first change). */
  onSaved(listener: () => void): void {
    this.#onSaved.push(listener);
  }

  /** `entry` snapshots what the job writes, so the journal can keep it if the page goes away before it lands. */
  schedule(key: string, job: Job, entry?: () => JournalEntry): void {
    this.#pending.set(key, job);
    if (entry) this.#unconfirmed.set(key, entry);
    if (this.state.kind !== 'error') this.state = { kind: 'pending' };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delayMs);
  }

  /** Whether `key` has an edit not yet confirmed as saved (queued, saving, or failed). */
  isUnconfirmed(key: string): boolean {
    return this.#unconfirmed.has(key) || this.#pending.has(key);
  }

  /** Drops `key`'s queued edit: only after the person chose "Discard my unsaved changes". */
  discard(key: string): void {
    this.#pending.delete(key);
    this.#unconfirmed.delete(key);
    this.journalUnconfirmed();
    if (this.#pending.size === 0 && this.state.kind !== 'saving') this.state = { kind: 'idle' };
  }

  /** Copies every edit not yet confirmed as saved into the journal, synchronously (for pagehide). */
  journalUnconfirmed(): void {
    this.#journal?.write([...this.#unconfirmed.values()].map((entry) => entry()));
  }

  /** Runs every pending save now (page hide, navigation, Retry); resolves when they have all finished. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending.size === 0) return this.#chain;
    const jobs = [...this.#pending.entries()];
    this.#pending.clear();
    this.#chain = this.#chain.then(() => this.#run(jobs));
    return this.#chain;
  }

  async #run(jobs: [string, Job][]): Promise<void> {
    this.state = { kind: 'saving' };
    let failure: unknown = null;
    for (const [key, job] of jobs) {
      try {
        await job();
        // Confirmed, unless a newer edit of the same record is already waiting.
        if (!this.#pending.has(key)) this.#unconfirmed.delete(key);
      } catch (error) {
        console.error('Save failed', error);
        failure = error;
        // Keep the job unless a newer edit has replaced it, so Retry saves exactly what is on screen.
        if (!this.#pending.has(key)) this.#pending.set(key, job);
      }
    }
    if (failure) this.state = { kind: 'error', message: describeSaveError(failure) };
    else if (this.#pending.size === 0) this.state = { kind: 'saved' };
    else this.state = { kind: 'pending' };
    if (!failure && this.#unconfirmed.size === 0) this.#journal?.clear();
    if (!failure) for (const listener of this.#onSaved) listener();
  }
}
