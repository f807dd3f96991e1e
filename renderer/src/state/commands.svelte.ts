import type { ImportedWorkbook } from '../../../shared/bridge/contract.ts';
import type { MenuCommand } from '../../../shared/bridge/menu.ts';
import type { ReviewBundle } from '../../../shared/files/bundle.ts';
import { currentInstrument } from '../../../shared/instrument/catalogue.ts';
import { newPartnership, newReview, reviewTitleOn } from '../../../shared/model/factories.ts';
import type { Review } from '../../../shared/model/review.ts';
import type { AppError, Result } from '../../../shared/result.ts';
import type { AppState } from './app.svelte.ts';
import { messageOf } from '../../../shared/message.ts';
import { Library } from './library.svelte.ts';

const uuid = () => crypto.randomUUID();

/**
 * The app's commands. Buttons and the native menu (via `onMenuCommand`) both call `run`, so the menu can never do
 * something the UI cannot, nor behave differently.
 */
export class Commands {
  readonly library: Library;

  constructor(private readonly app: AppState) {
    this.library = new Library(app);
  }

  run(command: MenuCommand): Promise<void> {
    const handlers: Record<MenuCommand, () => Promise<void>> = {
      'new-partnership': () => this.newPartnership(),
      'new-review': () => this.newReview(),
      'export-excel': () => this.exportExcel(),
      'save-report': () => this.saveReport(),
      'export-template': () => this.exportTemplate(),
      'import-excel': () => this.importExcel(),
      'compare-reviews': () => this.compareReviews(),
      'save-review-file': () => this.saveReviewFile(),
      'open-review-file': () => this.openReviewFile(),
      'backup-library': () => this.backupLibrary(),
      'restore-library': () => this.restoreLibrary(),
      'show-library': async () => this.app.router.go({ name: 'library' }),
    };
    return handlers[command]().catch((error: unknown) => this.app.notices.error(messageOf(error)));
  }

  async newPartnership(): Promise<void> {
    const p = newPartnership({ id: uuid(), now: this.app.clock.now() }, { name: 'Untitled partnership' });
    await this.library.createPartnership(p);
    this.app.router.go({ name: 'partnership', partnershipId: p.id });
  }

  async newReview(partnershipId = this.app.contextPartnership?.id): Promise<void> {
    if (!partnershipId) {
      this.app.notices.info('Open a partnership first, then choose New review.');
      return;
    }
    const today = this.app.clock.today();
    const review = newReview({ id: uuid(), now: this.app.clock.now() }, partnershipId, currentInstrument, { title: reviewTitleOn(today), date: today });
    await this.library.createReview(review);
    this.app.router.go({ name: 'review', reviewId: review.id, tab: 'grid' });
  }

  async deletePartnership(id: string, name: string): Promise<void> {
    const count = (await this.app.store.listReviews(id)).items.length;
    const choice = await this.app.dialogs.ask({
      title: `Delete “${name}”?`,
      message: `This deletes the partnership and its ${count === 1 ? '1 review' : `${count} reviews`} from this computer. It cannot be undone; back up the library first if you may need them.`,
      confirmLabel: 'Delete',
      danger: true,
    });
    if (choice !== 'confirm') return;
    await this.library.deletePartnership(id);
    this.app.notices.info(`Deleted “${name}”.`);
    this.app.router.go({ name: 'library' });
    await this.app.load({ name: 'library' });
  }

  async deleteReview(review: Review): Promise<void> {
    const choice = await this.app.dialogs.ask({
      title: `Delete “${review.title}”?`,
      message: `This deletes the review dated ${review.date} from this computer. It cannot be undone.`,
      confirmLabel: 'Delete',
      danger: true,
    });
    if (choice !== 'confirm') return;
    await this.library.deleteReview(review.id);
    this.app.notices.info(`Deleted “${review.title}”.`);
    this.app.router.go({ name: 'partnership', partnershipId: review.partnershipId });
    await this.app.load({ name: 'partnership', partnershipId: review.partnershipId });
  }

  async exportExcel(): Promise<void> {
    const bundle = await this.#currentBundle('export it to Excel');
    if (!bundle) return;
    this.#report(await this.app.bridge['excel:exportReview']({ bundle }), 'Could not export the workbook');
  }

  /** The menu's *Save report as PDF*: the review on screen, against the previous one (as its button does). */
  async saveReport(): Promise<void> {
    if (!this.app.editor || this.app.router.view.name !== 'review') return this.app.notices.info('Open a review first to save its report.');
    const [{ saveReport }, { openReviewSubject }] = await Promise.all([import('../report/save-report.ts'), import('../report/subject.svelte.ts')]);
    await saveReport(this.app, () => openReviewSubject(this.app));
  }

  async exportTemplate(): Promise<void> {
    this.#report(await this.app.bridge['excel:exportTemplate']({}), 'Could not export the blank form');
  }

  async saveReviewFile(): Promise<void> {
    const bundle = await this.#currentBundle('save it as a file');
    if (!bundle) return;
    this.#report(await this.app.bridge['review:saveFile']({ bundle }), 'Could not save the review file');
  }

  async backupLibrary(): Promise<void> {
    await this.app.saver.flush();
    const library = await this.app.store.snapshot();
    this.#report(await this.app.bridge['library:saveBackup']({ library }), 'Could not back up the library');
  }

