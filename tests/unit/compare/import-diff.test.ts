import { describe, expect, it } from 'vitest';
import { describeImportDiff, importDiff, isEmptyDiff } from '@shared/compare/import-diff.ts';
import { review, v1 } from './fixtures.ts';

const before = review({
  n: 1,
  date: '2025-03-01',
  title: 'Spring',
  ratings: { '1.1': 'no-action-needed', '2.3': 'yes-working-well' },
  answers: { '1.1': { actionNeeded: 'Agree a vision', byWhom: 'Board' } },
});

describe('what an update from a workbook would change', () => {
  it('lists each benchmark whose rating, action or owner differs, in the form’s words', () => {
    const after = review({
      n: 1,
      date: '2025-03-01',
      title: 'Spring',
      ratings: { '1.1': 'yes-needs-improving', '2.3': 'yes-working-well' },
      answers: { '1.1': { actionNeeded: 'Agree a vision', byWhom: 'Jane Smith' }, '3.2': { actionNeeded: 'Review yearly' } },
    });
    const diff = importDiff(before, after, v1);
    expect(diff.benchmarks.map((c) => [c.number, c.field])).toEqual([
      ['1.1', 'rating'],
      ['1.1', 'byWhom'],
      ['3.2', 'actionNeeded'],
    ]);
    expect(describeImportDiff(diff)).toEqual([
      '1.1 rating: NO - action is needed → YES - but needs improving',
      '1.1 owner (By Whom?): “Board” → “Jane Smith”',
      '3.2 action: (blank) → “Review yearly”',
    ]);
  });

  it('names changed details, and counts what else changed rather than hiding it', () => {
    const after = structuredClone(before);
    after.title = 'Spring workshop';
    after.date = '2025-03-02';
    after.status = 'draft';
    after.answers[Object.keys(after.answers)[1]!]!.notes = 'A note';
    after.factors = { leadership: { marks: { 'leadership-f1': 'tick' }, notes: '' } };
    expect(describeImportDiff(importDiff(before, after, v1))).toEqual([
      'Title: “Spring” → “Spring workshop”',
      'Date: “1 Mar 2025” → “2 Mar 2025”',
      'Status: “Final” → “Draft”',
      '1 other benchmark: notes, due date or action status changed',
      'Typical factors changed in 1 section',
    ]);
  });

  it('finds nothing when the workbook matches', () => {
    expect(isEmptyDiff(importDiff(before, structuredClone(before), v1))).toBe(true);
  });

  it('tells "No agreement reached" from not rated', () => {
    const after = structuredClone(before);
    const id = Object.keys(after.answers)[0]!;
    after.answers[id] = { ...after.answers[id]!, rating: null, noAgreement: true };
    expect(describeImportDiff(importDiff(before, after, v1))[0]).toBe('1.1 rating: NO - action is needed → No agreement reached');
  });
});
