import { describe, expect, it } from 'vitest';
import { previousReview } from '@shared/report/earlier.ts';
import { earlierReview, fullReview } from './fixtures.ts';

describe('the default earlier review of a report', () => {
  const current = fullReview();
  const older = earlierReview();
  const oldest = { ...older, id: '2c0e1a52-3d2b-4f7a-8b9e-1f2a3b4c5d6e', date: '2024-05-01' };
  const later = { ...older, id: '3c0e1a52-3d2b-4f7a-8b9e-1f2a3b4c5d6e', date: '2027-01-01' };
  const stranger = { ...older, id: '4c0e1a52-3d2b-4f7a-8b9e-1f2a3b4c5d6e', partnershipId: '5b9a3f4e-5a51-4c5e-9d53-7a1d1f1c2b01' };

  it('is the review just before it by date, of the same partnership', () => {
    expect(previousReview(current, [later, oldest, current, older, stranger])?.id).toBe(older.id);
  });

  it('is none for a partnership’s first review', () => {
    expect(previousReview(oldest, [later, oldest, current, older])).toBeUndefined();
  });
});
