import { describe, expect, it } from 'vitest';
import { changeBetween, type ChangeKind } from '@shared/compare/change.ts';
import { compareReviews, filterComparison, type Comparison } from '@shared/compare/compare.ts';
import { ADDED, REMOVED, catalogue, idOf, review, uuid, v1, v2 } from './fixtures.ts';

const row = (c: Comparison, number: string) =>
  c.sections.flatMap((s) => s.rows).find((r) => r.number === number && r.benchmarkId === idOf(number))!;
const changes = (c: Comparison, number: string) => row(c, number).cells.map((x) => x.change);
const ratings = (c: Comparison, number: string) => row(c, number).cells.map((x) => x.rating);

describe('changeBetween', () => {
  it.each<[Parameters<typeof changeBetween>[0], Parameters<typeof changeBetween>[1], ChangeKind]>([
    ['no-action-needed', 'no-action-in-hand', 'up'],
    ['no-action-in-hand', 'yes-working-well', 'up'],
    ['yes-working-well', 'yes-needs-improving', 'down'],
    ['yes-needs-improving', 'no-action-needed', 'down'],
    ['no-action-in-hand', 'no-action-in-hand', 'same'],
    [null, 'no-action-needed', 'new'],
    ['yes-working-well', null, 'gone'],
    [null, null, 'none'],
  ])('%s → %s is %s', (before, after, kind) => {
    expect(changeBetween(before, after)).toBe(kind);
  });
});

describe('compareReviews', () => {
  const first = review({
    n: 1,
    date: '2025-01-10',
    ratings: { '1.1': 'no-action-needed', '1.2': 'yes-working-well', '1.3': 'no-action-in-hand', '2.1': 'yes-needs-improving' },
    answers: { '1.1': { actionNeeded: 'Write the vision down', byWhom: 'Chair' } },
  });
  const second = review({
    n: 2,
    date: '2025-07-01',
    ratings: { '1.1': 'yes-needs-improving', '1.2': 'no-action-in-hand', '1.3': 'no-action-in-hand', '1.4': 'yes-working-well' },
  });
  const third = review({ n: 3, date: '2026-01-15', ratings: { '1.1': 'yes-needs-improving', '1.2': 'no-action-in-hand' } });

  it('puts reviews in date order whatever order they are given in', () => {
    const c = compareReviews([third, first, second]);
    expect(c.columns.map((x) => x.reviewId)).toEqual([uuid(1), uuid(2), uuid(3)]);
    expect(c.columns.map((x) => x.date)).toEqual(['2025-01-10', '2025-07-01', '2026-01-15']);
  });

  it('orders reviews held on the same day by when they were created', () => {
    const morning = review({ n: 7, date: '2025-03-03', createdAt: '2025-03-03T08:00:00.000Z' });
    const afternoon = review({ n: 5, date: '2025-03-03', createdAt: '2025-03-03T15:00:00.000Z' });
    expect(compareReviews([afternoon, morning]).columns.map((c) => c.reviewId)).toEqual([uuid(7), uuid(5)]);
  });

  it('gives every change kind from the previous column, and none for the first column', () => {
    const c = compareReviews([first, second, third]);
    expect(ratings(c, '1.1')).toEqual(['no-action-needed', 'yes-needs-improving', 'yes-needs-improving']);
    expect(changes(c, '1.1')).toEqual(['none', 'up', 'same']);
    expect(changes(c, '1.2')).toEqual(['none', 'down', 'same']);
    expect(changes(c, '1.3')).toEqual(['none', 'same', 'gone']);
    expect(changes(c, '1.4')).toEqual(['none', 'new', 'gone']);
    expect(changes(c, '2.1')).toEqual(['none', 'gone', 'none']);
  });

  it('treats a benchmark unrated in both reviews as none, with no rating', () => {
    const c = compareReviews([first, second]);
    expect(ratings(c, '3.2')).toEqual([null, null]);
    expect(changes(c, '3.2')).toEqual(['none', 'none']);
    expect(row(c, '3.2').changed).toBe(false);
  });

  it('counts the changes in each column', () => {
    const c = compareReviews([first, second, third]);
    expect(c.columns[0]!.changes).toMatchObject({ up: 0, down: 0, same: 0, new: 0, gone: 0, none: 21 });
    expect(c.columns[1]!.changes).toMatchObject({ up: 1, down: 1, same: 1, new: 1, gone: 1, none: 16 });
    expect(c.columns[2]!.changes).toMatchObject({ up: 0, down: 0, same: 2, new: 0, gone: 2, none: 17 });
  });

  it('groups rows by section in form order and carries each review’s action', () => {
    const c = compareReviews([first, second]);
    expect(c.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      '1 Leadership',
      '2 Trust',
      '3 Learning',
      '4 Managing for Performance',
    ]);
    expect(c.sections[1]!.rows.map((r) => r.number)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    expect(row(c, '1.1').cells[0]).toMatchObject({ actionNeeded: 'Write the vision down', byWhom: 'Chair' });
    expect(c.partial).toEqual([]);
    expect(c.sections.flatMap((s) => s.rows).every((r) => r.inAllForms)).toBe(true);
  });

  it('filters to only changed or only declined rows and drops empty sections', () => {
    const c = compareReviews([first, second, third]);
    const changed = filterComparison(c, 'changed');
    expect(changed.flatMap((s) => s.rows.map((r) => r.number))).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
    const declined = filterComparison(c, 'declined');
    expect(declined.map((s) => s.title)).toEqual(['Leadership']);
    expect(declined.flatMap((s) => s.rows.map((r) => r.number))).toEqual(['1.2']);
    expect(filterComparison(c, 'all')).toBe(c.sections);
  });

  it('handles thirty reviews with one column each and changes counted across all of them', () => {
    const levels = ['no-action-needed', 'no-action-in-hand', 'yes-needs-improving', 'yes-working-well'] as const;
    const many = Array.from({ length: 30 }, (_, i) =>
      review({ n: i + 1, date: `20${String(10 + i).padStart(2, '0')}-06-01`, ratings: { '1.1': levels[i % 4]! } }),
    );
    const c = compareReviews(many);
    expect(c.columns).toHaveLength(30);
    // 0,1,2,3,0,1,... climbs three times in every four steps and drops once.
    const kinds = changes(c, '1.1');
    expect(kinds.filter((k) => k === 'up')).toHaveLength(22);
    expect(kinds.filter((k) => k === 'down')).toHaveLength(7);
  });
});

