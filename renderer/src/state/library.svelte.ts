import type { Side } from '@shared/model/merge-edits.ts';
import { loadMergeRules, mergeRules } from './merge-rules.ts';
import type { Partnership, Review } from '@shared/model/review.ts';
import type { LibrarySnapshot } from '@shared/files/bundle.ts';
import { NEW_RECORD, type ReplaceOutcome, type WriteOutcome } from '../store/library-store.ts';
import type { MergeOutcome } from './lazy-merge.ts';
import type { AppState } from './app.svelte.ts';
import type { PartnershipEditor } from './partnership-editor.svelte.ts';
import type { ReviewEditor } from './review-editor.svelte.ts';

/**
 * The one writer of the library in the renderer. Every create, delete, merge (restore, open a review file), import,
 * copy and conflict choice goes through here:
 * it flushes the autosaver first (so a queued edit is never overtaken), writes through the store by
 * compare-and-set, refreshes the lists, and words a refused write one way. (Edits of an open record are autosaved
 * by its editor's SyncedRecord, which uses the same compare-and-set.)
 */
export class Library {
  constructor(
    private readonly app: AppState,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /**
   * Merges a backup or a review file in by id (newer wins; nothing duplicated, nothing absent deleted). The store
   * moves every written record's revision on, so another window holding one of them merges instead of overwriting.
   * A final review is read-only: it is updated only if its id is in `reopen` (the person agreed to reopen it when
   * asked about lazy-merge.ts `finalChangedBy`), and then comes back as a draft; any other final review the file
   * would change is kept as it is.
   */
  async merge(snapshot: LibrarySnapshot, reopen: readonly string[] = []): Promise<MergeOutcome> {
    await this.app.saver.flush();
    return (await loadMergeRules()).mergeInto(this.app.store, snapshot, reopen);
  }

  /** Replaces the whole library with a backup (the person confirmed, and the current library was backed up first). */
  async replace(snapshot: LibrarySnapshot): Promise<ReplaceOutcome> {
    await this.app.saver.flush();
    return this.app.store.replace(snapshot);
  }

  /** Stores a record this tab just made; an id already taken is refused, never overwritten. */
  async createPartnership(partnership: Partnership): Promise<void> {
    await this.app.saver.flush();
    this.#expectSaved(await this.app.store.savePartnership(partnership, NEW_RECORD), 'partnership', partnership.name);
    this.#showSaved();
  }

  async createReview(review: Review): Promise<void> {
    await this.app.saver.flush();
    this.#expectSaved(await this.app.store.saveReview(review, NEW_RECORD), 'review', review.title);
    this.#showSaved();
  }

  /** Updates a stored review from outside its editor (an import the person confirmed), based on revision `base`. */
  async updateReview(review: Review, base: number): Promise<void> {
    await this.app.saver.flush();
    this.#expectSaved(await this.app.store.saveReview(review, base), 'review', review.title);
  }

  /**
   * Stores one edit made outside an editor (e.g. an action's status in the comparison's register) to a review this
   * tab listed as `base`: merged field by field into whatever is stored now, so another window's edits survive.
   * The edit was chosen by the person just now, so it wins a field both changed. Returns the stored review. A final
   * review is refused, with the reason as the error's message.
   */
  async applyEdit(base: Review, edited: Review): Promise<Review> {
    await this.app.saver.flush();
    const { mergeOutsideEdit } = await loadMergeRules();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const stored = await this.app.store.loadReview(edited.id);
      if (!stored) throw new Error(`Could not save the review “${edited.title}”: it was deleted in another window.`);
      const merged = mergeOutsideEdit(base, edited, stored.value);
      const outcome = await this.app.store.saveReview(merged, stored.rev);
      if (outcome.status === 'saved') return merged;
    }
    throw new Error(`Could not save the review “${edited.title}”: another window keeps saving it at the same moment.`);
  }

  async deletePartnership(id: string): Promise<void> {
    await this.app.saver.flush();
    await this.app.store.deletePartnership(id);
  }

  async deleteReview(id: string): Promise<void> {
    await this.app.saver.flush();
    await this.app.store.deleteReview(id);
  }

  /** The person chose, per field or as a whole, between this window's edit and another window's. */
  resolve(editor: ReviewEditor | PartnershipEditor, choose: Side | ((path: readonly string[]) => Side)): void {
    editor.resolve(choose);
  }

  /** Keeps what is on screen of a record deleted in another window, as a new record. */
  keepCopy(editor: ReviewEditor | PartnershipEditor): void {
    const id = editor.keepCopy(this.newId());
    if ('review' in editor) this.app.router.go({ name: 'review', reviewId: id, tab: 'grid' });
    else this.app.router.go({ name: 'partnership', partnershipId: id });
    this.app.notices.info('Kept as a copy; it is being saved.');
  }

  /** "Discard my unsaved changes", after a confirmation: the stored version (if any) is shown again. */
  async discardChanges(editor: ReviewEditor | PartnershipEditor): Promise<void> {
    const choice = await this.app.dialogs.ask({
      title: 'Discard your unsaved changes?',
      message: 'The changes on screen that have not been saved will be lost, and the saved version shown instead. This cannot be undone.',
      confirmLabel: 'Discard changes',
      danger: true,
    });
    if (choice !== 'confirm') return;
    const gone = editor.synced.deleted;
    await this.app.discard(editor);
    if (gone) this.app.router.go({ name: 'library' });
  }

  /** Words a field of a conflict for the person: "1.2 Action Needed", "the title". Only a conflict has such fields, so the merge rules are loaded. */
  describe(editor: ReviewEditor | PartnershipEditor, path: readonly string[]): string {
    return mergeRules().describeEditPath(path, 'instrument' in editor ? editor.instrument : undefined);
  }

  /** A conflicting value in words: a rating by its label, an empty field as "(empty)". */
  show(editor: ReviewEditor | PartnershipEditor, value: unknown): string {
    if (value === null || value === undefined || value === '') return '(empty)';
    if (Array.isArray(value)) return value.join(', ') || '(empty)';
    const level = 'instrument' in editor ? editor.instrument.ratingLevels.find((l) => l.id === value) : undefined;
    if (level) return level.label;
    if (value === 'tick') return '✓';
    if (value === 'cross') return '✗';
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  /** A new record is written at once, not autosaved: the header says Saved all the same (unless an edit is still queued or failed). */
  #showSaved(): void {
    if (this.app.saver.state.kind === 'idle') this.app.saver.state = { kind: 'saved' };
  }

  #expectSaved<T>(outcome: WriteOutcome<T>, kind: string, name: string): void {
    if (outcome.status === 'saved') return;
    throw new Error(
      outcome.status === 'deleted'
        ? `Could not save the ${kind} “${name}”: it was deleted in another window.`
        : `Could not save the ${kind} “${name}”: another window saved a different version of it first. Open it again to see the latest.`,
    );
  }
}