  async restoreLibrary(): Promise<void> {
    const opened = await this.app.bridge['library:openBackup']({});
    if (!opened.ok) return this.#failed('Could not open the backup', opened.error);
    if (opened.value.status === 'cancelled') return;
    await this.app.saver.flush();
    const outcome = await this.app.store.restore(opened.value.value);
    this.app.notices.info(`Library restored: ${outcome.added} added, ${outcome.updated} updated, ${outcome.unchanged} already up to date.`);
    await this.app.refresh();
  }

  /** A review file merges by id: opening the same file twice, or an older copy, never duplicates or regresses. */
  async openReviewFile(): Promise<void> {
    const opened = await this.app.bridge['review:openFile']({});
    if (!opened.ok) return this.#failed('Could not open the review file', opened.error);
    if (opened.value.status === 'cancelled') return;
    const { partnership, review } = opened.value.value;
    await this.app.saver.flush();
    const outcome = await this.app.store.restore({ partnerships: [partnership], reviews: [review] });
    const what = outcome.added > 0 ? 'added to the library' : outcome.updated > 0 ? 'updated from the file' : 'already up to date';
    this.app.notices.info(`“${review.title}” ${what}.`);
    this.app.editor = null;
    this.app.router.go({ name: 'review', reviewId: review.id, tab: 'grid' });
    await this.app.load(this.app.router.view);
  }

  async importExcel(): Promise<void> {
    const opened = await this.app.bridge['excel:import']({});
    if (!opened.ok) return this.#failed('Could not import the workbook', opened.error);
    if (opened.value.status === 'cancelled') return;
    await this.#placeImported(opened.value.value);
  }

  /** Opens the comparison of the partnership in context, once it has the two reviews a comparison needs. */
  async compareReviews(): Promise<void> {
    const partnership = this.app.contextPartnership;
    if (!partnership) {
      this.app.notices.info('Open a partnership first, then choose Compare reviews.');
      return;
    }
    const count = (await this.app.store.listReviews(partnership.id)).items.length;
    if (count < 2) {
      this.app.notices.info(`“${partnership.name}” has ${count === 1 ? 'one review' : 'no reviews'}; a comparison needs at least two.`);
      return;
    }
    this.app.router.go({ name: 'compare', partnershipId: partnership.id });
  }

  /**
   * An imported workbook becomes a new review. Only a workbook this app exported (fromApp) may update the review it
   * came from, and only after the person agrees: nothing is overwritten silently.
   */
  async #placeImported(imported: ImportedWorkbook): Promise<void> {
    const { bundle, fromApp, warnings, fileName } = imported;
    const stamp = this.app.clock.now();
    const existing = fromApp ? await this.app.store.loadReview(bundle.review.id) : undefined;
    const existingReview = existing?.value;
    let choice: 'update' | 'new' = 'new';
    if (existingReview) {
      const answer = await this.app.dialogs.ask({
        title: `Update “${existingReview.title}”?`,
        message: `${fileName} was exported from “${existingReview.title}” (${existingReview.date}). Update that review with the workbook’s answers, or import the workbook as a new review?`,
        confirmLabel: 'Update review',
        alternativeLabel: 'Import as new',
      });
      if (answer === 'cancel') return;
      choice = answer === 'confirm' ? 'update' : 'new';
    }
    const { placeImported } = await import('../../../shared/files/placement.ts');
    const { review, createPartnership, updating } = placeImported({
      bundle,
      exportedFrom: existingReview ?? null,
      choice,
      idTaken: existingReview !== undefined || (await this.app.store.getReview(bundle.review.id)) !== undefined,
      partnershipKnown: (await this.app.store.getPartnership(bundle.partnership.id)) !== undefined,
      contextPartnershipId: this.app.contextPartnership?.id ?? null,
      stamp,
      newId: uuid(),
    });
    if (createPartnership) await this.library.createPartnership(createPartnership);
    // An update is based on the revision the person was asked about: if another window saved in between, it is refused.
    if (updating) await this.library.updateReview(review, existing!.rev);
    else await this.library.createReview(review);
    this.app.notices.info(
      updating ? `“${review.title}” updated from ${fileName}.` : `${fileName} imported as a new review, “${review.title}”.`,
      warnings.map((w) => `${w.where}: ${w.message}`),
    );
    this.app.editor = null;
    this.app.router.go({ name: 'review', reviewId: review.id, tab: 'grid' });
    await this.app.load(this.app.router.view);
  }

  async #currentBundle(purpose: string): Promise<ReviewBundle | null> {
    const editor = this.app.editor;
    if (!editor || this.app.router.view.name !== 'review') {
      this.app.notices.info(`Open a review first to ${purpose}.`);
      return null;
    }
    await this.app.saver.flush();
    return { partnership: $state.snapshot(this.app.contextPartnership ?? editor.partnership), review: $state.snapshot(editor.review) } as ReviewBundle;
  }

  #report(result: Result<{ status: 'saved'; name: string } | { status: 'cancelled' }>, failure: string): void {
    if (!result.ok) return this.#failed(failure, result.error);
    if (result.value.status === 'saved') this.app.notices.info(`Saved ${result.value.name}.`);
  }

  #failed(what: string, error: AppError): void {
    this.app.notices.error(`${what}: ${error.message}`, error.problems?.map((p) => `${p.where}: ${p.message}`));
  }
}
