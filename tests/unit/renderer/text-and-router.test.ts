import { describe, expect, it } from 'vitest';
import { appendAction, fromLines, toLines } from '../../../renderer/src/review/text.ts';
import { fromHash, toHash, type View } from '../../../renderer/src/state/router.svelte.ts';

describe('appendAction', () => {
  it('adds an action on its own line and never twice', () => {
    expect(appendAction('', 'Hold a visioning day')).toBe('Hold a visioning day');
    expect(appendAction('Agree terms\n', 'Hold a visioning day')).toBe('Agree terms\nHold a visioning day');
    expect(appendAction('Agree terms\nHold a visioning day', 'Hold a visioning day')).toBe('Agree terms\nHold a visioning day');
    expect(appendAction('  Hold a visioning day  ', 'Hold a visioning day')).toBe('  Hold a visioning day  ');
  });
});

describe('lines', () => {
  it('edits lists one per line, dropping blanks', () => {
    expect(fromLines(' Council \n\n Trust\n')).toEqual(['Council', 'Trust']);
    expect(toLines(['Council', 'Trust'])).toBe('Council\nTrust');
  });
});

describe('router hashes', () => {
  it('round-trips every view through the URL hash', () => {
    const views: View[] = [
      { name: 'library' },
      { name: 'partnership', partnershipId: 'p1' },
      { name: 'review', reviewId: 'r1', tab: 'grid' },
      { name: 'review', reviewId: 'r1', tab: 'summary' },
    ];
    for (const v of views) expect(fromHash(toHash(v))).toEqual(v);
  });
  it('falls back to the library for anything unknown', () => {
    expect(fromHash('#/nonsense')).toEqual({ name: 'library' });
    expect(fromHash('')).toEqual({ name: 'library' });
  });
});
