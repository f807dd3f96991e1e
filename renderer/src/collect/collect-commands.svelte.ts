import type { Bridge } from '@shared/bridge/contract.ts';
import type { Review } from '@shared/model/review.ts';
import { messageOf } from '@shared/message.ts';
import { reviewName } from '@shared/vocabulary/names.ts';
import type { AppError } from '@shared/result.ts';
import { applyCollect, collectRoom, fullMessage, planCollect, type CollectDecision } from '@shared/respondents/collect.ts';
import type { AppState } from '../state/app.svelte.ts';
import type { ReviewEditor } from '../state/review-editor.svelte.ts';
import { displayDate } from '../ui/dates.ts';
import { CollectState, summarise } from './collect-state.svelte.ts';
import type { FormsRequest } from './forms-state.svelte.ts';
import ImportResponsesDialog from './ImportResponsesDialog.svelte';
import { showModal } from './modal.ts';
import ResponseFormsDialog from './ResponseFormsDialog.svelte';
import { openResponses, saveResponseForms } from './collect-bridge.ts';

/**
 * *Response forms for partners* and *Import responses*, run from the review's toolbar and the desktop menu alike
 * (state/commands.svelte.ts). This module, its dialogs and the collecting rules are fetched on first use.
 */

function openEditor(app: AppState, purpose: string): ReviewEditor | null {
  const editor = app.editor;
  if (!editor || app.router.view.name !== 'review') {
    app.notices.info(`Open a review first to ${purpose}.`);
    return null;
  }
  return editor;
}

const snapshotOf = (editor: ReviewEditor) => $state.snapshot(editor.review) as Review;

function failed(app: AppState, what: string, error: AppError): void {
  app.notices.error(
    `${what}: ${error.message}`,
    error.problems?.map((p) => `${p.where}: ${p.message}`),
  );
}

const forms = (n: number) => (n === 1 ? '1 response form' : `${n} response forms`);

export async function responseForms(app: AppState): Promise<void> {
  const editor = openEditor(app, 'make response forms for it');
  if (!editor) return;
  const partnership = app.contextPartnership ?? editor.partnership;
  await showModal(ResponseFormsDialog, {
    reviewTitle: reviewName(editor.review.title),
    partners: [...partnership.partners],
    onmake: async (request: FormsRequest) => {
      // The forms carry the review's id: what is typed in the review is saved before they are made.
      await app.saver.flush();
      const bundle = { partnership: $state.snapshot(partnership), review: snapshotOf(editor) };
      const saved = await saveResponseForms(app.bridge, bundle, request, () => crypto.randomUUID());
      if (!saved.ok) {
        failed(app, 'Could not make the response forms', saved.error);
        return false;
      }
      if (saved.value.status === 'cancelled') return false;
      const count = request.kind === 'anonymous' ? request.count : request.recipients.length;
      app.notices.info(`${forms(count)} saved in ${saved.value.name}.`);
      return true;
    },
  });
}

/** How to name a review a form was sent out for, when it is in this library. */
async function reviewNames(app: AppState, decisions: readonly CollectDecision[]): Promise<Record<string, string>> {
  const ids = [...new Set(decisions.flatMap((d) => (d.kind === 'other-review' ? [d.reviewId] : [])))];
  const named = await Promise.all(
    ids.map(async (id) => {
      const review = await app.store.getReview(id).catch(() => undefined);
      return review ? [[id, `“${reviewName(review.title)}” (${displayDate(review.date)})`]] : [];
    }),
  );
  return Object.fromEntries(named.flat());
}

/**
 * Reads many returned files at once (each contained, in the worker), shows what each would do, asks where it must,
 * and saves what the person accepted through the review editor's own save. A refused file is listed with its
 * problems and nothing of it is saved; it never stops the others. The files come from `source`: the shell's file
 * dialog, or the files dropped on the review (drop/).
 */
export async function importResponses(app: AppState, source: Bridge = app.bridge): Promise<void> {
  const editor = openEditor(app, 'import responses into it');
  if (!editor) return;
  await app.saver.flush();
  const opened = await openResponses(source);
  if (!opened.ok) return failed(app, 'Could not import the responses', opened.error);
  if (opened.value.status === 'cancelled') return;
  const returned = opened.value.value;
  const origin = () => ({ newId: () => crypto.randomUUID(), now: app.clock.now() });
  let planned = snapshotOf(editor);
  const collect = new CollectState(planCollect(planned, returned, origin()));

  await showModal(ImportResponsesDialog, {
    collect,
    review: () => editor.review,
    otherReviews: await reviewNames(app, collect.decisions),
    onapply: async () => {
      if (app.editor !== editor) {
        app.notices.error('The review was closed before the responses were added; nothing was saved.');
        return true;
      }
      const current = snapshotOf(editor);
      if (JSON.stringify(current.respondents) !== JSON.stringify(planned.respondents)) {
        // Another window collected or edited respondents meanwhile: decide again against what the review holds now.
        planned = current;
        collect.replan(planCollect(current, returned, origin()));
        app.notices.info('The review’s respondents changed meanwhile, so the files were checked again: look over the list, then add.');
        return false;
      }
      const accepted = collect.accepted;
      if (!collectRoom(current, accepted).fits) {
        app.notices.error(`Could not add the responses: ${fullMessage()}.`);
        return false;
      }
      try {
        editor.applyCollected(applyCollect(current, accepted));
      } catch (error) {
        app.notices.error(`Could not add the responses: ${messageOf(error)}`);
        return false;
      }
      const refused = collect.decisions.flatMap((d) =>
        d.kind === 'refused'
          ? d.problems.map((p) => (p.where.includes(d.fileName) ? `${p.where}: ${p.message}` : `${d.fileName}, ${p.where}: ${p.message}`))
          : [],
      );
      app.notices.info(`Responses imported: ${summarise(collect.tally)}.`, refused);
      return true;
    },
  });
}
