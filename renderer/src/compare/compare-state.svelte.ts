import { SvelteSet } from 'svelte/reactivity';
import { carryForward } from '@shared/compare/carry-forward.ts';
import { compareReviews, filterComparison, type ComparisonFilter } from '@shared/compare/compare.ts';
import { factorsOverTime } from '@shared/compare/factors.ts';
import { sortByDate } from '@shared/compare/outline.ts';
import { actionRegister, type RegisterEntry } from '@shared/compare/register.ts';
import { sectionTrends } from '@shared/compare/trends.ts';
import { reviewTitleOn } from '@shared/model/factories.ts';
import { statusLocked } from '@shared/model/final.ts';
import { isUnfinished } from '@shared/vocabulary/actions.ts';
import type { ActionStatus, Partnership, Review } from '@shared/model/review.ts';

export type CompareTab = 'side-by-side' | 'trends' | 'factors' | 'actions';

/** What the comparison needs from the app; an interface so the state can be unit tested without the store. */
export interface CompareHost {
  partnership(): Partnership;
  reviews(): Review[];
  saveReview(review: Review): Promise<void>;
  openReview(reviewId: string): void;
  exportComparison(partnership: Partnership, reviews: Review[]): Promise<void>;
  today(): string;
  now(): string;
  newId(): string;
}

/**
 * The comparison screen's state: which reviews are chosen (the latest two unless the person picks others), the
 * filter, which sections are folded and which rows show their actions. Everything shown is derived from the pure
 * functions in shared/compare, so the screen and the workbook cannot disagree.
 */
export class CompareState {
  #picked = $state<string[] | null>(null);
  filter = $state<ComparisonFilter>('all');
  tab = $state<CompareTab>('side-by-side');
  readonly collapsed = new SvelteSet<string>();
  readonly expanded = new SvelteSet<string>();
  busy = $state(false);

  constructor(private readonly host: CompareHost) {}

  /** All of the partnership's reviews, oldest first. */
  readonly all = $derived.by(() => sortByDate(this.host.reviews()));

  /** The chosen ids; the latest two by default, and any chosen review that has since been deleted drops out. */
  readonly selectedIds = $derived.by((): readonly string[] => {
    const picked = this.#picked;
    return picked ? this.all.filter((r) => picked.includes(r.id)).map((r) => r.id) : this.all.slice(-2).map((r) => r.id);
  });

  readonly chosen = $derived(this.all.filter((r) => this.selectedIds.includes(r.id)));
  readonly enough = $derived(this.chosen.length >= 2);
  readonly comparison = $derived(compareReviews(this.chosen));
  readonly visibleSections = $derived(filterComparison(this.comparison, this.filter));
  readonly trends = $derived(sectionTrends(this.chosen));
  readonly factors = $derived(factorsOverTime(this.chosen));
  /** The register covers every review of the partnership, not only those being compared. */
  readonly register = $derived.by(() => actionRegister(this.all, this.host.today()));
  readonly latest = $derived(this.all.at(-1) ?? null);

  isSelected(id: string): boolean {
    return this.selectedIds.includes(id);
  }

  toggleReview(id: string): void {
    const ids = this.selectedIds;
    this.#picked = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
  }

  selectAll(): void {
    this.#picked = this.all.map((r) => r.id);
  }

  selectLatestTwo(): void {
    this.#picked = null;
  }

  toggleSection(sectionId: string): void {
    if (this.collapsed.has(sectionId)) this.collapsed.delete(sectionId);
    else this.collapsed.add(sectionId);
  }

  toggleRow(benchmarkId: string): void {
    if (this.expanded.has(benchmarkId)) this.expanded.delete(benchmarkId);
    else this.expanded.add(benchmarkId);
  }

  /** Rows where some chosen review wrote an action or an owner: the only ones worth expanding. */
  readonly rowsWithActions = $derived(
    this.comparison.sections.flatMap((s) =>
      s.rows.filter((r) => r.cells.some((c) => c.actionNeeded || c.byWhom)).map((r) => r.benchmarkId),
    ),
  );
  readonly allActionsShown = $derived(this.rowsWithActions.length > 0 && this.rowsWithActions.every((id) => this.expanded.has(id)));

  /** Shows every row's actions, or hides them all when they are all showing. */
  toggleAllRows(): void {
    if (this.allActionsShown) this.expanded.clear();
    else for (const id of this.rowsWithActions) this.expanded.add(id);
  }

  /** Why an entry's status cannot be set here (the review holding it is final, so read-only), or null. */
  locked(entry: RegisterEntry): string | null {
    return statusLocked(this.all.find((r) => r.id === entry.reviewId));
  }

  /** The register's status is the action's status in the review that holds its latest state; never a final one. */
  async setStatus(entry: RegisterEntry, status: ActionStatus): Promise<void> {
    const review = this.all.find((r) => r.id === entry.reviewId);
    if (statusLocked(review)) return;
    // A parked point is open or done: finishing (or dropping) it closes it in the review's parking lot.
    if (review && entry.parkedId) {
      if (isUnfinished(status)) return;
      const parkingLot = review.parkingLot.map((p) => (p.id === entry.parkedId ? { ...p, status: 'done' as const } : p));
      await this.host.saveReview({ ...review, parkingLot, updatedAt: this.host.now() });
      return;
    }
    const answer = review?.answers[entry.benchmarkId];
    if (!review || !answer || answer.actionStatus === status) return;
    const updated: Review = {
      ...review,
      answers: { ...review.answers, [entry.benchmarkId]: { ...answer, actionStatus: status } },
      updatedAt: this.host.now(),
    };
    await this.host.saveReview(updated);
  }

  /** "New review from the last one": the latest review's unfinished actions, no ratings. */
  async newReviewFromLast(): Promise<void> {
    const last = this.latest;
    if (!last || this.busy) return;
    this.busy = true;
    try {
      const now = this.host.now();
      const review = carryForward(
        last,
        { id: this.host.newId(), now },
        { title: reviewTitleOn(this.host.today()), date: this.host.today() },
      );
      await this.host.saveReview(review);
      this.host.openReview(review.id);
    } finally {
      this.busy = false;
    }
  }

  async exportExcel(): Promise<void> {
    if (!this.enough || this.busy) return;
    this.busy = true;
    try {
      await this.host.exportComparison(this.host.partnership(), this.chosen);
    } finally {
      this.busy = false;
    }
  }
}
