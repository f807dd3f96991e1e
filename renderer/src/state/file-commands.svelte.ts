import type { Bridge, ImportedWorkbook } from '@shared/bridge/contract.ts';
import type { ReviewBundle } from '@shared/files/bundle.ts';
import { placeImported } from '@shared/files/placement.ts';
import type { AppError, Result } from '@shared/result.ts';
import { displayDate } from '@shared/dates.ts';
import { findInstrument } from '@shared/instrument/catalogue.ts';
import { messageOf } from '@shared/message.ts';
import { isFinal, reopened } from '@shared/model/final.ts';
import type { Review } from '@shared/model/review.ts';
import type { AppState } from './app.svelte.ts';
import type { Library } from './library.svelte.ts';
import { loadMergeRules } from './merge-rules.ts';

/**
 * The commands that save or open a file (Excel, review files, backups), fetched the first time one is chosen: none
 * of them is needed to open the app. `Commands` calls them; see there. The commands that open a file read it from
 * `source`: the shell's bridge, which asks with a file dialog, or one that hands over the files dropped on the
 * window (drop/dropped-source.ts), so a drop runs the menu's own command.
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

/**
 * A backup is either restored (the library becomes the backup, after a confirmation that names what goes, and only
 * once the current library is itself backed up) or added from (merged by id, newer wins, nothing removed).
 */
