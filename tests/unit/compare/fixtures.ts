import { REVIEW_DEFAULTS } from '@shared/model/defaults.ts';
import raw from '../../../instrument/digging-deeper.v1.json';
import { currentInstrument as v1 } from '@shared/instrument/catalogue.ts';
import { InstrumentSchema, type Instrument, type RatingLevelId } from '@shared/instrument/schema.ts';
import { emptyAnswer, type BenchmarkAnswer, type FactorMark, type Review } from '@shared/model/review.ts';

export { v1 };

/** Deterministic ids that pass the model's uuid check. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
export const PARTNERSHIP = uuid(999);

const byNumber = new Map(v1.sections.flatMap((s) => s.benchmarks.map((b) => [b.number, b.id] as const)));
export const idOf = (number: string): string => {
  const id = byNumber.get(number);
  if (!id) throw new Error(`no benchmark ${number} in v1`);
  return id;
};

export interface ReviewSpec {
  n: number;
  date: string;
  createdAt?: string;
  title?: string;
  instrument?: Instrument;
  /** Ratings by benchmark number. */
  ratings?: Record<string, RatingLevelId>;
  /** Answers by benchmark number or id. */
  answers?: Record<string, Partial<BenchmarkAnswer>>;
  /** Factor marks by section id, then factor id. */
  factors?: Record<string, Record<string, FactorMark>>;
}

export function review(spec: ReviewSpec): Review {
  const inst = spec.instrument ?? v1;
  const answers: Review['answers'] = {};
  const key = (k: string) => (/^\d+\.\d+$/.test(k) ? idOf(k) : k);
  for (const [number, rating] of Object.entries(spec.ratings ?? {})) answers[key(number)] = { ...emptyAnswer(), rating };
  for (const [k, a] of Object.entries(spec.answers ?? {})) answers[key(k)] = { ...(answers[key(k)] ?? emptyAnswer()), ...a };
  const factors: Review['factors'] = {};
  for (const [sectionId, marks] of Object.entries(spec.factors ?? {})) factors[sectionId] = { marks, notes: '' };
  return {
    id: uuid(spec.n),
    partnershipId: PARTNERSHIP,
    title: spec.title ?? `Review ${spec.n}`,
    date: spec.date,
    facilitator: 'Sam',
    participants: ['A', 'B'],
    status: 'final',
    instrument: { id: inst.id, version: inst.version },
    answers,
    factors,
    ...structuredClone(REVIEW_DEFAULTS),
    createdAt: spec.createdAt ?? `${spec.date}T09:00:00.000Z`,
    updatedAt: spec.createdAt ?? `${spec.date}T09:00:00.000Z`,
  };
}

/**
 * A plausible later edition of the form, built from the v1 data: 1.5 is withdrawn, a new 2.7 is added, and one
 * typical factor in Trust is replaced. Validated by the real schema so the test exercises a form the app could ship.
 */
export const REMOVED = 'leadership-aligned-objectives';
export const ADDED = 'trust-shared-risk';
export const REMOVED_FACTOR = 'trust-f7';
export const ADDED_FACTOR = 'trust-f8';

export function buildV2(): Instrument {
  const data = structuredClone(raw) as unknown as Instrument;
  data.version = 2;
  const leadership = data.sections[0]!;
  leadership.benchmarks = leadership.benchmarks.filter((b) => b.id !== REMOVED);
  const trust = data.sections[1]!;
  trust.benchmarks.push({
    id: ADDED,
    number: '2.7',
    statement: 'Partners share risks as well as rewards',
    possibleActions: [{ id: 'trust-shared-risk-a1', text: 'Agree a risk register owned by all partners' }],
  });
  trust.factors = trust.factors.filter((f) => f.id !== REMOVED_FACTOR);
  trust.factors.push({ id: ADDED_FACTOR, text: 'Risks fall on one partner' });
  return InstrumentSchema.parse(data);
}

export const v2 = buildV2();
export const catalogue = { findInstrument: (id: string, version: number) => [v1, v2].find((i) => i.id === id && i.version === version) };
