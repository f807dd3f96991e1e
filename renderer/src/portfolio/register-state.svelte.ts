import { filterRegister, ownersOf, portfolioRegister, type PortfolioAction, type RegisterFilter } from '@shared/portfolio/register.ts';
import { statusLocked } from '@shared/model/final.ts';
import type { ActionStatus, Partnership, Review } from '@shared/model/review.ts';
import { isUnfinished } from '@shared/vocabulary/actions.ts';

/** What the register across partnerships needs from the app; an interface so the state is tested without a store. */
interface RegisterHost {
  load(): Promise<{ partnerships: Partnership[]; reviews: Review[] }>;
  /** Saves an edited review by merging it into what is stored (the merge rules of every other edit); returns it. */
  saveReview(base: Review, edited: Review): Promise<Review>;
  today(): string;
  now(): string;
}

/**
 * One action register across every partnership: filtered by owner, status and overdue, with each action's status
 * set where the action lives (the review that holds its latest state), saved like any other edit.
 */
export class RegisterState {
  partnerships = $state<Partnership[]>([]);
  reviews = $state<Review[]>([]);
  loaded = $state(false);
  filter = $state<RegisterFilter>({ owner: '', status: 'unfinished', overdueOnly: false });

  constructor(private readonly host: RegisterHost) {}

  async load(): Promise<void> {
    const { partnerships, reviews } = await this.host.load();
    this.partnerships = partnerships;
    this.reviews = reviews;
    this.loaded = true;
  }

  readonly all = $derived.by((): PortfolioAction[] => portfolioRegister(this.partnerships, this.reviews, this.host.today()));
  readonly shown = $derived(filterRegister(this.all, this.filter));
  readonly owners = $derived(ownersOf(this.all));
  readonly overdue = $derived(this.all.filter((e) => e.overdue).length);
  readonly unfinished = $derived(this.all.filter((e) => isUnfinished(e.status)).length);

  /** Why an entry's status cannot be set here (the review holding it is final, so read-only), or null. */
  locked(entry: PortfolioAction): string | null {
    return statusLocked(this.reviews.find((r) => r.id === entry.reviewId));
  }

  /**
   * The status is set in the review that holds the action's latest state; a parked point is only open or done. A
   * final review is read-only: nothing is changed in it.
   */
  async setStatus(entry: PortfolioAction, status: ActionStatus): Promise<void> {
    const review = this.reviews.find((r) => r.id === entry.reviewId);
    if (!review || statusLocked(review)) return;
    let edited: Review;
    if (entry.parkedId) {
      if (isUnfinished(status)) return;
      edited = { ...review, parkingLot: review.parkingLot.map((p) => (p.id === entry.parkedId ? { ...p, status: 'done' as const } : p)) };
    } else {
      const answer = review.answers[entry.benchmarkId];
      if (!answer || answer.actionStatus === status) return;
      edited = { ...review, answers: { ...review.answers, [entry.benchmarkId]: { ...answer, actionStatus: status } } };
    }
    const stored = await this.host.saveReview(review, { ...edited, updatedAt: this.host.now() });
    this.reviews = this.reviews.map((r) => (r.id === stored.id ? stored : r));
  }
}
