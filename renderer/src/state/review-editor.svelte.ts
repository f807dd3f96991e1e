import { findInstrument } from '@shared/instrument/catalogue.ts';
import type { Instrument, RatingLevelId } from '@shared/instrument/schema.ts';
import { answerOf, factorsOf, type BenchmarkAnswer, type FactorMark, type Partnership, type Review } from '@shared/model/review.ts';
import type { Side } from '@shared/model/merge-edits.ts';
import type { Respondent } from '@shared/model/respondent.ts';
import { LIMITS } from '@shared/model/fields.ts';
import { isFinal } from '@shared/model/final.ts';
import { MAX_HANDS, type HandCounts, type ParkedItem, type ParkedStatus } from '@shared/model/workshop.ts';
import { mergeRules, mergeRulesReady } from './merge-rules.ts';
import { appendAction, fromLines, toLines } from '../review/text.ts';
import { systemClock } from '@shared/clock.ts';
import type { LibraryStore, Versioned } from '../store/library-store.ts';
import type { Autosaver } from './autosave.svelte.ts';
import { SyncedRecord } from './synced.svelte.ts';

export type AnswerTextField = 'actionNeeded' | 'byWhom' | 'notes' | 'agreedWhy';
export type ReviewDetails = Pick<Review, 'title' | 'date' | 'facilitator' | 'participants' | 'status'>;
export type RespondentSettings = Pick<Review, 'anonymous' | 'minGroupSize'>;

/**
 * One open review. Every edit changes the on-screen state first and then schedules a save, so what the person typed
 * is never lost to a failed write: it stays here until a later save succeeds.
 */
export class ReviewEditor {
  review = $state() as Review;
  /** Participants as typed, one per line (see PartnershipEditor.partnersText). */
  participantsText = $state('');
  readonly partnership: Partnership;
  readonly instrument: Instrument;
  readonly #saver: Autosaver;
  readonly #now: () => string;
  /** The stored version this tab's edits are based on; saves are compare-and-set against it. */
  readonly synced: SyncedRecord<Review>;

  constructor(loaded: Versioned<Review>, partnership: Partnership, store: LibraryStore, saver: Autosaver, now = systemClock.now) {
    const review = structuredClone(loaded.value);
    const instrument = findInstrument(review.instrument.id, review.instrument.version);
    if (!instrument)
      throw new Error(`This review was made with a form this app does not know (${review.instrument.id} v${review.instrument.version}).`);
    this.review = review;
    this.participantsText = toLines(review.participants);
    this.partnership = partnership;
    this.instrument = instrument;
    this.#saver = saver;
    this.#now = now;
    this.synced = new SyncedRecord<Review>(
      loaded,
      {
        kind: 'review',
        save: (value, base) => store.saveReview(value, base),
        merge: (base, mine, theirs, choose) => mergeRules().mergeReviewEdits(base, mine, theirs, choose),
        describe: (c) => mergeRules().describeEditPath(c.path, instrument),
        ready: mergeRulesReady,
      },
      () => $state.snapshot(this.review) as Review,
      (value) => this.#show(value),
    );
  }

  get key(): string {
    return `review:${this.review.id}`;
  }

  /** Settles a conflict with another window, per field or as a whole, and saves the result. */
  resolve(choose: Side | ((path: readonly string[]) => Side)): void {
    this.synced.resolve((c) => (typeof choose === 'string' ? choose : choose(c.path)));
    this.#changed();
  }

  /** Keeps what is on screen of a review deleted in another window as a new review; returns its id. */
  keepCopy(newId: string): string {
    const stamp = this.#now();
    this.#saver.discard(this.key);
    this.review = { ...($state.snapshot(this.review) as Review), id: newId, createdAt: stamp, updatedAt: stamp };
    this.synced.detach($state.snapshot(this.review) as Review);
    this.#changed();
    return newId;
  }

  /** "Discard my unsaved changes": drops the queued save; the caller reloads what is stored. */
  discard(): void {
    this.#saver.discard(this.key);
  }

