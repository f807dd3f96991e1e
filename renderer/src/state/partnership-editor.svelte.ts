import type { Partnership } from '../../../shared/model/review.ts';
import { fromLines, toLines } from '../review/text.ts';
import { systemClock } from '../../../shared/clock.ts';
import type { LibraryStore } from '../store/library-store.ts';
import type { Autosaver } from './autosave.svelte.ts';

export type PartnershipDetails = Pick<Partnership, 'name' | 'partners' | 'notes'>;

/** The open partnership's details, autosaved like a review. An empty name stays on screen but is not saved. */
export class PartnershipEditor {
  partnership = $state() as Partnership;
  /** The partner list as typed (one per line), so a half-typed new line is not tidied away under the cursor. */
  partnersText = $state('');
  readonly #store: LibraryStore;
  readonly #saver: Autosaver;
  readonly #now: () => string;

  constructor(partnership: Partnership, store: LibraryStore, saver: Autosaver, now = systemClock.now) {
    this.partnership = partnership;
    this.partnersText = toLines(partnership.partners);
    this.#store = store;
    this.#saver = saver;
    this.#now = now;
  }

  setPartnersText(text: string): void {
    this.partnersText = text;
    this.setDetails({ partners: fromLines(text) });
  }

  setDetails(details: Partial<PartnershipDetails>): void {
    Object.assign(this.partnership, details);
    this.partnership.updatedAt = this.#now();
    this.#saver.schedule(
      `partnership:${this.partnership.id}`,
      () => this.#store.putPartnership($state.snapshot(this.partnership) as Partnership),
      () => ({ kind: 'partnership', value: $state.snapshot(this.partnership) as Partnership }),
    );
  }
}
