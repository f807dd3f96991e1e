import type { Partnership, Review } from '@shared/model/review.ts';
import { previousReview } from '@shared/report/earlier.ts';
import type { AppState } from '../state/app.svelte.ts';

/** What a report is of: the review, its partnership and the earlier reviews to show the change since. */
export interface ReportSubject {
  partnership: Partnership;
  review: Review;
  earlier: Review[];
}

/**
 * The review on screen, after its pending edits are saved, with the previous review of its partnership (by date)
 * as the earlier one: the default the issue asks for.
 */
export async function openReviewSubject(
  app: Pick<AppState, 'editor' | 'saver' | 'contextPartnership' | 'store'>,
): Promise<ReportSubject | null> {
  const editor = app.editor;
  if (!editor) return null;
  await app.saver.flush();
  const review = $state.snapshot(editor.review) as Review;
  const partnership = $state.snapshot(app.contextPartnership ?? editor.partnership) as Partnership;
  const listed = await app.store.listReviews(partnership.id);
  const previous = previousReview(review, listed.items);
  return { partnership, review, earlier: previous ? [previous] : [] };
}

/** On the comparison screen: the latest chosen review, against every earlier chosen one (the previous for arrows). */
export function comparedSubject(partnership: Partnership, chosen: readonly Review[]): ReportSubject | null {
  const review = chosen.at(-1);
  return review ? { partnership, review, earlier: chosen.slice(0, -1) } : null;
}
