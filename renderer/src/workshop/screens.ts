import type { Benchmark, Instrument, Section } from '@shared/instrument/schema.ts';

/**
 * The workshop's screens in order: a divider before each section, one screen per benchmark, then the closing screen.
 * Each has a key that names it in the URL (`#/review/<id>/workshop/2.3`), so a reload resumes on the same screen
 * and the key survives a later edition of the form that adds or removes screens before it.
 */
export type Screen =
  | { kind: 'section'; key: string; section: Section }
  | { kind: 'benchmark'; key: string; section: Section; benchmark: Benchmark; position: number }
  | { kind: 'closing'; key: string };

const CLOSING_KEY = 'end';
const sectionKey = (section: Pick<Section, 'number'>) => `section-${section.number}`;

export function screensOf(instrument: Instrument): Screen[] {
  const screens: Screen[] = [];
  let position = 0;
  for (const section of instrument.sections) {
    screens.push({ kind: 'section', key: sectionKey(section), section });
    for (const benchmark of section.benchmarks) {
      position += 1;
      screens.push({ kind: 'benchmark', key: benchmark.number, section, benchmark, position });
    }
  }
  screens.push({ kind: 'closing', key: CLOSING_KEY });
  return screens;
}

/** The screen a URL names; an unknown or empty key starts at the beginning. */
export function screenIndex(screens: readonly Screen[], key: string): number {
  const i = screens.findIndex((s) => s.key === key);
  return i < 0 ? 0 : i;
}