export async function restoreLibrary(app: AppState, library: Library, source: Bridge = app.bridge): Promise<void> {
  const opened = await source['library:openBackup']({});
  if (!opened.ok) return failed(app, 'Could not open the backup', opened.error);
  if (opened.value.status === 'cancelled') return;
  const backup = opened.value.value;
  await app.saver.flush();
  const current = await app.store.snapshot();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local look-up, never shown
  const inBackup = new Set([...backup.partnerships.map((p) => p.id), ...backup.reviews.map((r) => r.id)]);
  const goneP = current.partnerships.filter((p) => !inBackup.has(p.id));
  const goneR = current.reviews.filter((r) => !inBackup.has(r.id));
  const removes =
    goneP.length + goneR.length === 0
      ? 'Nothing here is missing from the backup, but anything changed since it was made goes back to the backup’s version.'
      : `It removes ${count(goneP.length, 'partnership')}${goneP.length ? ` (${names(goneP.map((p) => p.name))})` : ''} and ${count(goneR.length, 'review')} that are not in the backup, and anything changed since the backup goes back to the backup’s version.`;
  // Into an empty library, restoring and adding are the same thing: no question to ask.
  const empty = current.partnerships.length + current.reviews.length === 0;
  const answer = empty
    ? 'alternative'
    : await app.dialogs.ask({
        title: 'Restore this backup, or add from it?',
        message: `The backup holds ${count(backup.partnerships.length, 'partnership')} and ${count(backup.reviews.length, 'review')}. Restore this backup replaces the library with it: ${removes} The current library is saved as a backup first. Add from backup keeps everything here and adds what is new or newer in the backup.`,
        confirmLabel: 'Restore this backup',
        alternativeLabel: 'Add from backup',
        danger: true,
      });
  if (answer === 'cancel') return;
  if (answer === 'alternative') {
    // A final review is read-only: the backup updates one only if the person reopens it.
    const finals = await (await loadMergeRules()).finalChangedBy(app.store, backup);
    const choice = finals.length ? await askReopen(app, finals, backup.reviews, 'The backup', 'Keep them final') : 'confirm';
    if (choice === 'cancel') return;
    const outcome = await library.merge(backup, choice === 'confirm' ? finals.map((r) => r.id) : []);
    const kept = outcome.keptFinal.length ? ` Final reviews kept as they are: ${names(outcome.keptFinal.map(titleOf))}.` : '';
    app.notices.info(`Added from backup — partnerships: ${tally(outcome.partnerships)}; reviews: ${tally(outcome.reviews)}.${kept}`);
    return app.refresh();
  }
  // The safety copy comes first: if it cannot be saved, nothing is replaced.
  const saved = await app.bridge['library:saveBackup']({ library: current });
  if (!saved.ok) return failed(app, 'Nothing was restored: the current library could not be backed up first', saved.error);
  if (saved.value.status === 'cancelled') return app.notices.info('Nothing was restored: the backup of the current library was cancelled.');
  const outcome = await library.replace(backup);
  app.editor = null;
  app.router.go({ name: 'library' });
  app.notices.info(
    `Backup restored: ${count(outcome.partnerships.restored, 'partnership')} and ${count(outcome.reviews.restored, 'review')}; ${count(outcome.partnerships.removed, 'partnership')} and ${count(outcome.reviews.removed, 'review')} removed. The library as it was is saved in ${saved.value.name}.`,
  );
  await app.refresh();
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const names = (xs: string[]) =>
  xs
    .slice(0, 5)
    .map((n) => `“${n}”`)
    .join(', ') + (xs.length > 5 ? ` and ${xs.length - 5} more` : '');
const tally = (t: { added: number; updated: number; unchanged: number }) =>
  `${t.added} added, ${t.updated} updated, ${t.unchanged} kept as they are`;

/** A review file merges by id: opening the same file twice, or an older copy, never duplicates or regresses. */
export async function openReviewFile(app: AppState, library: Library, source: Bridge = app.bridge): Promise<void> {
  const opened = await source['review:openFile']({});
  if (!opened.ok) return failed(app, 'Could not open the review file', opened.error);
  if (opened.value.status === 'cancelled') return;
  const { partnership, review } = opened.value.value;
  const snapshot = { partnerships: [partnership], reviews: [review] };
  // A final review is read-only: the file updates it only if the person reopens it; otherwise nothing changes.
  const finals = await (await loadMergeRules()).finalChangedBy(app.store, snapshot);
  if (finals.length && (await askReopen(app, finals, snapshot.reviews, 'The file')) !== 'confirm') return;
  const outcome = await library.merge(
    snapshot,
    finals.map((r) => r.id),
  );
  const what = outcome.keptFinal.length
    ? 'is final and was kept as it is'
    : outcome.added > 0
      ? 'added to the library'
      : outcome.updated > 0
        ? `updated from the file${finals.length ? ', and reopened as a draft' : ''}`
        : 'already up to date';
  app.notices.info(`“${review.title}” ${what}.`);
  app.editor = null;
  app.router.go({ name: 'review', reviewId: review.id, tab: 'grid' });
  await app.load(app.router.view);
}

const titleOf = (review: Review) => review.title.trim() || 'Untitled review';

/**
 * Asks before a file changes final reviews (read-only until reopened), as the workbook path does: "Reopen and
 * update" (confirm), `keepLabel` if given (alternative: add the rest, the final reviews kept as they are) or Cancel.
 */
async function askReopen(
  app: AppState,
  finals: Review[],
  incoming: readonly Review[],
  file: string,
  keepLabel?: string,
): Promise<'confirm' | 'alternative' | 'cancel'> {
  const one = finals.length === 1 ? finals[0]! : null;
  return app.dialogs.ask({
    ...(one
      ? {
          details: {
            heading: 'What would change',
            lines: await changesTo(
              one,
              incoming.find((r) => r.id === one.id)!,
            ),
          },
        }
      : {}),
    title: one ? `“${titleOf(one)}” is final` : `${finals.length} final reviews would change`,
    message: one
      ? `${file} holds a newer version of “${titleOf(one)}” (${displayDate(one.date)}). It is final, so it is read-only: updating it from the file reopens it as a draft.`
      : `${file} holds newer versions of ${names(finals.map(titleOf))}. They are final, so they are read-only: updating them from the file reopens them as drafts.`,
    confirmLabel: 'Reopen and update',
    ...(keepLabel ? { alternativeLabel: keepLabel } : {}),
  });
}

/** What updating `existing` to `update` (reopened) would change, in the words of the workbook import's list. */
async function changesTo(existing: Review, update: Review): Promise<string[]> {
  const { describeImportDiff, importDiff } = await import('@shared/compare/import-diff.ts');
  const instrument = findInstrument(existing.instrument.id, existing.instrument.version);
  const lines = instrument ? describeImportDiff(importDiff(existing, reopened(update), instrument)) : [];
  return lines.length ? lines : ['Nothing: the file matches the review.'];
}

export async function importExcel(app: AppState, library: Library, source: Bridge = app.bridge): Promise<void> {
  const opened = await source['excel:import']({});
  if (!opened.ok) return failed(app, 'Could not import the workbook', opened.error);
  if (opened.value.status === 'cancelled') return;
  await placeWorkbook(app, library, opened.value.value);
}

/**
 * An imported workbook becomes a new review. Only a workbook this app exported (fromApp) may update the review it
 * came from, and only after the person has seen what would change and agreed: nothing is overwritten silently, a
 * final review is reopened only when the person says so, and the update can be undone.
 */
async function placeWorkbook(app: AppState, library: Library, imported: ImportedWorkbook): Promise<void> {
  const { bundle, fromApp, warnings, fileName } = imported;
  const stamp = app.clock.now();
  const existing = fromApp ? await app.store.loadReview(bundle.review.id) : undefined;
  const existingReview = existing?.value;
  const facts = async (choice: 'update' | 'new') =>
    placeImported({
      bundle,
      exportedFrom: existingReview ?? null,
      choice,
      idTaken: existingReview !== undefined || (await app.store.getReview(bundle.review.id)) !== undefined,
      partnershipKnown: (await app.store.getPartnership(bundle.partnership.id)) !== undefined,
      contextPartnershipId: app.contextPartnership?.id ?? null,
      stamp,
      newId: uuid(),
    });
  let placed = await facts('new');
  let changes: string[] = [];
  if (existingReview) {
    const update = await facts('update');
    const final = isFinal(existingReview);
    // Updating a final review reopens it: it comes back as a draft, whatever the workbook says.
    if (final) update.review = reopened(update.review);
    const { describeImportDiff, importDiff } = await import('@shared/compare/import-diff.ts');
    const instrument = findInstrument(existingReview.instrument.id, existingReview.instrument.version);
    const lines = instrument ? describeImportDiff(importDiff(existingReview, update.review, instrument)) : [];
    const title = existingReview.title.trim() || 'Untitled review';
    const answer = await app.dialogs.ask({
      title: final ? `“${title}” is final` : `Update “${title}”?`,
      message: `${fileName} was exported from “${title}” (${displayDate(existingReview.date)}). ${
        final
          ? 'It is final, so it is read-only: updating it from the workbook reopens it as a draft.'
          : 'Update that review with the workbook’s answers, or import the workbook as a new review?'
      }`,
      details: { heading: 'What would change', lines: lines.length ? lines : ['Nothing: the workbook matches the review.'] },
      confirmLabel: final ? 'Reopen and update' : 'Update review',
      alternativeLabel: 'Import as new',
    });
    if (answer === 'cancel') return;
    if (answer === 'confirm') {
      placed = update;
      changes = lines;
    }
  }
  const { review, createPartnership, updating } = placed;
  if (createPartnership) await library.createPartnership(createPartnership);
  // An update is based on the revision the person was asked about: if another window saved in between, it is refused.
  if (updating) await library.updateReview(review, existing!.rev);
  else await library.createReview(review);
  // Said plainly: where as "sheet, cell", and not the "changed outside the app" note when the changes were just listed.
  const notes = warnings.filter((w) => !(updating && w.where === fileName)).map((w) => `${placeOf(w.where)}: ${w.message}`);
  if (updating) {
    const previous = existingReview!;
    const saved = await app.store.loadReview(review.id);
    const what = changes.length === 0 ? 'nothing changed' : changes.length === 1 ? '1 change' : `${changes.length} changes`;
    app.notices.info(`“${review.title}” updated from ${fileName}: ${what}. Undo puts back the review as it was.`, notes, {
      label: 'Undo',
      run: () => void undoUpdate(app, library, previous, saved?.rev ?? existing!.rev + 1),
    });
  } else app.notices.info(`${fileName} imported as a new review, “${review.title}”.`, notes);
  app.editor = null;
  app.router.go({ name: 'review', reviewId: review.id, tab: 'grid' });
  await app.load(app.router.view);
}

/** "Summary!B7" as a person says it: "Summary sheet, cell B7". */
function placeOf(where: string): string {
  const at = /^'?(.+?)'?!([A-Z]+\d+)$/.exec(where);
  return at ? `${at[1]} sheet, cell ${at[2]}` : where;
}

/**
 * Undo of an update from a workbook: the review as it was before, exactly, saved over the imported version. Based
 * on the revision the import saved, so an edit made since is never overwritten (the save is refused and said).
 */
async function undoUpdate(app: AppState, library: Library, previous: Review, rev: number): Promise<void> {
  await app.saver.flush();
  try {
    await library.updateReview(previous, rev);
  } catch (error) {
    return app.notices.error(`Could not undo the update: ${messageOf(error)}`);
  }
  app.notices.info(`“${previous.title}” is back as it was before the workbook was imported.`);
  app.editor = null;
  app.router.go({ name: 'review', reviewId: previous.id, tab: 'grid' });
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
