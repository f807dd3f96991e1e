import { describe, expect, it } from 'vitest';
import raw from '../../../instrument/digging-deeper.v1.json';
import { InstrumentSchema } from '@shared/instrument/schema.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';

const clone = () => structuredClone(raw) as typeof raw;

describe('the Digging Deeper instrument', () => {
  it('has the four sections of the form with their numbers, titles and aims', () => {
    expect(currentInstrument.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      '1 Leadership',
      '2 Trust',
      '3 Learning',
      '4 Managing for Performance',
    ]);
    expect(currentInstrument.sections[1]!.aim).toBe(
      '...where partners are mutually accountable, share risks and rewards fairly, and support each other',
    );
  });

  it('has 21 benchmarks numbered 1.1–1.5, 2.1–2.6, 3.1–3.5, 4.1–4.5', () => {
    const numbers = currentInstrument.sections.flatMap((s) => s.benchmarks.map((b) => b.number));
    expect(numbers).toHaveLength(21);
    expect(numbers.join(' ')).toBe('1.1 1.2 1.3 1.4 1.5 2.1 2.2 2.3 2.4 2.5 2.6 3.1 3.2 3.3 3.4 3.5 4.1 4.2 4.3 4.4 4.5');
  });

  it('words the rating levels exactly as the form does', () => {
    expect(currentInstrument.ratingLevels.map((l) => l.label)).toEqual([
      'NO - action is needed',
      'NO - but action is in hand',
      'YES - but needs improving',
      'YES - working well',
    ]);
  });

  it('restores OCR slips and lines the scan scattered', () => {
    const all = JSON.stringify(currentInstrument);
    expect(all).not.toMatch(/Obijectives|actionis|decision-makes\b|\|imited/);
    const trust = currentInstrument.sections[1]!.factors.map((f) => f.text);
    expect(trust.at(-1)).toBe('‘exclusive behaviour’ (ie, placing barriers to the participation of other parties)');
    const learning = currentInstrument.sections[2]!.factors.map((f) => f.text);
    expect(learning).toContain('weak links between strategic decision-makers and what is needed and happening on the ground');
    const perf = currentInstrument.sections[3]!.factors.map((f) => f.text);
    expect(perf).toContain('failure to recognise that partnerships, like teams, go through stages before they perform effectively');
    expect(currentInstrument.sections.map((s) => s.factors.length)).toEqual([8, 7, 8, 5]);
    expect(currentInstrument.sections.flatMap((s) => s.benchmarks).every((b) => b.possibleActions.length >= 2)).toBe(true);
  });

  it('rejects a duplicate id anywhere', () => {
    const bad = clone();
    bad.sections[2]!.benchmarks[0]!.possibleActions[0]!.id = bad.sections[0]!.factors[0]!.id;
    const result = InstrumentSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(/duplicate id "leadership-f1"/);
  });

  it('rejects empty text', () => {
    const bad = clone();
    bad.sections[0]!.benchmarks[1]!.statement = '   ';
    expect(InstrumentSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a missing part', () => {
    const noFactors = clone() as Record<string, unknown> & typeof raw;
    (noFactors.sections[3] as Record<string, unknown>).factors = [];
    expect(InstrumentSchema.safeParse(noFactors).success).toBe(false);
    const noLevels = clone();
    noLevels.ratingLevels.pop();
    expect(InstrumentSchema.safeParse(noLevels).success).toBe(false);
    const { headings: _dropped, ...noHeadings } = clone();
    expect(InstrumentSchema.safeParse(noHeadings).success).toBe(false);
  });
});