describe('compareReviews across instrument versions', () => {
  const old = review({
    n: 1,
    date: '2024-05-01',
    ratings: { '1.1': 'no-action-needed', '1.5': 'yes-working-well', '2.6': 'no-action-in-hand' },
  });
  const newer = review({
    n: 2,
    date: '2025-05-01',
    instrument: v2,
    ratings: { '1.1': 'yes-working-well', '2.6': 'no-action-in-hand' },
    answers: { [ADDED]: { rating: 'no-action-needed' } },
  });

  it('compares the benchmarks both forms share', () => {
    const c = compareReviews([newer, old], catalogue);
    expect(changes(c, '1.1')).toEqual(['none', 'up']);
    expect(changes(c, '2.6')).toEqual(['none', 'same']);
  });

  it('lists the benchmarks only some versions have, and does not call them newly rated or no longer rated', () => {
    const c = compareReviews([newer, old], catalogue);
    expect(c.partial).toEqual([
      { benchmarkId: REMOVED, number: '1.5', statement: expect.any(String), presentIn: [uuid(1)], missingFrom: [uuid(2)] },
      {
        benchmarkId: ADDED,
        number: '2.7',
        statement: 'Partners share risks as well as rewards',
        presentIn: [uuid(2)],
        missingFrom: [uuid(1)],
      },
    ]);
    const rows = c.sections.flatMap((s) => s.rows);
    const removed = rows.find((r) => r.benchmarkId === REMOVED)!;
    const added = rows.find((r) => r.benchmarkId === ADDED)!;
    expect(removed.cells.map((x) => [x.inForm, x.rating, x.change])).toEqual([
      [true, 'yes-working-well', 'none'],
      [false, null, 'none'],
    ]);
    expect(added.cells.map((x) => [x.inForm, x.rating, x.change])).toEqual([
      [false, null, 'none'],
      [true, 'no-action-needed', 'none'],
    ]);
    expect([removed.inAllForms, added.inAllForms, removed.changed, added.changed]).toEqual([false, false, false, false]);
  });

  it('keeps the newest form’s order, with a withdrawn benchmark at the end of its section', () => {
    const c = compareReviews([old, newer], catalogue);
    expect(c.sections[0]!.rows.map((r) => r.number)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(c.sections[1]!.rows.map((r) => r.number)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
    expect(v2.sections[0]!.benchmarks).toHaveLength(v1.sections[0]!.benchmarks.length - 1);
  });

  it('shows a review made with a version this app does not know by its own answers', () => {
    const c = compareReviews([old, newer]); // the shipped catalogue has no v2
    expect(c.columns.map((x) => x.instrumentKnown)).toEqual([true, false]);
    expect(changes(c, '1.1')).toEqual(['none', 'up']);
    expect(ratings(c, '1.2')).toEqual([null, null]);
    expect(row(c, '1.2').inAllForms).toBe(false);
  });
});
