import { describe, expect, it } from 'vitest';
import type { Respondent } from '@shared/model/respondent.ts';
import type { CollectDecision } from '@shared/respondents/collect.ts';
import { CollectState, summarise } from '../../../renderer/src/collect/collect-state.svelte.ts';
import { decisionNames } from '../../../renderer/src/collect/describe.ts';
import { FormsState } from '../../../renderer/src/collect/forms-state.svelte.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const person = (n: number, name: string, organisation = ''): Respondent => ({
  id: uuid(n),
  name,
  organisation,
  role: '',
  source: 'response-form',
  formId: uuid(100 + n),
  fingerprint: `print-${n}`,
  ratings: {},
  comments: {},
  factors: {},
  receivedAt: '2025-03-01T09:00:00.000Z',
});

const decisions = (): CollectDecision[] => [
  { kind: 'add', fileName: 'ann.xlsx', respondent: person(1, 'Ann', 'Council') },
  { kind: 'already-in', fileName: 'bob.xlsx', index: 0 },
  { kind: 'changed', fileName: 'cat.xlsx', index: 1, replacement: person(3, 'Cat'), changes: ['1.1 rating: a → b'] },
  { kind: 'other-review', fileName: 'dan.xlsx', reviewId: uuid(9), respondent: person(4, 'Dan') },
  { kind: 'refused', fileName: 'bad.xlsx', problems: [{ where: 'bad.xlsx', message: 'damaged' }] },
];

describe('CollectState (Import responses)', () => {
  it('asks before replacing or adding another review’s form: nothing is answered by default', () => {
    const s = new CollectState(decisions());
    expect(s.unanswered).toBe(2);
    expect(s.accepted.map((d) => d.fileName)).toEqual(['ann.xlsx']);
    expect(summarise(s.tally)).toBe('1 added, 1 already in, 1 kept unchanged, 1 skipped, 1 refused');
  });

  it('accepts exactly what the person chose', () => {
    const s = new CollectState(decisions());
    s.answer(2, 'replace');
    s.answer(3, 'add');
    expect(s.unanswered).toBe(0);
    expect(s.accepted.map((d) => d.fileName)).toEqual(['ann.xlsx', 'cat.xlsx', 'dan.xlsx']);
    expect(summarise(s.tally)).toBe('2 added, 1 replaced, 1 already in, 1 refused');
    s.answer(2, 'keep');
    s.answer(3, 'skip');
    expect(s.accepted.map((d) => d.fileName)).toEqual(['ann.xlsx']);
  });

  it('keeps an answer through a re-check only where the file asks the same question', () => {
    const s = new CollectState(decisions());
    s.answer(2, 'replace');
    s.answer(3, 'add');
    const again = decisions();
    again[3] = { kind: 'already-in', fileName: 'dan.xlsx', index: 2 };
    s.replan(again);
    expect(s.answers).toEqual([null, null, 'replace', null, null]);
    expect(s.unanswered).toBe(0);
  });

  it('says "no files" rather than an empty summary', () => {
    expect(summarise(new CollectState([]).tally)).toBe('no files');
  });
});

describe('decisionNames', () => {
  const review = { anonymous: false, respondents: [person(7, 'Eve', 'Trust'), person(8, '', 'Council')] };

  it('names new respondents by name and organisation, and existing ones as the review does', () => {
    expect(decisionNames(review, decisions())).toEqual(['Ann, Council', 'Eve, Trust', 'Respondent 2, Council', 'Dan', '']);
  });

  it('never shows a name in an anonymous review, numbering new respondents on', () => {
    expect(decisionNames({ ...review, anonymous: true }, decisions())).toEqual([
      'Respondent 3, Council',
      'Respondent 1, Trust',
      'Respondent 2, Council',
      'Respondent 4',
      '',
    ]);
  });
});

describe('FormsState (Response forms for partners)', () => {
  it('makes one form per non-blank line, and needs at least one', () => {
    const s = new FormsState();
    expect(s.problem).toBe('Give at least one name or organisation.');
    s.lines[0]!.name = '  Ann ';
    s.addLine();
    s.addLine();
    s.lines[2]!.organisation = 'Council';
    expect(s.request).toEqual({
      kind: 'named',
      recipients: [
        { name: 'Ann', organisation: '' },
        { name: '', organisation: 'Council' },
      ],
    });
    expect(s.size).toBe(2);
  });

  it('turns a pasted list into one line each ("Name, Organisation" or two spreadsheet columns)', () => {
    const s = new FormsState();
    expect(s.paste(0, 'Just one name')).toBe(false);
    expect(s.paste(0, 'Ann Smith, Riverside Council\nBob Jones\tHealth Trust, North\n\n')).toBe(true);
    expect(s.recipients).toEqual([
      { name: 'Ann Smith', organisation: 'Riverside Council' },
      { name: 'Bob Jones', organisation: 'Health Trust, North' },
    ]);
  });

  it('asks for a whole number of anonymous copies within the respondent limit', () => {
    const s = new FormsState();
    s.kind = 'anonymous';
    s.count = 5;
    expect(s.request).toEqual({ kind: 'anonymous', count: 5 });
    for (const bad of [0, 2.5, 201, Number.NaN]) {
      s.count = bad;
      expect(s.problem).toBe('Give a number of copies from 1 to 200.');
    }
  });
});
