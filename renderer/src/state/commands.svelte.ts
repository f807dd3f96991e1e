import type { MenuCommand } from '@shared/bridge/menu.ts';
import { newPartnership, newReview, reviewTitleOn } from '@shared/model/factories.ts';
import type { Review } from '@shared/model/review.ts';
import { LIMITS } from '@shared/model/fields.ts';
import type { AppState } from './app.svelte.ts';
import { messageOf } from '@shared/message.ts';
import { Library } from './library.svelte.ts';

const uuid = () => crypto.randomUUID();
/** The file commands (save, open, import, back up, restore), fetched on first use. */
const files = () => import('./file-commands.svelte.ts');
/** Response forms for partners and collecting them back, fetched on first use. */
const collect = () => import('../collect/collect-commands.svelte.ts');

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
      'new-review': async () => (await import('../library/ask-new-review.ts')).askNewReview(this.app, this),
      'export-excel': () => this.exportExcel(),
      'save-report': () => this.saveReport(),
      'export-template': () => this.exportTemplate(),
      'import-excel': () => this.importExcel(),
      'response-forms': async () => (await collect()).responseForms(this.app),
      'import-responses': async () => (await collect()).importResponses(this.app),
      'compare-reviews': () => this.compareReviews(),
      'save-review-file': () => this.saveReviewFile(),
      'open-review-file': () => this.openReviewFile(),
      'backup-library': () => this.backupLibrary(),
      'restore-library': () => this.restoreLibrary(),
      'show-library': async () => this.app.router.go({ name: 'library' }),
    };
    return handlers[command]().catch((error: unknown) => this.app.notices.error(messageOf(error)));
  }

  /** Asks for the name first: backing out (Cancel, Escape) leaves nothing behind. */
  async newPartnership(): Promise<void> {
    const name = await this.app.dialogs.askText({
      title: 'New partnership',
      message: 'What is the partnership called? You can add its partner organisations and notes next.',
      confirmLabel: 'Create partnership',
      input: { label: 'Partnership name', maxLength: LIMITS.shortText },
    });
    if (name === null) return;
    const p = newPartnership({ id: uuid(), now: this.app.clock.now() }, { name });
    await this.library.createPartnership(p);
    this.app.router.go({ name: 'partnership', partnershipId: p.id });
  }

  /** A blank review, or with `from` (renderer/src/library/NewReviewChoice.svelte) one carrying that review's open actions. */
  async newReview(partnershipId = this.app.contextPartnership?.id, from?: Review): Promise<void> {
    if (!partnershipId) {
      this.app.notices.info('Open a partnership first, then choose New review.');
      return;
    }
    // The form (a large JSON) is fetched on first use rather than at start-up.
    const { currentInstrument } = await import('@shared/instrument/catalogue.ts');
    const today = this.app.clock.today();
    const origin = { id: uuid(), now: this.app.clock.now() };
    const fields = { title: reviewTitleOn(today), date: today };
    const review = from
      ? (await import('@shared/compare/carry-forward.ts')).carryForward(from, origin, fields)
      : newReview(origin, partnershipId, currentInstrument, fields);
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
    await (await files()).exportExcel(this.app);
  }

  async exportTemplate(): Promise<void> {
    await (await files()).exportTemplate(this.app);
  }

  async saveReviewFile(): Promise<void> {
    await (await files()).saveReviewFile(this.app);
  }

  async backupLibrary(): Promise<void> {
    await (await files()).backupLibrary(this.app);
  }

  async restoreLibrary(): Promise<void> {
    await (await files()).restoreLibrary(this.app, this.library);
  }

  /** A review file merges by id: opening the same file twice, or an older copy, never duplicates or regresses. */
  async openReviewFile(): Promise<void> {
    await (await files()).openReviewFile(this.app, this.library);
  }

  /** An imported workbook becomes a new review, or (an export of this app, if the person agrees) updates its own. */
  async importExcel(): Promise<void> {
    await (await files()).importExcel(this.app, this.library);
  }

  /** The menu's *Save report as PDF*: the review on screen, against the previous one (as its button does). */
  async saveReport(): Promise<void> {
    if (!this.app.editor || this.app.router.view.name !== 'review') return this.app.notices.info('Open a review first to save its report.');
    const [{ saveReport }, { openReviewSubject }] = await Promise.all([
      import('../report/save-report.ts'),
      import('../report/subject.svelte.ts'),
    ]);
    await saveReport(this.app, () => openReviewSubject(this.app));
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
}
