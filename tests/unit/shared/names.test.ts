import { describe, expect, it } from 'vitest';
import { partnershipName, reviewName, reviewNameAndDay } from '../../../shared/vocabulary/names.ts';

describe('names of reviews and partnerships (shared/vocabulary/names.ts)', () => {
  it('calls an unnamed review or partnership so, and keeps a given name as typed, less the spaces around it', () => {
    expect(reviewName('  ')).toBe('Untitled review');
    expect(reviewName(' Spring workshop ')).toBe('Spring workshop');
    expect(partnershipName('')).toBe('Untitled partnership');
    expect(partnershipName('Riverside ')).toBe('Riverside');
  });

  it('says the day once: beside a title, but not again when the title already holds it', () => {
    expect(reviewNameAndDay({ title: 'Spring workshop', date: '2026-03-01' })).toBe('Spring workshop, 1 Mar 2026');
    expect(reviewNameAndDay({ title: 'Review 1 Mar 2026', date: '2026-03-01' })).toBe('Review 1 Mar 2026');
    expect(reviewNameAndDay({ title: '', date: '2026-03-01' })).toBe('Untitled review, 1 Mar 2026');
  });
});
