import { describe, expect, it } from 'vitest';
import raw from '../../../instrument/digging-deeper.v1.json';
import { InstrumentSchema } from '@shared/instrument/schema.ts';

const clone = () => structuredClone(raw);
const messages = (data: unknown) => {
  const result = InstrumentSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('checks on a form that the schema of each part cannot make', () => {
  it('accepts the form as shipped', () => {
    expect(messages(clone())).toEqual([]);
  });

  it('names both places of a duplicate id', () => {
    const bad = clone();
    bad.sections[1]!.benchmarks[2]!.id = bad.sections[0]!.benchmarks[0]!.id;
    expect(messages(bad)).toEqual(['duplicate id "leadership-common-vision" at 2/2.3 (first used at 1/1.1)']);
  });

  it('refuses rating levels that repeat an id', () => {
    const bad = clone();
    bad.ratingLevels[1]!.id = bad.ratingLevels[0]!.id;
    expect(messages(bad)).toContain('rating levels repeat an id');
  });

  it('refuses sections out of number order, naming the expected number', () => {
    const bad = clone();
    bad.sections[2]!.number = 4;
    expect(messages(bad)).toContain('section Learning is numbered 4, expected 3');
  });

  it('refuses a benchmark numbered out of order within its section', () => {
    const bad = clone();
    bad.sections[1]!.benchmarks[3]!.number = '2.5';
    expect(messages(bad)).toEqual(['benchmark 2.5 is out of order in section 2']);
  });

  it('names a duplicate factor id by section and position', () => {
    const bad = clone();
    bad.sections[3]!.factors[4]!.id = bad.sections[3]!.factors[0]!.id;
    expect(messages(bad)).toEqual(['duplicate id "managing-for-performance-f1" at section 4 factor 5 (first used at section 4 factor 1)']);
  });

  it('names a duplicate possible action by benchmark and position', () => {
    const bad = clone();
    bad.sections[0]!.benchmarks[1]!.possibleActions[1]!.id = bad.sections[0]!.benchmarks[1]!.possibleActions[0]!.id;
    const id = bad.sections[0]!.benchmarks[1]!.possibleActions[0]!.id;
    expect(messages(bad)).toEqual([`duplicate id "${id}" at 1.2 action 2 (first used at 1.2 action 1)`]);
  });
});
