import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarksOf, currentInstrument } from '@shared/instrument/catalogue.ts';
import { RatingLevelId } from '@shared/instrument/schema.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import { describeEditPath, mergePartnershipEdits, mergeReviewEdits, pathKey } from '@shared/model/merge-edits.ts';
import { emptyAnswer, type Review } from '@shared/model/review.ts';

const RID = '00000000-0000-4000-8000-000000000001';
const PID = '00000000-0000-4000-8000-000000000002';
const base: Review = newReview({ id: RID, now: '2026-03-01T10:00:00.000Z' }, PID, currentInstrument, {
  title: 'Spring',
  date: '2026-03-01',
});
const [b1, b2] = benchmarksOf(currentInstrument).map((x) => x.benchmark.id);
const section = currentInstrument.sections[0]!;
const factor = section.factors[0]!.id;

/** Written out by hand: an edit is a field of the review set to a value. */
type Edit = { path: string[]; value: unknown };
function apply(review: Review, edits: Edit[], stamp: string): Review {
  const r = structuredClone(review);
  for (const { path, value } of edits) {
    if (path[0] === 'answers') r.answers[path[1]!] = { ...(r.answers[path[1]!] ?? emptyAnswer()), [path[2]!]: value };
    else if (path[0] === 'factors' && path[2] === 'notes')
      r.factors[path[1]!] = { marks: r.factors[path[1]!]?.marks ?? {}, notes: value as string };
    else if (path[0] === 'factors') {
      const marks = { ...r.factors[path[1]!]?.marks };
      if (value === undefined) delete marks[path[3]!];
      else marks[path[3]!] = value as 'tick';
      r.factors[path[1]!] = { marks, notes: r.factors[path[1]!]?.notes ?? '' };
    } else (r as Record<string, unknown>)[path[0]!] = value;
  }
  r.updatedAt = stamp;
  return r;
}

describe('mergeReviewEdits', () => {
  it('keeps respondents, parked points and show-of-hands counts added in either tab; one item edited in both conflicts', () => {
    const person = (n: number, name: string) => ({
      id: `00000000-0000-4000-8000-0000000001${n}0`,
      name,
      organisation: 'NHS Trust',
      role: '',
      source: 'by-hand' as const,
      formId: null,
      fingerprint: null,
      ratings: {},
      comments: {},
      factors: {},
      receivedAt: '2026-03-01T10:00:00.000Z',
    });
    const parked = {
      id: '00000000-0000-4000-8000-000000000300',
      text: 'Budget',
      owner: '',
      dueDate: null,
      status: 'open' as const,
      benchmarkId: null,
      raisedAt: '2026-03-01T10:00:00.000Z',
    };
    const start = { ...base, respondents: [person(1, 'Amir')] };
    const hands = { 'no-action-needed': 2, 'yes-working-well': 5 };
    const mine = { ...start, respondents: [person(1, 'Amir K.'), person(2, 'Jo')], hands: { [b1!]: hands } };
    const theirs = { ...start, respondents: [person(1, 'Amir Khan'), person(3, 'Priya')], parkingLot: [parked] };
    const { merged, conflicts } = mergeReviewEdits(start, mine, theirs);
    expect(merged.respondents.map((r) => r.name)).toEqual(['Amir K.', 'Jo', 'Priya']);
    expect(merged.parkingLot).toEqual([parked]);
    expect(merged.hands).toEqual({ [b1!]: hands });
    expect(conflicts.map((c) => describeEditPath(c.path, currentInstrument))).toEqual(['a respondent']);
    const removed = mergeReviewEdits(start, { ...start, respondents: [] }, start).merged;
    expect(removed.respondents).toEqual([]);
  });

  it('keeps both tabs’ edits when they touch different fields (a note in one tab, a rating in the other)', () => {
    const mine = apply(base, [{ path: ['answers', b1!, 'notes'], value: 'Saved in tab A' }], '2026-03-01T10:05:00.000Z');
    const theirs = apply(
      base,
      [
        { path: ['answers', b1!, 'rating'], value: 'yes-working-well' },
        { path: ['title'], value: 'Spring workshop' },
      ],
      '2026-03-01T10:06:00.000Z',
    );
    const { merged, conflicts } = mergeReviewEdits(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers[b1!]).toEqual({ ...emptyAnswer(), notes: 'Saved in tab A', rating: 'yes-working-well' });
    expect(merged.title).toBe('Spring workshop');
    expect(merged.updatedAt).toBe('2026-03-01T10:06:00.000Z');
    expect(Object.keys(merged.answers)).toEqual([b1]);
  });

  it('reports a field both changed differently, and settles it by the choice given', () => {
    const mine = apply(
      base,
      [
        { path: ['answers', b2!, 'actionNeeded'], value: 'Mine' },
        { path: ['facilitator'], value: 'Ann' },
      ],
      '2026-03-01T10:05:00.000Z',
    );
    const theirs = apply(base, [{ path: ['answers', b2!, 'actionNeeded'], value: 'Theirs' }], '2026-03-01T10:04:00.000Z');
    const kept = mergeReviewEdits(base, mine, theirs);
    expect(kept.conflicts).toEqual([{ path: ['answers', b2, 'actionNeeded'], mine: 'Mine', theirs: 'Theirs' }]);
    expect(kept.merged.answers[b2!]!.actionNeeded).toBe('Mine');
    const taken = mergeReviewEdits(base, mine, theirs, () => 'theirs');
    expect(taken.merged.answers[b2!]!.actionNeeded).toBe('Theirs');
    expect(taken.merged.facilitator).toBe('Ann');
    expect(describeEditPath(kept.conflicts[0]!.path, currentInstrument)).toBe('1.2 Action Needed');
  });

  it('merges typical factors one by one, including one cleared in one tab', () => {
    const marked = apply(base, [{ path: ['factors', section.id, 'marks', factor], value: 'tick' }], '2026-03-01T10:01:00.000Z');
    const mine = apply(marked, [{ path: ['factors', section.id, 'marks', factor], value: undefined }], '2026-03-01T10:02:00.000Z');
    const theirs = apply(marked, [{ path: ['factors', section.id, 'notes'], value: 'Discussed' }], '2026-03-01T10:03:00.000Z');
    const { merged, conflicts } = mergeReviewEdits(marked, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.factors[section.id]).toEqual({ marks: {}, notes: 'Discussed' });
  });

  it('merges partnership details field by field', () => {
    const p = newPartnership({ id: PID, now: '2026-03-01T10:00:00.000Z' }, { name: 'Health', partners: ['A'] });
    const { merged, conflicts } = mergePartnershipEdits(p, { ...p, notes: 'mine' }, { ...p, partners: ['A', 'B'] });
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({ ...p, notes: 'mine', partners: ['A', 'B'] });
  });
});

