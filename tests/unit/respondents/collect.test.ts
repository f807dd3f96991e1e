import { describe, expect, it } from 'vitest';
import { applyCollect, planCollect, TooManyRespondentsError, type ReturnedResponse } from '@shared/respondents/collect.ts';
import { LIMITS } from '@shared/model/fields.ts';
import { ok } from '@shared/result.ts';
import { sampleBundle } from '../excel/sample.ts';
import type { Review } from '@shared/model/review.ts';

let n = 0;
const origin = { newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, now: '2026-12-02T10:00:00.000Z' };
const FORM_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const FORM_B = 'aaaaaaaa-0000-4000-8000-000000000002';
const OTHER_REVIEW = 'bbbbbbbb-0000-4000-8000-000000000001';

const review = (): Review => sampleBundle().review;
const form = (fileName: string, formId: string | null, fields: Partial<ReturnedResponse['respondent']> = {}, reviewId?: string | null) =>
  ok<ReturnedResponse>({
    fileName,
    reviewId: reviewId === undefined ? (formId ? review().id : null) : reviewId,
    formId,
    respondent: {
      name: 'Amir Khan',
      organisation: 'County Council',
      role: 'Chair',
      ratings: { 'trust-openness': 'no-action-needed' },
      comments: {},
      factors: {},
      ...fields,
    },
  });

describe('planCollect and applyCollect', () => {
  it('adds each new form once; the same file collected again adds nothing', () => {
    const plan = planCollect(review(), [form('a.xlsx', FORM_A), form('b.xlsx', FORM_B, { name: 'Jo' })], origin);
    expect(plan.map((d) => d.kind)).toEqual(['add', 'add']);
    const once = applyCollect(review(), plan);
    expect(once.respondents.map((r) => [r.name, r.formId, r.source])).toEqual([
      ['Amir Khan', FORM_A, 'response-form'],
      ['Jo', FORM_B, 'response-form'],
    ]);
    const again = planCollect(once, [form('a.xlsx', FORM_A), form('b copy.xlsx', FORM_B, { name: 'Jo' })], origin);
    expect(again).toEqual([
      { kind: 'already-in', fileName: 'a.xlsx', index: 0 },
      { kind: 'already-in', fileName: 'b copy.xlsx', index: 1 },
    ]);
    expect(applyCollect(once, again)).toBe(once);
  });

  it('two copies of the same file in one batch add one respondent', () => {
    const plan = planCollect(review(), [form('a.xlsx', FORM_A), form('a (1).xlsx', FORM_A)], origin);
    expect(plan[1]).toEqual({ kind: 'already-in', fileName: 'a (1).xlsx', index: 0, duplicateOf: 'a.xlsx' });
    expect(applyCollect(review(), plan).respondents).toHaveLength(1);
  });

  it('a changed re-submission says what changed, in words, and replaces only when accepted', () => {
    const once = applyCollect(review(), planCollect(review(), [form('a.xlsx', FORM_A)], origin));
    const changed = form('a v2.xlsx', FORM_A, {
      organisation: 'City Council',
      ratings: { 'trust-openness': 'yes-working-well' },
      comments: { 'trust-openness': 'Better now' },
    });
    const [decision] = planCollect(once, [changed], origin);
    expect(decision?.kind).toBe('changed');
    if (decision?.kind !== 'changed') return;
    expect(decision.index).toBe(0);
    expect(decision.changes).toEqual([
      'organisation: "County Council" → "City Council"',
      '2.3 rating: NO - action is needed → YES - working well',
      '2.3 comment',
    ]);
    expect(applyCollect(once, [])).toBe(once);
    const replaced = applyCollect(once, [decision]);
    expect(replaced.respondents).toHaveLength(1);
    expect(replaced.respondents[0]).toMatchObject({ id: once.respondents[0]!.id, organisation: 'City Council' });
    expect(replaced.respondents[0]!.ratings).toEqual({ 'trust-openness': 'yes-working-well' });
  });

  it('a form of another review says which review and is added only when accepted', () => {
    const plan = planCollect(review(), [form('other.xlsx', FORM_A, {}, OTHER_REVIEW)], origin);
    expect(plan[0]).toMatchObject({ kind: 'other-review', reviewId: OTHER_REVIEW, fileName: 'other.xlsx' });
    expect(applyCollect(review(), []).respondents).toHaveLength(0);
    expect(applyCollect(review(), plan).respondents).toHaveLength(1);
  });

  it('a plain blank form (no form id) is a respondent, and the same blank form twice adds nothing', () => {
    const first = planCollect(review(), [form('blank.xlsx', null), form('blank again.xlsx', null)], origin);
    expect(first.map((d) => d.kind)).toEqual(['add', 'already-in']);
    const once = applyCollect(review(), first);
    expect(once.respondents).toHaveLength(1);
    expect(once.respondents[0]!.formId).toBeNull();
    expect(planCollect(once, [form('blank.xlsx', null)], origin)).toEqual([{ kind: 'already-in', fileName: 'blank.xlsx', index: 0 }]);
    // A different blank form is another respondent.
    expect(planCollect(once, [form('other blank.xlsx', null, { name: 'Priya' })], origin)[0]?.kind).toBe('add');
  });

  it('a broken file among good ones is refused with its problems and blocks nothing', () => {
    const problems = [{ where: '2 Trust!E6', message: 'two ratings marked for 2.3' }];
    const broken = {
      ok: false as const,
      error: { code: 'invalid-workbook', message: 'bad.xlsx cannot be imported', problems, fileName: 'bad.xlsx' },
    };
    const plan = planCollect(review(), [form('a.xlsx', FORM_A), broken, form('b.xlsx', FORM_B, { name: 'Jo' })], origin);
    expect(plan.map((d) => d.kind)).toEqual(['add', 'refused', 'add']);
    expect(plan[1]).toEqual({
      kind: 'refused',
      fileName: 'bad.xlsx',
      problems: [{ where: '2 Trust!E6', message: 'two ratings marked for 2.3' }],
    });
    expect(applyCollect(review(), plan).respondents.map((r) => r.name)).toEqual(['Amir Khan', 'Jo']);
  });

  it('never takes a review past the respondent limit: the extra forms are refused, saying why', () => {
    const base = review();
    const full = applyCollect(
      base,
      planCollect(
        base,
        Array.from({ length: LIMITS.respondents - 1 }, (_, i) => form(`f${i}.xlsx`, null, { name: `P${i}` })),
        origin,
      ),
    );
    expect(full.respondents).toHaveLength(LIMITS.respondents - 1);
    const plan = planCollect(full, [form('last.xlsx', null, { name: 'Last' }), form('over.xlsx', null, { name: 'Over' })], origin);
    expect(plan.map((d) => d.kind)).toEqual(['add', 'refused']);
    expect(plan[1]).toMatchObject({
      problems: [{ where: 'over.xlsx', message: expect.stringContaining(`${LIMITS.respondents} respondents`) }],
    });
    const other = planCollect(
      full,
      [form('x.xlsx', FORM_A, { name: 'X' }, OTHER_REVIEW), form('y.xlsx', FORM_B, { name: 'Y' }, OTHER_REVIEW)],
      origin,
    );
    expect(() => applyCollect(full, other)).toThrow(TooManyRespondentsError);
  });

  it('refuses a form whose answers this review cannot hold, naming the file', () => {
    const plan = planCollect(review(), [form('long.xlsx', FORM_A, { name: 'x'.repeat(LIMITS.shortText + 1) })], origin);
    expect(plan[0]).toMatchObject({ kind: 'refused', fileName: 'long.xlsx' });
  });
});
