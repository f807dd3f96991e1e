import { findInstrument } from '../../../shared/instrument/catalogue.ts';
import type { Instrument, RatingLevelId } from '../../../shared/instrument/schema.ts';
import {
  answerOf,
  factorsOf,
  type BenchmarkAnswer,
  type FactorMark,
  type Partnership,
  type Review,
} from '../../../shared/model/review.ts';
import { appendAction, fromLines, toLines } from '../review/text.ts';
import { systemClock } from '../../../shared/clock.ts';
import type { LibraryStore } from '../store/library-store.ts';
import type { Autosaver } from './autosave.svelte.ts';

export type AnswerTextField = 'actionNeeded' | 'byWhom' | 'notes';
export type ReviewDetails = Pick<Review, 'title' | 'date' | 'facilitator' | 'participants' | 'status'>;

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
  readonly #store: LibraryStore;
  readonly #saver: Autosaver;
  readonly #now: () => string;

  constructor(review: Review, partnership: Partnership, store: LibraryStore, saver: Autosaver, now = systemClock.now) {
    const instrument = findInstrument(review.instrument.id, review.instrument.version);
    if (!instrument) throw new Error(`This review was made with a form this app does not know (${review.instrument.id} v${review.instrument.version}).`);
    this.review = review;
    this.participantsText = toLines(review.participants);
    this.partnership = partnership;
    this.instrument = instrument;
    this.#store = store;
    this.#saver = saver;
    this.#now = now;
  }

  answer(benchmarkId: string): BenchmarkAnswer {
    return answerOf(this.review, benchmarkId);
  }

  factorMark(sectionId: string, factorId: string): FactorMark | null {
    return factorsOf(this.review, sectionId).marks[factorId] ?? null;
  }

  setRating(benchmarkId: string, rating: RatingLevelId | null): void {
    this.#updateAnswer(benchmarkId, { rating });
  }

  setAnswerText(benchmarkId: string, field: AnswerTextField, value: string): void {
    this.#updateAnswer(benchmarkId, { [field]: value });
  }

  setDueDate(benchmarkId: string, value: string): void {
    this.#updateAnswer(benchmarkId, { dueDate: value === '' ? null : value });
  }

  addPossibleAction(benchmarkId: string, action: string): void {
    this.#updateAnswer(benchmarkId, { actionNeeded: appendAction(this.answer(benchmarkId).actionNeeded, action) });
  }

  setFactor(sectionId: string, factorId: string, mark: FactorMark | null): void {
    const current = factorsOf(this.review, sectionId);
    const marks = { ...current.marks };
    if (mark) marks[factorId] = mark;
    else delete marks[factorId];
    this.review.factors[sectionId] = { ...current, marks };
    this.#changed();
  }

  setSectionNotes(sectionId: string, notes: string): void {
    this.review.factors[sectionId] = { ...factorsOf(this.review, sectionId), notes };
    this.#changed();
  }

  setParticipantsText(text: string): void {
    this.participantsText = text;
    this.setDetails({ participants: fromLines(text) });
  }

  setDetails(details: Partial<ReviewDetails>): void {
    Object.assign(this.review, details);
    this.#changed();
  }

  #updateAnswer(benchmarkId: string, patch: Partial<BenchmarkAnswer>): void {
    this.review.answers[benchmarkId] = { ...this.answer(benchmarkId), ...patch };
    this.#changed();
  }

  #changed(): void {
    this.review.updatedAt = this.#now();
    this.#saver.schedule(
      `review:${this.review.id}`,
      () => this.#store.putReview($state.snapshot(this.review) as Review),
      () => ({ kind: 'review', value: $state.snapshot(this.review) as Review }),
    );
  }
}
