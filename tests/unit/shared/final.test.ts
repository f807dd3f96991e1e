import { describe, expect, it } from 'vitest';
import { mergeLibrary } from '@shared/files/merge.ts';
import { finalRefusal, finalReviewsChangedBy, isFinal, mergeKeepingFinal, reopened, statusLocked } from '@shared/model/final.ts';
import type { Review } from '@shared/model/review.ts';
import { review } from '../compare/fixtures.ts';

const spring = review({ n: 1, title: 'Spring review', date: '2025-03-01' });
const autumn = { ...review({ n: 2, title: 'Autumn', date: '2025-10-01' }), status: 'draft' } satisfies Review;
/** The final reviews of `existing` that merging `incoming` in would change, by the merge's own rule. */
const changedBy = (existing: Review[], incoming: Review[]) =>
  finalReviewsChangedBy(
    existing,
    mergeLibrary({ partnerships: [], reviews: existing }, { partnerships: [], reviews: incoming }).merged.reviews,
  );
const later = (r: Review, changes: Partial<Review> = {}): Review => ({ ...r, ...changes, updatedAt: '2026-01-01T09:00:00.000Z' });

describe('a final review is read-only until reopened', () => {
  it('is final by its status', () => {
    expect(isFinal(spring)).toBe(true);
    expect(isFinal(autumn)).toBe(false);
  });

  it('refuses a change with a reason naming the review, and allows any change to a draft', () => {
    expect(statusLocked(spring)).toBe('“Spring review” is final: reopen it to change an action’s status.');
    expect(finalRefusal({ ...spring, title: '  ' }, 'change it')).toBe('“Untitled review” is final: reopen it to change it.');
    expect(statusLocked(autumn)).toBeNull();
    expect(statusLocked(undefined)).toBeNull();
  });

  it('finds the final reviews a merge would change: newer versions of them, by the merge’s own rule', () => {
    const incoming = [later(spring, { facilitator: 'Jo' }), later(autumn), review({ n: 3, date: '2026-01-01' })];
    expect(changedBy([spring, autumn], incoming)).toEqual([spring]);
  });

  it('finds none when the file holds the same or an older version, or only new reviews', () => {
    expect(changedBy([spring], [spring])).toEqual([]);
    expect(changedBy([spring], [{ ...spring, facilitator: 'Jo', updatedAt: '2020-01-01T00:00:00.000Z' }])).toEqual([]);
    expect(changedBy([], [spring])).toEqual([]);
  });

  it('is left out of a merge unless the person reopens it, and then merged as a draft', () => {
    const incoming = { partnerships: [], reviews: [later(spring, { facilitator: 'Jo' }), later(autumn)] };
    const kept = mergeKeepingFinal([spring], incoming, []);
    expect(kept.snapshot.reviews).toEqual([later(autumn)]);
    expect(kept.keptFinal).toEqual([spring]);
    const agreed = mergeKeepingFinal([spring], incoming, [spring.id]);
    expect(agreed.snapshot.reviews).toEqual([{ ...later(spring, { facilitator: 'Jo' }), status: 'draft' }, later(autumn)]);
    expect(agreed.keptFinal).toEqual([]);
  });

  it('comes back as a draft when the person reopens it to update it', () => {
    const update = later(spring, { facilitator: 'Jo' });
    expect(reopened(update)).toEqual({ ...update, status: 'draft' });
  });
});
