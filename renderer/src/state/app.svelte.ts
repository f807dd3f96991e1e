import type { Bridge } from '@shared/bridge/contract.ts';
import { systemClock, type Clock } from '@shared/clock.ts';
import { messageOf } from '@shared/message.ts';
import type { Partnership, Review } from '@shared/model/review.ts';
import type { DamagedRecord, LibraryStore, Listed, PartnershipList, PartnershipListing, StoreChange } from '../store/library-store.ts';
import { Autosaver } from './autosave.svelte.ts';
import { Dialogs, Notices } from './dialogs.svelte.ts';
import type { PartnershipEditor } from './partnership-editor.svelte.ts';
import type { ReviewEditor } from './review-editor.svelte.ts';
import { Router, type View } from './router.svelte.ts';

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
  /**
   * Editors whose record has an edit not yet confirmed as saved (queued, or a failed save). Every view of such a
   * record shows this version, not the stored one, until a save or an explicit discard: leaving the review and
   * coming back reopens the same editor, and the partnership page lists its unsaved title and date.
   */
  // Plain Maps on purpose: bookkeeping, never rendered directly.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #reviewEditors = new Map<string, ReviewEditor>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #partnershipEditors = new Map<string, PartnershipEditor>();

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
      this.#forgetConfirmed();
      if (view.name === 'settings' || view.name === 'actions') {
        this.partnership = null;
        this.editor = null;
      } else if (view.name === 'library') {
        const listed = await this.store.listPartnerships();
        if (token !== this.#token) return;
        this.#showListing(listed);
        this.partnership = null;
        this.editor = null;
        void this.#recount(listed, token);
      } else if (view.name === 'partnership' || view.name === 'compare') {
        await this.#loadPartnership(view.partnershipId, token);
        if (token === this.#token) this.editor = null;
      } else {
        const kept = this.#unconfirmedReview(view.reviewId);
        const loaded = kept ? undefined : await this.store.loadReview(view.reviewId);
        if (token !== this.#token) return;
        if (!kept && !loaded) throw new Error('This review is not in the library (it may have been deleted).');
        const partnershipId = kept?.review.partnershipId ?? loaded!.value.partnershipId;
        if (this.editor?.review.id !== view.reviewId || this.partnership?.partnership.id !== partnershipId) {
          // The review editor's code is fetched the first time a review opens, alongside the partnership.
          const editorCode = kept ? undefined : import('./review-editor.svelte.ts');
          editorCode?.catch(() => {}); // a failed fetch is reported where it is awaited below
          await this.#loadPartnership(partnershipId, token);
          if (token !== this.#token || !this.partnership) return;
          const partnership = this.partnership.partnership;
          const ReviewEditorClass = editorCode ? (await editorCode).ReviewEditor : undefined;
          if (token !== this.#token) return;
          const editor = kept ?? new ReviewEditorClass!(loaded!, partnership, this.store, this.saver, this.clock.now);
          this.#reviewEditors.set(view.reviewId, editor);
          this.editor = editor;
        }
      }
    } catch (error) {
      if (token === this.#token) this.loadError = messageOf(error);
    } finally {
      if (token === this.#token) this.loading = false;
    }
  }

  #showListing(listed: Listed<PartnershipListing>): void {
    this.listings = listed.items.map((l) => ({
      ...l,
      partnership: this.#unconfirmedPartnership(l.partnership.id)?.partnership ?? l.partnership,
    }));
    this.damaged = listed.damaged;
  }

  /**
   * Once the library list shows: whether it accounts for every stored review (recountPartnerships). If not, the list
   * worked out from every record replaces it and names the damaged ones, unless the person has moved on meanwhile.
   */
  async #recount(listed: PartnershipList, token: number): Promise<void> {
    try {
      const fuller = await this.store.recountPartnerships(listed);
      if (fuller && token === this.#token) this.#showListing(fuller);
    } catch (error) {
      if (token === this.#token) this.loadError = messageOf(error);
    }
  }

  /** Reloads the current view's data after a command changed the library behind it. */
  refresh(): Promise<void> {
    if (this.router.view.name === 'review' || this.router.view.name === 'workshop') this.editor = null;
    return this.load(this.router.view);
  }

  /**
   * Another tab saved or deleted something. Lists are reloaded; an open record with no unsaved edit shows the new
   * version, one with an unsaved edit merges it in (or asks), and one deleted there says so.
   */
  async externalChange(change: StoreChange): Promise<void> {
    const touches = (table: 'reviews' | 'partnerships', id: string | undefined) =>
      change.table === '*' || (change.table === table && change.id === id);
    const partnership = this.partnership;
    if (partnership && touches('partnerships', partnership.partnership.id)) {
      await partnership.synced.refresh(
        await this.store.loadPartnership(partnership.partnership.id),
        this.saver.isUnconfirmed(partnership.key),
      );
    }
    const editor = this.editor;
    if (editor && touches('reviews', editor.review.id)) {
      await editor.synced.refresh(await this.store.loadReview(editor.review.id), this.saver.isUnconfirmed(editor.key));
    }
    const view = this.router.view;
    if (view.name === 'library') {
      const token = this.#token;
      const listed = await this.store.listPartnerships();
      this.#showListing(listed);
      void this.#recount(listed, token);
    } else if ((view.name === 'partnership' || view.name === 'compare') && partnership && !partnership.synced.deleted) {
      const listed = await this.store.listReviews(partnership.partnership.id);
      this.reviews = listed.items.map((r) => this.#unconfirmedReview(r.id)?.review ?? r);
      this.damaged = listed.damaged;
    }
  }

  /** "Discard my unsaved changes" (confirmed by the caller): the stored version is shown again. */
  async discard(editor: ReviewEditor | PartnershipEditor): Promise<void> {
    editor.discard();
    this.#forgetConfirmed();
    if (editor === this.editor) this.editor = null;
    if (editor === this.partnership) this.partnership = null;
    await this.load(this.router.view);
  }

  #unconfirmedReview(id: string): ReviewEditor | undefined {
    const editor = this.#reviewEditors.get(id);
    return editor && this.saver.isUnconfirmed(editor.key) ? editor : undefined;
  }

  #unconfirmedPartnership(id: string): PartnershipEditor | undefined {
    const editor = this.#partnershipEditors.get(id);
    return editor && this.saver.isUnconfirmed(editor.key) ? editor : undefined;
  }

  #forgetConfirmed(): void {
    for (const [id, editor] of this.#reviewEditors)
      if (editor !== this.editor && !this.saver.isUnconfirmed(editor.key)) this.#reviewEditors.delete(id);
    for (const [id, editor] of this.#partnershipEditors)
      if (editor !== this.partnership && !this.saver.isUnconfirmed(editor.key)) this.#partnershipEditors.delete(id);
  }

  async #loadPartnership(id: string, token: number): Promise<void> {
    const kept = this.#unconfirmedPartnership(id);
    // The editor's code is fetched with the first partnership opened, keeping it out of start-up (as the review's).
    const [loaded, reviews, editorCode] = await Promise.all([
      kept ? undefined : this.store.loadPartnership(id),
      this.store.listReviews(id),
      kept ? undefined : import('./partnership-editor.svelte.ts'),
    ]);
    if (token !== this.#token) return;
    if (!kept && !loaded) throw new Error('This partnership is not in the library (it may have been deleted).');
    if (this.partnership?.partnership.id !== id) {
      const editor = kept ?? new editorCode!.PartnershipEditor(loaded!, this.store, this.saver, this.clock.now);
      this.#partnershipEditors.set(id, editor);
      this.partnership = editor;
    }
    this.reviews = reviews.items.map((r) => this.#unconfirmedReview(r.id)?.review ?? r);
    this.damaged = reviews.damaged;
  }
}
