import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import type { Review } from '@shared/model/review.ts';
import { Autosaver } from '../../../renderer/src/state/autosave.svelte.ts';
import { ReviewEditor } from '../../../renderer/src/state/review-editor.svelte.ts';
import { DexieLibraryStore } from '../../../renderer/src/store/dexie-store.ts';

const now = '2026-03-01T10:00:00.000Z';
let dbName: string;
let store: DexieLibraryStore;
let editor: ReviewEditor;
let saver: Autosaver;
let review: Review;

beforeEach(async () => {
  dbName = `editor-${crypto.randomUUID()}`;
  store = new DexieLibraryStore(dbName);
  const p = newPartnership({ id: crypto.randomUUID(), now }, { name: 'P' });
  review = newReview({ id: crypto.randomUUID(), now }, p.id, currentInstrument);
  await store.putPartnership(p);
  await store.putReview(review);
  saver = new Autosaver(50);
  editor = new ReviewEditor({ value: structuredClone(review), rev: 1 }, p, store, saver, () => '2026-03-05T09:00:00.000Z');
});
afterEach(async () => {
  store.close();
  await Dexie.delete(dbName);
});

describe('ReviewEditor', () => {
  it('saves every kind of edit, stamped with the time of the edit', async () => {
    editor.setRating('trust-openness', 'yes-needs-improving');
    editor.setAnswerText('trust-openness', 'byWhom', 'Chair');
    editor.setDueDate('trust-openness', '2026-06-30');
    editor.addPossibleAction('trust-openness', 'Agree ground rules');
    editor.addPossibleAction('trust-openness', 'Agree ground rules');
    editor.setFactor('trust', 'trust-f1', 'tick');
    editor.setFactor('trust', 'trust-f2', 'cross');
    editor.setFactor('trust', 'trust-f2', null);
    editor.setSectionNotes('trust', 'Tension over funding');
    editor.setParticipantsText('Jane\n\nAmir\n');
    editor.setDetails({ status: 'final' });
    await saver.flush();
    const saved = (await store.getReview(review.id))!;
    expect(saved.answers['trust-openness']).toMatchObject({
      rating: 'yes-needs-improving',
      byWhom: 'Chair',
      dueDate: '2026-06-30',
      actionNeeded: 'Agree ground rules',
    });
    expect(saved.factors['trust']).toEqual({ marks: { 'trust-f1': 'tick' }, notes: 'Tension over funding' });
    expect(saved.participants).toEqual(['Jane', 'Amir']);
    expect(editor.participantsText).toBe('Jane\n\nAmir\n');
    expect(saved.status).toBe('final');
    expect(saved.updatedAt).toBe('2026-03-05T09:00:00.000Z');
    expect(saver.state.kind).toBe('saved');
  });

  it('clears a due date back to none', async () => {
    editor.setDueDate('trust-openness', '2026-06-30');
    editor.setDueDate('trust-openness', '');
    await saver.flush();
    expect((await store.getReview(review.id))!.answers['trust-openness']?.dueDate).toBeNull();
  });

  it('keeps an invalid edit on screen and reports the save error', async () => {
    const orig = console.error;
    console.error = () => {};
    editor.setDetails({ title: 'x'.repeat(600) });
    await saver.flush();
    console.error = orig;
    expect(saver.state.kind).toBe('error');
    expect(editor.review.title).toHaveLength(600);
    expect((await store.getReview(review.id))!.title).toBe('Review');
  });
});

describe('ReviewEditor: agreeing a rating', () => {
  it('"No agreement reached" clears the rating, choosing a level clears it, and the why-note is saved', async () => {
    editor.setRating('trust-openness', 'no-action-needed');
    editor.setNoAgreement('trust-openness', true);
    expect(editor.answer('trust-openness')).toMatchObject({ rating: null, noAgreement: true });
    editor.setRating('trust-openness', null);
    expect(editor.answer('trust-openness')).toMatchObject({ rating: null, noAgreement: true });
    editor.setRating('trust-openness', 'yes-working-well');
    expect(editor.answer('trust-openness')).toMatchObject({ rating: 'yes-working-well', noAgreement: false });
    editor.setNoAgreement('trust-equal-say', true);
    editor.setNoAgreement('trust-equal-say', false);
    editor.setAnswerText('trust-equal-say', 'agreedWhy', 'Both views heard');
    await saver.flush();
    const saved = (await store.getReview(review.id))!;
    expect(saved.answers['trust-openness']).toMatchObject({ rating: 'yes-working-well', noAgreement: false });
    expect(saved.answers['trust-equal-say']).toMatchObject({ rating: null, noAgreement: false, agreedWhy: 'Both views heard' });
  });

  it('refuses every edit to a final review until it is reopened', async () => {
    editor.setRating('trust-openness', 'no-action-needed');
    editor.setDetails({ status: 'final' });
    await saver.flush();
    const before = structuredClone((await store.getReview(review.id))!);
    expect(editor.readOnly).toBe(true);
    editor.setRating('trust-openness', 'yes-working-well');
    editor.setNoAgreement('trust-equal-say');
    editor.setAnswerText('trust-openness', 'byWhom', 'Chair');
    editor.setFactor('trust', 'trust-f1', 'tick');
    editor.setSectionNotes('trust', 'Changed');
    editor.setDetails({ title: 'Renamed', status: 'draft' });
    editor.setParticipantsText('Someone');
    editor.setHands('trust-openness', 'yes-working-well', 3);
    expect(editor.park({ text: 'A point', owner: '', dueDate: null, benchmarkId: null })).toBe('');
    editor.setRespondentSettings({ anonymous: true });
    editor.applyCollected({ respondents: [] });
    expect(editor.refusals).toBe(11);
    await saver.flush();
    expect(await store.getReview(review.id)).toEqual(before);
    expect(editor.review.title).toBe(before.title);

    editor.reopen();
    editor.setRating('trust-openness', 'yes-working-well');
    await saver.flush();
    const reopened = (await store.getReview(review.id))!;
    expect(reopened.status).toBe('draft');
    expect(reopened.answers['trust-openness']!.rating).toBe('yes-working-well');
  });
});
