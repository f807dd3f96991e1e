import { benchmarksOf } from '../instrument/catalogue.ts';
import type { Instrument } from '../instrument/schema.ts';
import { displayDate } from '../dates.ts';
import { answerOf, factorsOf, type BenchmarkAnswer, type Review } from '../model/review.ts';

/**
 * What updating a review from a workbook would change, said before the person agrees: the benchmarks whose rating,
 * action or owner differs, and the review's details. Everything else that differs (notes, due dates, typical
 * factors, respondents…) is counted, so nothing changes unannounced.
 */
export type BenchmarkField = 'rating' | 'actionNeeded' | 'byWhom';
export type DetailField = 'title' | 'date' | 'facilitator' | 'participants' | 'status';

export interface BenchmarkChange {
  benchmarkId: string;
  number: string;
  field: BenchmarkField;
  before: string;
  after: string;
}

export interface DetailChange {
  field: DetailField;
  before: string;
  after: string;
}

export interface ImportDiff {
  benchmarks: BenchmarkChange[];
  details: DetailChange[];
  /** Benchmarks where only something else changed (notes, due date, agreement note, action status). */
  otherBenchmarks: number;
  /** Sections whose typical factors or notes differ. */
  factorSections: number;
  respondentsChanged: boolean;
}

const FIELD_NAMES: Record<BenchmarkField | DetailField, string> = {
  rating: 'rating',
  actionNeeded: 'action',
  byWhom: 'owner (By Whom?)',
  title: 'Title',
  date: 'Date',
  facilitator: 'Facilitator',
  participants: 'Participants',
  status: 'Status',
};

const BENCHMARK_FIELDS: readonly BenchmarkField[] = ['rating', 'actionNeeded', 'byWhom'];
const OTHER_ANSWER_FIELDS: readonly (keyof BenchmarkAnswer)[] = [
  'noAgreement',
  'agreedWhy',
  'dueDate',
  'notes',
  'actionStatus',
  'carriedFrom',
];

export function importDiff(before: Review, after: Review, instrument: Instrument): ImportDiff {
  const level = (id: string | null, unagreed: boolean) =>
    id === null ? (unagreed ? 'No agreement reached' : 'not rated') : (instrument.ratingLevels.find((l) => l.id === id)?.label ?? id);
  const shown = (a: BenchmarkAnswer, field: BenchmarkField) => (field === 'rating' ? level(a.rating, a.noAgreement) : a[field].trim());
  const benchmarks: BenchmarkChange[] = [];
  let otherBenchmarks = 0;
  for (const { benchmark } of benchmarksOf(instrument)) {
    const was = answerOf(before, benchmark.id);
    const now = answerOf(after, benchmark.id);
    let listed = false;
    for (const field of BENCHMARK_FIELDS) {
      const [b, a] = [shown(was, field), shown(now, field)];
      if (b === a) continue;
      benchmarks.push({ benchmarkId: benchmark.id, number: benchmark.number, field, before: b, after: a });
      listed = true;
    }
    if (!listed && OTHER_ANSWER_FIELDS.some((f) => JSON.stringify(was[f]) !== JSON.stringify(now[f]))) otherBenchmarks += 1;
  }
  const detail = (r: Review, field: DetailField) =>
    field === 'participants'
      ? r.participants.join(', ')
      : field === 'date'
        ? displayDate(r.date)
        : field === 'status'
          ? statusName(r)
          : r[field];
  const details = (['title', 'date', 'facilitator', 'participants', 'status'] as const)
    .map((field) => ({ field, before: detail(before, field), after: detail(after, field) }))
    .filter((d) => d.before !== d.after);
  const factorSections = instrument.sections.filter(
    (s) => JSON.stringify(factorsOf(before, s.id)) !== JSON.stringify(factorsOf(after, s.id)),
  ).length;
  return {
    benchmarks,
    details,
    otherBenchmarks,
    factorSections,
    respondentsChanged: JSON.stringify(before.respondents) !== JSON.stringify(after.respondents),
  };
}

const statusName = (r: Review) => (r.status === 'final' ? 'Final' : 'Draft');
const quoted = (s: string) => (s === '' ? '(blank)' : `“${s.length > 80 ? `${s.slice(0, 79)}…` : s}”`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The changes in plain words, one line each, for the question before *Update review*. */
export function describeImportDiff(diff: ImportDiff): string[] {
  const lines = [
    ...diff.details.map((d) => `${FIELD_NAMES[d.field]}: ${quoted(d.before)} → ${quoted(d.after)}`),
    ...diff.benchmarks.map((c) =>
      c.field === 'rating'
        ? `${c.number} rating: ${c.before} → ${c.after}`
        : `${c.number} ${FIELD_NAMES[c.field]}: ${quoted(c.before)} → ${quoted(c.after)}`,
    ),
  ];
  if (diff.otherBenchmarks > 0)
    lines.push(`${plural(diff.otherBenchmarks, 'other benchmark', 'other benchmarks')}: notes, due date or action status changed`);
  if (diff.factorSections > 0) lines.push(`Typical factors changed in ${plural(diff.factorSections, 'section', 'sections')}`);
  if (diff.respondentsChanged) lines.push('Respondents changed');
  return lines;
}

export function isEmptyDiff(diff: ImportDiff): boolean {
  return describeImportDiff(diff).length === 0;
}