// Properties over random edits of random fields.
const paths: string[][] = [
  ['title'],
  ['facilitator'],
  ['status'],
  ...benchmarksOf(currentInstrument)
    .slice(0, 4)
    .flatMap(({ benchmark }) => [
      ['answers', benchmark.id, 'rating'],
      ['answers', benchmark.id, 'notes'],
      ['answers', benchmark.id, 'byWhom'],
    ]),
  ['factors', section.id, 'notes'],
  ...section.factors.slice(0, 3).map((f) => ['factors', section.id, 'marks', f.id]),
];
function valueFor(path: string[]): fc.Arbitrary<unknown> {
  if (path[2] === 'rating') return fc.constantFrom(null, ...RatingLevelId.options);
  if (path[2] === 'marks') return fc.constantFrom(undefined, 'tick', 'cross');
  if (path[0] === 'status') return fc.constantFrom('draft', 'final');
  return fc.string({ maxLength: 4 });
}
const edits = fc
  .uniqueArray(fc.constantFrom(...paths), { selector: (p) => pathKey(p), maxLength: 8 })
  .chain((ps) => fc.tuple(...ps.map((p) => valueFor(p).map((value) => ({ path: p, value })))));
const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 100) };
const T1 = '2026-03-01T11:00:00.000Z';
const T2 = '2026-03-01T12:00:00.000Z';

describe('mergeReviewEdits properties', () => {
  it('an unchanged side takes the other side whole', () => {
    fc.assert(
      fc.property(edits, edits, (before, mineEdits) => {
        const b = apply(base, before, '2026-03-01T10:30:00.000Z');
        const mine = apply(b, mineEdits, T1);
        const onlyMine = mergeReviewEdits(b, mine, b);
        const onlyTheirs = mergeReviewEdits(b, b, mine);
        expect(onlyMine.conflicts).toEqual([]);
        expect(onlyTheirs.conflicts).toEqual([]);
        expect(onlyTheirs.merged).toEqual(onlyMine.merged);
        for (const { path, value } of mineEdits) expect(read(onlyMine.merged, path)).toEqual(value);
      }),
      runs,
    );
  });

  it('edits of different fields both survive, with no conflict, whichever side is mine', () => {
    fc.assert(
      fc.property(edits, edits, (a, b) => {
        const taken = new Set(a.map((e) => pathKey(e.path)));
        const disjoint = b.filter((e) => !taken.has(pathKey(e.path)));
        const mine = apply(base, a, T1);
        const theirs = apply(base, disjoint, T2);
        const one = mergeReviewEdits(base, mine, theirs);
        const other = mergeReviewEdits(base, theirs, mine);
        expect(one.conflicts).toEqual([]);
        expect(other.merged).toEqual(one.merged);
        for (const { path, value } of [...a, ...disjoint]) expect(read(one.merged, path)).toEqual(value);
        expect(one.merged.updatedAt).toBe(T2);
      }),
      runs,
    );
  });

  it('conflicts are the fields both changed to different values; each side’s choice wins them', () => {
    fc.assert(
      fc.property(edits, edits, (a, b) => {
        const mine = apply(base, a, T1);
        const theirs = apply(base, b, T2);
        const expected = a
          .filter((e) => b.some((f) => pathKey(f.path) === pathKey(e.path) && JSON.stringify(f.value) !== JSON.stringify(e.value)))
          .filter(
            (e) =>
              JSON.stringify(e.value) !== JSON.stringify(read(base, e.path)) &&
              JSON.stringify(b.find((f) => pathKey(f.path) === pathKey(e.path))!.value) !== JSON.stringify(read(base, e.path)),
          )
          .map((e) => pathKey(e.path))
          .sort();
        const kept = mergeReviewEdits(base, mine, theirs, () => 'mine');
        const taken = mergeReviewEdits(base, mine, theirs, () => 'theirs');
        expect(kept.conflicts.map((c) => pathKey(c.path)).sort()).toEqual(expected);
        for (const c of kept.conflicts) {
          expect(read(kept.merged, c.path as string[])).toEqual(read(mine, c.path as string[]));
          expect(read(taken.merged, c.path as string[])).toEqual(read(theirs, c.path as string[]));
        }
      }),
      runs,
    );
  });
});

function read(review: Review, path: string[]): unknown {
  if (path[0] === 'answers') return (review.answers[path[1]!] ?? emptyAnswer())[path[2] as keyof Review['answers'][string]];
  if (path[0] === 'factors' && path[2] === 'notes') return review.factors[path[1]!]?.notes ?? '';
  if (path[0] === 'factors') return review.factors[path[1]!]?.marks[path[3]!];
  return (review as Record<string, unknown>)[path[0]!];
}
