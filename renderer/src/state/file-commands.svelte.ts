import type { ImportedWorkbook } from '@shared/bridge/contract.ts';
import type { ReviewBundle } from '@shared/files/bundle.ts';
import { placeImported } from '@shared/files/placement.ts';
import type { AppError, Result } from '@shared/result.ts';
import type { AppState } from './app.svelte.ts';
import type { Library } from './library.svelte.ts';

/**
 * The commands that save or open a file (Excel, review files, backups), fetched the first time one is chosen: none
 * of them is needed to open the app. `Commands` calls them; see there.
 */

const uuid = () => crypto.randomUUID();

export async function exportExcel(app: AppState): Promise<void> {
  const bundle = await currentBundle(app, 'export it to Excel');
  if (!bundle) return;
  report(app, await app.bridge['excel:exportReview']({ bundle }), 'Could not export the workbook');
}

export async function exportTemplate(app: AppState): Promise<void> {
  report(app, await app.bridge['excel:exportTemplate']({}), 'Could not export the blank form');
}

export async function saveReviewFile(app: AppState): Promise<void> {
  const bundle = await currentBundle(app, 'save it as a file');
  if (!bundle) return;
  report(app, await app.bridge['review:saveFile']({ bundle }), 'Could not save the review file');
}

export async function backupLibrary(app: AppState): Promise<void> {
  await app.saver.flush();
  const snapshot = await app.store.snapshot();
  report(app, await app.bridge['library:saveBackup']({ library: snapshot }), 'Could not back up the library');
}

export async function restoreLibrary(app: AppState, library: Library): Promise<void> {
  const opened = await app.bridge['library:openBackup']({});
  if (!opened.ok) return failed(app, 'Could not open the backup', opened.error);
  if (opened.value.status === 'cancelled') return;
  const outcome = await library.merge(opened.value.value);
  app.notices.info(`Library restored: ${outcome.added} added, ${outcome.updated} updated, ${outcome.unchanged} already up to date.`);
  await app.refresh();
}

/** A review file merges by id: opening the same file twice, or an older copy, never duplicates or regresses. */
export async function openReviewFile(app: AppState, library: Library): Promise<void> {
  const opened = await app.bridge['review:openFile']({});
  if (!opened.ok) return failed(app, 'Could not open the review file', opened.error);
  if (opened.value.status === 'cancelled') return;
  const { partnership, review } = opened.value.value;
  const outcome = await library.merge({ partnerships: [partnership], reviews: [review] });
  const what = outcome.added > 0 ? 'added to the library' : outcome.updated > 0 ? 'updated from the file' : 'already up to date';
  app.notices.info(`“${review.title}” ${what}.`);
  app.editor = null;
  app.router.go({ name: 'review', reviewId: review.id, tab: 'grid' });
  await app.load(app.router.view);
}

export async function importExcel(app: AppState, library: Library): Promise<void> {
  const opened = await app.bridge['excel:import']({});
  if (!opened.ok) return failed(app, 'Could not import the workbook', opened.error);
  if (opened.value.status === 'cancelled') return;
  await placeWorkbook(app, library, opened.value.value);
}

/**
 * An imported workbook becomes a new review. Only a workbook this app exported (fromApp) may update the review it
 * came from, and only after the person agrees: nothing is overwritten silently.
 */
async function placeWorkbook(app: AppState, library: Library, imported: ImportedWorkbook): Promise<void> {
  const { bundle, fromApp, warnings, fileName } = imported;
  const stamp = app.clock.now();
  const existing = fromApp ? await app.store.loadReview(bundle.review.id) : undefined;
  const existingReview = existing?.value;
  let choice: 'update' | 'new' = 'new';
  if (existingReview) {
    const answer = await app.dialogs.ask({
      title: `Update “${existingReview.title}”?`,
      message: `${fileName} was exported from “${existingReview.title}” (${existingReview.date}). Update that review with the workbook’s answers, or import the workbook as a new review?`,
      confirmLabel: 'Update review',
      alternativeLabel: 'Import as new',
    });
    if (answer === 'cancel') return;
    choice = answer === 'confirm' ? 'update' : 'new';
  }
  const { review, createPartnership, updating } = placeImported({
    bundle,
    exportedFrom: existingReview ?? null,
    choice,
    idTaken: existingReview !== undefined || (await app.store.getReview(bundle.review.id)) !== undefined,
    partnershipKnown: (await app.store.getPartnership(bundle.partnership.id)) !== undefined,
    contextPartnershipId: app.contextPartnership?.id ?? null,
    stamp,
    newId: uuid(),
  });
  if (createPartnership) await library.createPartnership(createPartnership);
  // An update is based on the revision the person was asked about: if another window saved in between, it is refused.
  if (updating) await library.updateReview(review, existing!.rev);
  else await library.createReview(review);
  app.notices.info(
    updating ? `“${review.title}” updated from ${fileName}.` : `${fileName} imported as a new review, “${review.title}”.`,
    warnings.map((w) => `${w.where}: ${w.message}`),
  );
  app.editor = null;
  app.router.go({ name: 'review', reviewId: review.id, tab: 'grid' });
  await app.load(app.router.view);
}

async function currentBundle(app: AppState, purpose: string): Promise<ReviewBundle | null> {
  const editor = app.editor;
  if (!editor || (app.router.view.name !== 'review' && app.router.view.name !== 'workshop')) {
    app.notices.info(`Open a review first to ${purpose}.`);
    return null;
  }
  await app.saver.flush();
  return {
    partnership: $state.snapshot(app.contextPartnership ?? editor.partnership),
    review: $state.snapshot(editor.review),
  } as ReviewBundle;
}

function report(app: AppState, result: Result<{ status: 'saved'; name: string } | { status: 'cancelled' }>, failure: string): void {
  if (!result.ok) return failed(app, failure, result.error);
  if (result.value.status === 'saved') app.notices.info(`Saved ${result.value.name}.`);
}

function failed(app: AppState, what: string, error: AppError): void {
  app.notices.error(
    `${what}: ${error.message}`,
    error.problems?.map((p) => `${p.where}: ${p.message}`),
  );
}
