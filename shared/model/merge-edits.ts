import type { Instrument } from '../instrument/schema.ts';
import { answerOf, factorsOf, type BenchmarkAnswer, type Partnership, type Review } from './review.ts';

/**
 * Three-way merge of two tabs' edits of one record: `base` is what this tab last loaded or saved, `mine` what it
 * shows now, `theirs` what another tab stored since. Each field (a review detail, one field of one benchmark answer,
 * one typical factor, a section's factor notes, a partnership detail) is merged on its own: a field only one side
 * changed takes that side's value; a field both changed to different values is a conflict, settled by `choose`
 * (by default "mine", so nothing on screen changes until the person decides). Pure: no clock, no storage.
 */

/** Where a field lives in the record, e.g. ['answers', 'leadership-common-vision', 'notes']. */
export type EditPath = readonly string[];

export interface EditConflict {
  path: EditPath;
  mine: unknown;
  theirs: unknown;
}

export type Side = 'mine' | 'theirs';

export interface MergedEdits<T> {
  merged: T;
  conflicts: EditConflict[];
}

/** One conflict's identity, for choosing per field. */
export const pathKey = (path: EditPath): string => path.join('/');

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** A record as its mergeable fields; a missing entry (e.g. an unanswered factor) is `undefined`. */
type Fields = Map<string, { path: EditPath; value: unknown }>;

function put(fields: Fields, path: EditPath, value: unknown): void {
  fields.set(pathKey(path), { path, value });
}

const REVIEW_DETAILS = [
  'partnershipId',
  'title',
  'date',
  'facilitator',
  'participants',
  'status',
  'instrument',
  'anonymous',
  'minGroupSize',
  'createdAt',
] as const;
/** Lists whose items carry an id and merge item by item, in mine's order then the others' new ones. */
const LIST_FIELDS = ['respondents', 'parkingLot'] as const;
type ListField = (typeof LIST_FIELDS)[number];

const ANSWER_FIELDS = [
  'rating',
  'noAgreement',
  'agreedWhy',
  'actionNeeded',
  'byWhom',
  'dueDate',
  'notes',
  'actionStatus',
  'carriedFrom',
] as const satisfies readonly (keyof BenchmarkAnswer)[];
const PARTNERSHIP_DETAILS = ['name', 'partners', 'notes', 'reviewIntervalMonths', 'createdAt'] as const;

/**
 * The review's fields over the benchmarks and sections any of the three versions holds: an answer one version
 * lacks reads as the empty answer, so "never touched" and "cleared" merge alike.
 */
function reviewFields(
  review: Review,
  benchmarkIds: Set<string>,
  sectionIds: Set<string>,
  factorIds: Map<string, Set<string>>,
  itemIds: Record<ListField, readonly string[]>,
  handIds: Set<string>,
): Fields {
  const fields: Fields = new Map();
  for (const key of REVIEW_DETAILS) put(fields, [key], review[key]);
  // A listed item (a respondent, a parked point) is one field: two tabs adding different items both keep theirs;
  // both editing one item differently is a conflict.
  for (const list of LIST_FIELDS) {
    const items = review[list] as readonly { id: string }[];
    for (const id of itemIds[list])
      put(
        fields,
        [list, id],
        items.find((item) => item.id === id),
      );
  }
  for (const id of handIds) put(fields, ['hands', id], review.hands[id]);
  for (const id of benchmarkIds) {
    const answer = answerOf(review, id);
    for (const field of ANSWER_FIELDS) put(fields, ['answers', id, field], answer[field]);
  }
  for (const id of sectionIds) {
    const section = factorsOf(review, id);
    put(fields, ['factors', id, 'notes'], section.notes);
    for (const factor of factorIds.get(id) ?? []) put(fields, ['factors', id, 'marks', factor], section.marks[factor]);
  }
  return fields;
}

/** The field-by-field rule; returns the merged fields and the conflicts. */
function mergeFields(base: Fields, mine: Fields, theirs: Fields, choose: (c: EditConflict) => Side): MergedEdits<Fields> {
  const merged: Fields = new Map();
  const conflicts: EditConflict[] = [];
  for (const [key, { path, value: m }] of mine) {
    const b = base.get(key)?.value;
    const t = theirs.get(key)?.value;
    let value: unknown;
    if (same(m, t) || same(t, b)) value = m;
    else if (same(m, b)) value = t;
    else {
      const conflict = { path, mine: m, theirs: t };
      conflicts.push(conflict);
      value = choose(conflict) === 'mine' ? m : t;
    }
    merged.set(key, { path, value });
  }
  return { merged, conflicts };
}

const later = (a: string, b: string): string => (Date.parse(b) > Date.parse(a) ? b : a);

