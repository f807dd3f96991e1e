import type { Partnership, Review } from '@shared/model/review.ts';
import type { AppState } from '../state/app.svelte.ts';
import type { Library } from '../state/library.svelte.ts';
import type { CompareHost } from './compare-state.svelte.ts';
import { messageOf } from '@shared/message.ts';

/** Wires the comparison to the reviews shown, the library writer, and the app's router, bridge, clock and notices. */
export function compareHost(
  shown: Pick<AppState, 'partnership' | 'reviews'>,
  app: Pick<AppState, 'notices' | 'router' | 'bridge' | 'clock'>,
  library: Library,
): CompareHost {
  return {
    partnership: () => shown.partnership!.partnership,
    reviews: () => shown.reviews,
    async saveReview(review: Review) {
      try {
        const base = shown.reviews.find((r) => r.id === review.id);
        const mine = $state.snapshot(review) as Review;
        // A review the comparison lists is edited by merging into what is stored; a new one is created.
        const stored = base ? await library.applyEdit($state.snapshot(base) as Review, mine) : (await library.createReview(mine), mine);
        shown.reviews = base ? shown.reviews.map((r) => (r.id === review.id ? stored : r)) : [stored, ...shown.reviews];
      } catch (error) {
        app.notices.error(`Could not save “${review.title}”: ${messageOf(error)}`);
        throw error;
      }
    },
    openReview: (reviewId) => app.router.go({ name: 'review', reviewId, tab: 'grid' }),
    async exportComparison(partnership: Partnership, reviews: Review[]) {
      const result = await app.bridge['excel:exportComparison']({
        partnership: $state.snapshot(partnership) as Partnership,
        reviews: $state.snapshot(reviews) as Review[],
      });
      if (!result.ok) app.notices.error(`Could not export the comparison: ${result.error.message}`);
      else if (result.value.status === 'saved') app.notices.info(`Saved ${result.value.name}.`);
    },
    // The local calendar day: an action due today is not overdue until tomorrow where the consultant is.
    today: () => app.clock.today(),
    now: () => app.clock.now(),
    newId: () => crypto.randomUUID(),
  };
}
