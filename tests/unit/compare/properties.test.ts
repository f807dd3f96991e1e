import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReviews } from '@shared/compare/compare.ts';
import type { ChangeKind } from '@shared/compare/change.ts';
import { RatingLevelId } from '@shared/instrument/schema.ts';
import { review, v1 } from './fixtures.ts';

const numbers = v1.sections.flatMap((s) => s.benchmarks.map((b) => b.number));
/** Any mix of rated and unrated benchmarks. */
const ratingsArb = fc.dictionary(fc.constantFrom(...numbers), fc.constantFrom(...RatingLevelId.options));

const REVERSED: Record<ChangeKind, ChangeKind> = { up: 'down', down: 'up', same: 'same', new: 'gone', gone: 'new', none: 'none' };

describe('comparison properties', () => {
  it('comparing a review with a copy of itself shows only "same" and "none"', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const a = review({ n: 1, date: '2025-01-01', ratings });
        const b = review({ n: 2, date: '2025-06-01', ratings });
        const c = compareReviews([a, b]);
        const kinds = c.sections.flatMap((s) => s.rows.map((r) => r.cells[1]!.change));
        expect(kinds.every((k) => k === 'same' || k === 'none')).toBe(true);
        expect(kinds.filter((k) => k === 'same')).toHaveLength(Object.keys(ratings).length);
      }),
    );
  });

  it('swapping the dates of two reviews mirrors every change (up↔down, newly rated↔no longer rated)', () => {
    fc.assert(
      fc.property(ratingsArb, ratingsArb, (x, y) => {
        const forward = compareReviews([
          review({ n: 1, date: '2025-01-01', ratings: x }),
          review({ n: 2, date: '2025-06-01', ratings: y }),
        ]);
        const backward = compareReviews([
          review({ n: 1, date: '2025-06-01', ratings: x }),
          review({ n: 2, date: '2025-01-01', ratings: y }),
        ]);
        const f = forward.sections.flatMap((s) => s.rows.map((r) => r.cells[1]!.change));
        const b = backward.sections.flatMap((s) => s.rows.map((r) => r.cells[1]!.change));
        expect(b).toEqual(f.map((k) => REVERSED[k]));
      }),
    );
  });
});
