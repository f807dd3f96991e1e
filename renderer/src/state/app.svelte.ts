import type { Bridge } from '../../../shared/bridge/contract.ts';
import { systemClock, type Clock } from '../../../shared/clock.ts';
import type { Partnership, Review } from '../../../shared/model/review.ts';
import type { DamagedRecord, LibraryStore, PartnershipListing } from '../store/library-store.ts';
import { Autosaver } from './autosave.svelte.ts';
import { Dialogs, Notices } from './dialogs.svelte.ts';
import { PartnershipEditor } from './partnership-editor.svelte.ts';
import { ReviewEditor } from './review-editor.svelte.ts';
import { Router, type View } from './router.svelte.ts';
import { messageOf } from '../../../shared/message.ts';

/** Everything the UI shows, loaded for the current view. Components read it; commands change it. */
export class AppState {
  readonly router = new Router();
  readonly saver: Autosaver;
  readonly dialogs = new Dialogs();
  readonly notices = new Notices();

  listings = $state<PartnershipListing[]>([]);
  damaged = $state<DamagedRecord[]>([]);
  partnership = $state<PartnershipEditor | null>(null);
  reviews = $state<Review[]>([]);
  editor = $state<ReviewEditor | null>(null);
  loading = $state(true);
  loadError = $state<string | null>(null);
  #token = 0;

  constructor(
    readonly store: LibraryStore,
    readonly bridge: Bridge,
    saver = new Autosaver(),
    /** The one clock of the renderer: commands, editors and the comparison read the day and the instant here. */
    readonly clock: Clock = systemClock,
  ) {
    this.saver = saver;
  }

  /** The partnership in context (shown, or owning the review shown), for commands such as "New review". */
  get contextPartnership(): Partnership | null {
    return this.partnership?.partnership ?? null;
  }

  /** Loads what `view` needs. Pending saves go first, so the next view reads what the person just typed. */
  async load(view: View): Promise<void> {
    const token = ++this.#token;
    this.loading = true;
    this.loadError = null;
    try {
      await this.saver.flush();
      if (view.name === 'settings') {
        this.partnership = null;
        this.editor = null;
      } else if (view.name === 'library') {
        const listed = await this.store.listPartnerships();
        if (token !== this.#token) return;
        this.listings = listed.items;
        this.damaged = listed.damaged;
        this.partnership = null;
        this.editor = null;
      } else if (view.name === 'partnership' || view.name === 'compare') {
        await this.#loadPartnership(view.partnershipId, token);
        if (token === this.#token) this.editor = null;
      } else {
        const review = await this.store.getReview(view.reviewId);
        if (token !== this.#token) return;
        if (!review) throw new Error('This review is not in the library (it may have been deleted).');
        if (this.editor?.review.id !== review.id) {
          await this.#loadPartnership(review.partnershipId, token);
          if (token !== this.#token || !this.partnership) return;
          this.editor = new ReviewEditor(review, this.partnership.partnership, this.store, this.saver, this.clock.now);
        }
      }
    } catch (error) {
      if (token === this.#token) this.loadError = messageOf(error);
    } finally {
      if (token === this.#token) this.loading = false;
    }
  }

  /** Reloads the current view's data after a command changed the library behind it. */
  refresh(): Promise<void> {
    if (this.router.view.name === 'review') this.editor = null;
    return this.load(this.router.view);
  }

  async #loadPartnership(id: string, token: number): Promise<void> {
    const [partnership, reviews] = await Promise.all([this.store.getPartnership(id), this.store.listReviews(id)]);
    if (token !== this.#token) return;
    if (!partnership) throw new Error('This partnership is not in the library (it may have been deleted).');
    if (this.partnership?.partnership.id !== id) this.partnership = new PartnershipEditor(partnership, this.store, this.saver, this.clock.now);
    this.reviews = reviews.items;
    this.damaged = reviews.damaged;
  }
}