export function mergeReviewEdits(
  base: Review,
  mine: Review,
  theirs: Review,
  choose: (c: EditConflict) => Side = () => 'mine',
): MergedEdits<Review> {
  const all = [base, mine, theirs];
  const benchmarkIds = new Set(all.flatMap((r) => Object.keys(r.answers)));
  const sectionIds = new Set(all.flatMap((r) => Object.keys(r.factors)));
  const factorIds = new Map([...sectionIds].map((s) => [s, new Set(all.flatMap((r) => Object.keys(r.factors[s]?.marks ?? {})))]));
  // Mine's order first, then items only the other tab (or the base) holds, so nothing moves on screen.
  const itemIds = Object.fromEntries(
    LIST_FIELDS.map((list) => [list, [...new Set([mine, theirs, base].flatMap((r) => r[list].map((item) => item.id)))]]),
  ) as Record<ListField, string[]>;
  const handIds = new Set(all.flatMap((r) => Object.keys(r.hands)));
  const fieldsOf = (r: Review) => reviewFields(r, benchmarkIds, sectionIds, factorIds, itemIds, handIds);
  const { merged: fields, conflicts } = mergeFields(fieldsOf(base), fieldsOf(mine), fieldsOf(theirs), choose);
  const value = (path: EditPath) => fields.get(pathKey(path))?.value;
  const answers: Review['answers'] = {};
  // Only benchmarks one of the two edits holds are written, so merging never adds untouched empty answers.
  for (const id of benchmarkIds) {
    if (!(id in mine.answers) && !(id in theirs.answers)) continue;
    answers[id] = Object.fromEntries(ANSWER_FIELDS.map((f) => [f, value(['answers', id, f])])) as BenchmarkAnswer;
  }
  const factors: Review['factors'] = {};
  for (const id of sectionIds) {
    if (!(id in mine.factors) && !(id in theirs.factors)) continue;
    const marks: Review['factors'][string]['marks'] = {};
    for (const factor of factorIds.get(id) ?? []) {
      const mark = value(['factors', id, 'marks', factor]) as 'tick' | 'cross' | undefined;
      if (mark) marks[factor] = mark;
    }
    factors[id] = { marks, notes: value(['factors', id, 'notes']) as string };
  }
  const details = Object.fromEntries(REVIEW_DETAILS.map((k) => [k, value([k])])) as Pick<Review, (typeof REVIEW_DETAILS)[number]>;
  const lists = Object.fromEntries(
    LIST_FIELDS.map((list) => [list, itemIds[list].flatMap((id) => (value([list, id]) === undefined ? [] : [value([list, id])]))]),
  ) as Pick<Review, ListField>;
  const hands: Review['hands'] = {};
  for (const id of handIds) {
    const counts = value(['hands', id]) as Review['hands'][string] | undefined;
    if (counts) hands[id] = counts;
  }
  return {
    merged: { id: mine.id, ...details, answers, factors, ...lists, hands, updatedAt: later(mine.updatedAt, theirs.updatedAt) },
    conflicts,
  };
}

export function mergePartnershipEdits(
  base: Partnership,
  mine: Partnership,
  theirs: Partnership,
  choose: (c: EditConflict) => Side = () => 'mine',
): MergedEdits<Partnership> {
  const fieldsOf = (p: Partnership): Fields => {
    const fields: Fields = new Map();
    for (const key of PARTNERSHIP_DETAILS) put(fields, [key], p[key]);
    return fields;
  };
  const { merged: fields, conflicts } = mergeFields(fieldsOf(base), fieldsOf(mine), fieldsOf(theirs), choose);
  const details = Object.fromEntries(PARTNERSHIP_DETAILS.map((k) => [k, fields.get(k)?.value])) as Pick<
    Partnership,
    (typeof PARTNERSHIP_DETAILS)[number]
  >;
  return { merged: { id: mine.id, ...details, updatedAt: later(mine.updatedAt, theirs.updatedAt) }, conflicts };
}

const DETAIL_LABELS: Record<string, string> = {
  partnershipId: 'the partnership it belongs to',
  title: 'the title',
  date: 'the date',
  facilitator: 'the facilitator',
  participants: 'the participants',
  status: 'draft or final',
  instrument: 'the form version',
  anonymous: 'anonymous responses',
  minGroupSize: 'the minimum group size',
  createdAt: 'the date it was created',
  name: 'the name',
  partners: 'the partner organisations',
  notes: 'the notes',
  reviewIntervalMonths: 'how often it is reviewed',
};

const ANSWER_LABELS: Record<(typeof ANSWER_FIELDS)[number], string> = {
  rating: 'rating',
  noAgreement: '“No agreement reached”',
  agreedWhy: 'why we agreed this',
  actionNeeded: 'Action Needed',
  byWhom: 'By Whom?',
  dueDate: 'due date',
  notes: 'notes',
  actionStatus: 'action status',
  carriedFrom: 'carried-forward action',
};

/** A conflicting field in words a consultant recognises: "2.3 Action Needed", "section 1 typical factor “…”". */
export function describeEditPath(path: EditPath, instrument: Instrument | undefined): string {
  const [head, id, field, factor] = path;
  if (head === 'answers' && id && field) {
    return `${benchmarkNumber(instrument, id)} ${ANSWER_LABELS[field as keyof typeof ANSWER_LABELS] ?? field}`;
  }
  if (head === 'respondents' && id) return 'a respondent';
  if (head === 'parkingLot' && id) return 'a parked point';
  if (head === 'hands' && id) return `${benchmarkNumber(instrument, id)} show of hands`;
  if (head === 'factors' && id) {
    const section = instrument?.sections.find((s) => s.id === id);
    const where = `section ${section?.number ?? id}`;
    if (field === 'notes') return `${where} typical-factor notes`;
    const text = section?.factors.find((f) => f.id === factor)?.text ?? factor;
    return `${where} typical factor “${text}”`;
  }
  return DETAIL_LABELS[head ?? ''] ?? path.join(' ');
}

const benchmarkNumber = (instrument: Instrument | undefined, id: string): string =>
  instrument?.sections.flatMap((s) => s.benchmarks).find((b) => b.id === id)?.number ?? id;
