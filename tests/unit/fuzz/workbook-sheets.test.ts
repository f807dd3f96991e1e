import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TEST_TIMEOUT } from './support/config.ts';
import { fuzzWorkbookParts } from './support/workbook-run.ts';
import { applyWorkbookMutations, sheetMutation } from './support/workbook-mutations.ts';

describe('fuzz: workbooks with wrong, renamed or missing sheets and damaged parts', () => {
  it(
    'dropped, renamed and duplicated sheets, swapped columns, moved rows and broken XML end in a valid review or a clear error',
    async () => {
      const tally = await fuzzWorkbookParts(
        'workbook sheets',
        fc.array(sheetMutation, { minLength: 1, maxLength: 3 }),
        400,
        applyWorkbookMutations,
      );
      expect(tally.outcomes.get('valid') ?? 0).toBeGreaterThan(0);
      expect(tally.errorCount()).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
