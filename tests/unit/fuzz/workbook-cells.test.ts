import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TEST_TIMEOUT } from './support/config.ts';
import { fuzzWorkbookParts } from './support/workbook-run.ts';
import { applyWorkbookMutations, cellMutation, marksMutation } from './support/workbook-mutations.ts';

describe('fuzz: workbooks with hostile cells', () => {
  it(
    'wrong types, formulas, giant strings, control characters and duplicated marks end in a valid review or a clear error',
    async () => {
      const mutations = fc.array(fc.oneof({ weight: 3, arbitrary: cellMutation }, { weight: 1, arbitrary: marksMutation }), {
        minLength: 1,
        maxLength: 4,
      });
      const tally = await fuzzWorkbookParts('workbook cells', mutations, 240, applyWorkbookMutations);
      expect(tally.outcomes.get('valid') ?? 0).toBeGreaterThan(0);
      expect(tally.errorCount()).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
