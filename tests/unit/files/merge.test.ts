import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLibrary, snapshotOf } from '@shared/files/merge.ts';
import type { LibrarySnapshot } from '@shared/files/bundle.ts';
import { bundleArbitrary } from '../excel/arbitraries.ts';
import { sampleBundle } from '../excel/sample.ts';

const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

describe('merging libraries by id', () => {
  it('adds what is new, takes the newer copy of what both have, keeps the rest', () => {
    const { partnership, review } = sampleBundle();
    const other = { ...review, id: 'aaaaaaaa-1111-4222-8333-444444444444', title: 'Other' };
    const existing: LibrarySnapshot = { partnerships: [partnership], reviews: [review, other] };
    const editedReview = { ...review, title: 'Edited on the other laptop', updatedAt: later(review.updatedAt, 60_000) };
    const staleOther = { ...other, title: 'Stale', updatedAt: later(other.updatedAt, -60_000) };
    const fresh = { ...review, id: 'bbbbbbbb-1111-4222-8333-444444444444', title: 'New' };
    const outcome = mergeLibrary(existing, { partnerships: [partnership], reviews: [editedReview, staleOther, fresh] });
    expect(outcome).toEqual({
      merged: { partnerships: [partnership], reviews: [editedReview, other, fresh] },
      added: 1,
      updated: 1,
      unchanged: 2,
    });
  });

  it('compares timestamps as instants, not strings', () => {
    const { partnership, review } = sampleBundle();
    const a = { ...review, updatedAt: '2025-03-14T12:00:00+02:00' }; // 10:00Z
    const b = { ...review, title: 'b', updatedAt: '2025-03-14T11:00:00Z' };
    expect(mergeLibrary({ partnerships: [partnership], reviews: [a] }, { partnerships: [], reviews: [b] }).merged.reviews).toEqual([b]);
  });

  it('property: merging never duplicates an id, and merging the same thing twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(bundleArbitrary, { maxLength: 4 }), fc.array(bundleArbitrary, { maxLength: 4 }), (left, right) => {
        const lib = (bs: typeof left): LibrarySnapshot => ({
          partnerships: bs.map((b) => b.partnership),
          reviews: bs.map((b) => b.review),
        });
        const once = mergeLibrary(lib(left), lib([...right, ...left]));
        const ids = once.merged.reviews.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        const twice = mergeLibrary(once.merged, lib(right));
        expect(twice.merged).toEqual(once.merged);
        expect(twice.added + twice.updated).toBe(0);
      }),
      { numRuns: 50 },
    );
  });

  it('turns a single review file into a one-review library', () => {
    const b = sampleBundle();
    expect(snapshotOf(b)).toEqual({ partnerships: [b.partnership], reviews: [b.review] });
  });
});
