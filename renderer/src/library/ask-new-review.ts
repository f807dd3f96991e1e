import { carriableCount, carriedDescription, lastReview } from '@shared/compare/carry-forward.ts';
import { displayDate } from '../ui/dates.ts';
import type { AppState } from '../state/app.svelte.ts';
import type { Commands } from '../state/commands.svelte.ts';

/**
 * The menu's New review: like the partnership page's button (NewReviewChoice.svelte), it offers to start from the
 * last review when the partnership has one. Fetched on first use, outside the start-up chunk.
 */
export async function askNewReview(app: AppState, commands: Commands): Promise<void> {
  const partnershipId = app.contextPartnership?.id;
  if (!partnershipId) return commands.newReview();
  const last = lastReview((await app.store.listReviews(partnershipId)).items);
  if (!last) return commands.newReview(partnershipId);
  const choice = await app.dialogs.ask({
    title: 'New review',
    message: `Start from the last review (${displayDate(last.date)}): ${carriedDescription(carriableCount(last))}. Or start a blank review.`,
    confirmLabel: 'From the last review',
    alternativeLabel: 'Blank review',
  });
  if (choice !== 'cancel') await commands.newReview(partnershipId, choice === 'confirm' ? last : undefined);
}
