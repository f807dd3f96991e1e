import { mount } from 'svelte';
import { messageOf } from '@shared/message.ts';
import { reviewName } from '@shared/vocabulary/names.ts';
import type { AppState } from '../state/app.svelte.ts';
import type { Commands } from '../state/commands.svelte.ts';
import DropOverlay from './DropOverlay.svelte';
import { droppedSource } from './dropped-source.ts';
import type { Dropped, DropTarget } from './listen.ts';
import { planDrop, type DropPlan } from './plan-drop.ts';

const files = () => import('../state/file-commands.svelte.ts');
const collect = () => import('../collect/collect-commands.svelte.ts');

/**
 * Files dropped on the window, fetched on the first drag of files (listen.ts). A drop runs the command the menu
 * has for that file (plan-drop.ts), reading the dropped file where the menu would show a file dialog: the same
 * reader, confirmations and messages.
 */
export class DropZone implements DropTarget {
  /** Files are being dragged over the window: the overlay shows. */
  over = $state(false);
  #busy = false;
  #depth = 0;

  constructor(
    private readonly app: AppState,
    private readonly commands: Commands,
  ) {}

  /**
   * A drag enters an element before it leaves the one it was over, so the overlay shows from the first enter until as
   * many leaves, or the drop.
   */
  handle(step: string, dropped: Dropped[]): void {
    if (step === 'dragenter') this.#depth += 1;
    else if (step === 'dragleave') this.#depth = Math.max(0, this.#depth - 1);
    else this.#depth = 0;
    this.over = this.#depth > 0;
    if (step === 'drop') void this.#open(dropped).catch((error: unknown) => this.app.notices.error(messageOf(error)));
  }

  async #open(dropped: Dropped[]): Promise<void> {
    const { app } = this;
    const plan = planDrop(
      dropped.map(({ file, folder }) => ({ name: file.name, folder })),
      { reviewOpen: app.router.view.name === 'review' && app.editor !== null },
    );
    if (!plan) return;
    if (plan.action === 'refuse') return app.notices.error(plan.message);
    // A question or dialog already open belongs to something under way: a drop must not answer or replace it.
    if (this.#busy || app.dialogs.current || document.querySelector('dialog[open]')) {
      return app.notices.error('Finish what is open first, then drop the file again.');
    }
    this.#busy = true;
    try {
      await this.#run(plan.action, dropped);
    } finally {
      this.#busy = false;
    }
  }

  async #run(action: Exclude<DropPlan['action'], 'refuse'>, dropped: Dropped[]): Promise<void> {
    const { app, commands } = this;
    const source = droppedSource(
      app.bridge,
      dropped.map((d) => d.file),
      app.clock,
    );
    if (action === 'ask-workbook') {
      const title = reviewName(app.editor?.review.title ?? '');
      const answer = await app.dialogs.ask({
        title: `Add “${dropped[0]!.file.name}” to “${title}”?`,
        message: `A partner’s returned response form, or a blank form they filled in, adds their answers to “${title}” as one respondent. A workbook exported from a review, or one to keep as a review of its own, is imported as a review instead.`,
        confirmLabel: 'Add as a response',
        alternativeLabel: 'Import as a review',
      });
      if (answer === 'cancel') return;
      action = answer === 'confirm' ? 'import-responses' : 'import-excel';
    }
    if (action === 'open-review-file') return (await files()).openReviewFile(app, commands.library, source);
    if (action === 'restore-library') return (await files()).restoreLibrary(app, commands.library, source);
    if (action === 'import-excel') return (await files()).importExcel(app, commands.library, source);
    return (await collect()).importResponses(app, source);
  }
}

export function dropZone(app: AppState, commands: Commands): DropTarget {
  const zone = new DropZone(app, commands);
  mount(DropOverlay, { target: document.body, props: { zone } });
  return zone;
}
