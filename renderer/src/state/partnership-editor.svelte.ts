import type { Partnership } from '@shared/model/review.ts';
import type { Side } from '@shared/model/merge-edits.ts';
import { mergeRules, mergeRulesReady } from './merge-rules.ts';
import { fromLines, toLines } from '../review/text.ts';
import { systemClock } from '@shared/clock.ts';
import type { LibraryStore, Versioned } from '../store/library-store.ts';
import type { Autosaver } from './autosave.svelte.ts';
import { SyncedRecord } from './synced.svelte.ts';

export type PartnershipDetails = Pick<Partnership, 'name' | 'partners' | 'notes' | 'reviewIntervalMonths'>;

/** The open partnership's details, autosaved like a review. An empty name stays on screen but is not saved. */
export class PartnershipEditor {
  partnership = $state() as Partnership;
  /** The partner list as typed (one per line), so a half-typed new line is not tidied away under the cursor. */
  partnersText = $state('');
  readonly #saver: Autosaver;
  readonly #now: () => string;
  /** The stored version this tab's edits are based on; saves are compare-and-set against it. */
  readonly synced: SyncedRecord<Partnership>;

  constructor(loaded: Versioned<Partnership>, store: LibraryStore, saver: Autosaver, now = systemClock.now) {
    this.partnership = structuredClone(loaded.value);
    this.partnersText = toLines(loaded.value.partners);
    this.#saver = saver;
    this.#now = now;
    this.synced = new SyncedRecord<Partnership>(
      loaded,
      {
        kind: 'partnership',
        save: (value, base) => store.savePartnership(value, base),
        merge: (base, mine, theirs, choose) => mergeRules().mergePartnershipEdits(base, mine, theirs, choose),
        describe: (c) => mergeRules().describeEditPath(c.path, undefined),
        ready: mergeRulesReady,
      },
      () => $state.snapshot(this.partnership) as Partnership,
      (value) => this.#show(value),
    );
  }

  get key(): string {
    return `partnership:${this.partnership.id}`;
  }

  resolve(choose: Side | ((path: readonly string[]) => Side)): void {
    this.synced.resolve((c) => (typeof choose === 'string' ? choose : choose(c.path)));
    this.#schedule();
  }

  /** Keeps what is on screen of a partnership deleted in another window as a new one (without its reviews). */
  keepCopy(newId: string): string {
    const stamp = this.#now();
    this.#saver.discard(this.key);
    this.partnership = { ...($state.snapshot(this.partnership) as Partnership), id: newId, createdAt: stamp, updatedAt: stamp };
    this.synced.detach($state.snapshot(this.partnership) as Partnership);
    this.#schedule();
    return newId;
  }

  discard(): void {
    this.#saver.discard(this.key);
  }

  #show(value: Partnership): void {
    if (JSON.stringify(value) === JSON.stringify($state.snapshot(this.partnership))) return;
    this.partnership = value;
    this.partnersText = toLines(value.partners);
  }

  setPartnersText(text: string): void {
    this.partnersText = text;
    this.setDetails({ partners: fromLines(text) });
  }

  setDetails(details: Partial<PartnershipDetails>): void {
    Object.assign(this.partnership, details);
    this.partnership.updatedAt = this.#now();
    this.#schedule();
  }

  #schedule(): void {
    this.#saver.schedule(
      this.key,
      () => this.synced.save(),
      () => ({
        kind: 'partnership',
        value: $state.snapshot(this.partnership) as Partnership,
        base: this.synced.base,
        rev: this.synced.rev,
      }),
    );
  }
}