  #show(value: Review): void {
    if (JSON.stringify(value) === JSON.stringify($state.snapshot(this.review))) return;
    this.review = value;
    this.participantsText = toLines(value.participants);
  }

  /**
   * A final review is read-only: every edit below is refused (and counted in `refusals`, for a screen that wants to
   * say so) until the person reopens it. Only `reopen` changes a final review; merges with another window and
   * "keep a copy" are not edits and still apply.
   */
  get readOnly(): boolean {
    return isFinal(this.review);
  }

  /** How many edits were refused because the review is final. */
  refusals = $state(0);

  /** "Reopen for editing": the review becomes a draft again, saved like any edit. */
  reopen(): void {
    if (!this.readOnly) return;
    this.review.status = 'draft';
    this.#changed();
  }

  #refused(): boolean {
    if (!this.readOnly) return false;
    this.refusals += 1;
    return true;
  }

  answer(benchmarkId: string): BenchmarkAnswer {
    return answerOf(this.review, benchmarkId);
  }

  factorMark(sectionId: string, factorId: string): FactorMark | null {
    return factorsOf(this.review, sectionId).marks[factorId] ?? null;
  }

  /** Choosing a level settles the benchmark, so it is no longer "No agreement reached"; clearing leaves that as it is. */
  setRating(benchmarkId: string, rating: RatingLevelId | null): void {
    // A rating replaces "No agreement reached": the two are never recorded together. Clearing the rating leaves it.
    this.#updateAnswer(benchmarkId, rating === null ? { rating } : { rating, noAgreement: false });
  }

  /** Back to "not yet discussed": no rating and no "No agreement reached" (the workshop's 0 key and Clear). */
  clearAgreement(benchmarkId: string): void {
    this.#updateAnswer(benchmarkId, { rating: null, noAgreement: false });
  }

  /**
   * "No agreement reached": the room discussed the benchmark and could not agree, which is not the same as unrated;
   * recording it clears the rating, taking it back leaves the benchmark not yet discussed.
   */
  setNoAgreement(benchmarkId: string, noAgreement = true): void {
    this.#updateAnswer(benchmarkId, noAgreement ? { rating: null, noAgreement } : { noAgreement });
  }

  /** The show of hands for one level of a benchmark (workshop mode); 0 removes the level, an empty tally the entry. */
  setHands(benchmarkId: string, level: RatingLevelId, count: number): void {
    if (this.#refused()) return;
    const hands: HandCounts = { ...this.review.hands[benchmarkId] };
    const n = Math.min(MAX_HANDS, Math.max(0, Math.trunc(Number.isFinite(count) ? count : 0)));
    if (n === 0) delete hands[level];
    else hands[level] = n;
    if (Object.keys(hands).length === 0) delete this.review.hands[benchmarkId];
    else this.review.hands[benchmarkId] = hands;
    this.#changed();
  }

  /** Parks a point raised in the workshop; returns its id ('' when the review is final and nothing was parked). */
  park(point: Pick<ParkedItem, 'text' | 'owner' | 'dueDate' | 'benchmarkId'>, id: string = crypto.randomUUID()): string {
    if (this.#refused()) return '';
    this.review.parkingLot.push({ ...point, id, status: 'open', raisedAt: this.#now() });
    this.#changed();
    return id;
  }

  setParkedStatus(id: string, status: ParkedStatus): void {
    if (this.#refused()) return;
    const item = this.review.parkingLot.find((p) => p.id === id);
    if (!item || item.status === status) return;
    item.status = status;
    this.#changed();
  }

  setAnswerText(benchmarkId: string, field: AnswerTextField, value: string): void {
    this.#updateAnswer(benchmarkId, { [field]: value });
  }

  setDueDate(benchmarkId: string, value: string): void {
    this.#updateAnswer(benchmarkId, { dueDate: value === '' ? null : value });
  }

  /** Open, in progress, done or dropped: settable in the review itself, not only in the comparison's register. */
  setActionStatus(benchmarkId: string, actionStatus: BenchmarkAnswer['actionStatus']): void {
    this.#updateAnswer(benchmarkId, { actionStatus });
  }

  addPossibleAction(benchmarkId: string, action: string): void {
    this.#updateAnswer(benchmarkId, { actionNeeded: appendAction(this.answer(benchmarkId).actionNeeded, action) });
  }

  setFactor(sectionId: string, factorId: string, mark: FactorMark | null): void {
    if (this.#refused()) return;
    const current = factorsOf(this.review, sectionId);
    const marks = { ...current.marks };
    if (mark) marks[factorId] = mark;
    else delete marks[factorId];
    this.review.factors[sectionId] = { ...current, marks };
    this.#changed();
  }

  setSectionNotes(sectionId: string, notes: string): void {
    if (this.#refused()) return;
    this.review.factors[sectionId] = { ...factorsOf(this.review, sectionId), notes };
    this.#changed();
  }

  /**
   * Respondents collected from returned response forms (renderer/src/collect): only the respondent list is taken
   * from `collected`, so an edit made to the rest of the review meanwhile is kept; saved like any other edit.
   */
  applyCollected(collected: Pick<Review, 'respondents'>): void {
    if (this.#refused()) return;
    this.review.respondents = $state.snapshot(collected.respondents) as Review['respondents'];
    this.#changed();
  }

  setParticipantsText(text: string): void {
    if (this.#refused()) return;
    this.participantsText = text;
    this.setDetails({ participants: fromLines(text) });
  }

  setDetails(details: Partial<ReviewDetails>): void {
    if (this.#refused()) return;
    Object.assign(this.review, details);
    this.#changed();
  }

  /** Adds a respondent (renderer/src/respondents/); false, and nothing changed, at the limit of LIMITS.respondents or when final. */
  addRespondent(respondent: Respondent): boolean {
    if (this.#refused()) return false;
    if (this.review.respondents.length >= LIMITS.respondents) return false;
    this.review.respondents = [...this.review.respondents, respondent];
    this.#changed();
    return true;
  }

  updateRespondent(id: string, patch: Partial<Omit<Respondent, 'id'>>): void {
    if (this.#refused()) return;
    this.review.respondents = this.review.respondents.map((r) => (r.id === id ? { ...r, ...patch } : r));
    this.#changed();
  }

  removeRespondent(id: string): void {
    if (this.#refused()) return;
    this.review.respondents = this.review.respondents.filter((r) => r.id !== id);
    this.#changed();
  }

  setRespondentSettings(settings: Partial<RespondentSettings>): void {
    if (this.#refused()) return;
    Object.assign(this.review, settings);
    this.#changed();
  }

  #updateAnswer(benchmarkId: string, patch: Partial<BenchmarkAnswer>): void {
    if (this.#refused()) return;
    this.review.answers[benchmarkId] = { ...this.answer(benchmarkId), ...patch };
    this.#changed();
  }

  #changed(): void {
    this.review.updatedAt = this.#now();
    this.#saver.schedule(
      this.key,
      () => this.synced.save(),
      () => ({ kind: 'review', value: $state.snapshot(this.review) as Review, base: this.synced.base, rev: this.synced.rev }),
    );
  }
}
