import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReviewFile, serializeReviewFile } from '@shared/files/review-file.ts';
import { bundleArbitrary } from '../excel/arbitraries.ts';
import { fullBundle, NOW } from './support/bases.ts';
import { fuzzParams, FUZZ_TEST_TIMEOUT } from './support/config.ts';
import { applyJsonMutations, jsonMutations } from './support/json-mutations.ts';
import { judgeReviewFile, withinLimit, type Outcome } from './support/outcome.ts';
import { Tally } from './support/tally.ts';

describe('fuzz: review files (.json)', () => {
  it(
    'every mutated review file opens as a valid review or is refused with a clear error, within the time limit',
    async () => {
      const tally = new Tally('review file');
      const base = fc.oneof(bundleArbitrary, fc.constant(fullBundle()));
      await fc.assert(
        fc.asyncProperty(base, jsonMutations, async (bundle, mutations) => {
          const text = applyJsonMutations(serializeReviewFile(bundle, NOW), mutations);
          const outcome: Outcome = await withinLimit('parseReviewFile', () => judgeReviewFile(parseReviewFile(text, 'fuzzed.review.json')));
          tally.add(
            mutations.map((m) => m.kind),
            outcome,
          );
        }),
        fuzzParams('review file json', 8_000),
      );
      tally.print();
      expect(tally.total).toBeGreaterThan(0);
      // The fuzzer must reach both sides: files it accepts and files it refuses.
      expect(tally.outcomes.get('valid') ?? 0).toBeGreaterThan(0);
      expect(tally.errorCount()).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
