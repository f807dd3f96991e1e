import diggingDeeperV1 from '../../instrument/digging-deeper.v1.json';
import { InstrumentSchema, type Instrument, type Benchmark, type Section } from './schema.ts';

/**
 * Every instrument version the app knows, validated once at load: a malformed data file must stop the app at
 * start-up rather than produce a review that cannot be read back.
 */
const known: readonly Instrument[] = [InstrumentSchema.parse(diggingDeeperV1)];

export const currentInstrument: Instrument = known[known.length - 1]!;

export function findInstrument(id: string, version: number): Instrument | undefined {
  return known.find((i) => i.id === id && i.version === version);
}

export function allInstruments(): readonly Instrument[] {
  return known;
}

/** Benchmarks in form order, each with the section it belongs to. */
export function benchmarksOf(instrument: Instrument): { section: Section; benchmark: Benchmark }[] {
  return instrument.sections.flatMap((section) => section.benchmarks.map((benchmark) => ({ section, benchmark })));
}
