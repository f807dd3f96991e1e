import { findInstrument as findKnownInstrument } from '../instrument/catalogue.ts';
import type { Factor, Instrument } from '../instrument/schema.ts';
import type { Review } from '../model/review.ts';

/** Lets tests (and a future catalogue) supply instrument versions the app does not ship yet. */
export interface CompareOptions {
  findInstrument?: (id: string, version: number) => Instrument | undefined;
}

export interface OutlineBenchmark {
  id: string;
  number: string;
  statement: string;
  sectionId: string;
}

export interface OutlineSection {
  id: string;
  number: number;
  title: string;
  benchmarks: OutlineBenchmark[];
  factors: Factor[];
}

/** A review with the form it was made on; `instrument` is undefined when this app does not know that version. */
export interface ReviewForm {
  review: Review;
  instrument: Instrument | undefined;
  benchmarkIds: ReadonlySet<string>;
  factorIds: ReadonlySet<string>;
}

/** Date order is the order of progress; reviews held on the same day fall back to when they were created. */
export function byDate(a: Review, b: Review): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByDate(reviews: readonly Review[]): Review[] {
  return [...reviews].sort(byDate);
}

export function formsOf(sorted: readonly Review[], options: CompareOptions = {}): ReviewForm[] {
  const find = options.findInstrument ?? findKnownInstrument;
  return sorted.map((review) => {
    const instrument = find(review.instrument.id, review.instrument.version);
    if (!instrument) {
      // Without its form we only know the benchmarks and factors the review itself mentions.
      const factorIds = Object.values(review.factors).flatMap((f) => Object.keys(f.marks));
      return { review, instrument, benchmarkIds: new Set(Object.keys(review.answers)), factorIds: new Set(factorIds) };
    }
    const benchmarkIds = new Set(instrument.sections.flatMap((s) => s.benchmarks.map((b) => b.id)));
    const factorIds = new Set(instrument.sections.flatMap((s) => s.factors.map((f) => f.id)));
    return { review, instrument, benchmarkIds, factorIds };
  });
}

/**
 * One form that covers every version in the comparison. The newest version sets the order and the wording; a
 * section or benchmark that only older versions have follows at the end of its section (or of the form), so rows
 * line up by stable id rather than by number, which a new version may reuse for a different statement.
 */
export function unionOutline(forms: readonly ReviewForm[]): OutlineSection[] {
  const instruments = distinctInstruments(forms).sort((a, b) => b.version - a.version);
  const sections = new Map<string, OutlineSection>();
  const seenBenchmarks = new Set<string>();
  const seenFactors = new Set<string>();
  for (const inst of instruments) {
    for (const s of inst.sections) {
      let section = sections.get(s.id);
      if (!section) {
        section = { id: s.id, number: s.number, title: s.title, benchmarks: [], factors: [] };
        sections.set(s.id, section);
      }
      for (const b of s.benchmarks) {
        if (seenBenchmarks.has(b.id)) continue;
        seenBenchmarks.add(b.id);
        section.benchmarks.push({ id: b.id, number: b.number, statement: b.statement, sectionId: s.id });
      }
      for (const f of s.factors) {
        if (seenFactors.has(f.id)) continue;
        seenFactors.add(f.id);
        section.factors.push(f);
      }
    }
  }
  return [...sections.values()];
}

function distinctInstruments(forms: readonly ReviewForm[]): Instrument[] {
  const out = new Map<string, Instrument>();
  for (const f of forms) if (f.instrument) out.set(`${f.instrument.id}@${f.instrument.version}`, f.instrument);
  return [...out.values()];
}
