import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyByteMutations, byteMutations } from './support/byte-mutations.ts';
import { fuzzParams, FUZZ_TEST_TIMEOUT } from './support/config.ts';
import { Tally } from './support/tally.ts';
import { bases, importJudged } from './support/workbook-run.ts';

describe('fuzz: workbooks damaged byte by byte', () => {
  it(
    'every truncated, bit-flipped or spliced export is read or refused with a clear error, within the time limit',
    async () => {
      const list = await bases();
      const tally = new Tally('workbook bytes');
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: list.length - 1 }), byteMutations, async (which, mutations) => {
          const bytes = applyByteMutations(list[which]!.bytes, mutations);
          tally.add(
            mutations.map((m) => m.kind),
            await importJudged(bytes),
          );
        }),
        fuzzParams('workbook bytes', 3_500),
      );
      tally.print();
      expect(tally.errorCount()).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
