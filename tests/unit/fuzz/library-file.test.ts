import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLibraryFile, serializeLibrary } from '@shared/files/library-file.ts';
import { librarySnapshot, NOW } from './support/bases.ts';
import { fuzzParams, FUZZ_TEST_TIMEOUT } from './support/config.ts';
import { applyJsonMutations, jsonMutations } from './support/json-mutations.ts';
import { judgeLibraryFile, withinLimit } from './support/outcome.ts';
import { Tally } from './support/tally.ts';

describe('fuzz: library backups (.json)', () => {
  it(
    'every mutated backup restores as a valid library or is refused with a clear error, within the time limit',
    async () => {
      const tally = new Tally('library file');
      const text = serializeLibrary(librarySnapshot(), NOW);
      await fc.assert(
        fc.asyncProperty(jsonMutations, async (mutations) => {
          const mutated = applyJsonMutations(text, mutations);
          const outcome = await withinLimit('parseLibraryFile', () => judgeLibraryFile(parseLibraryFile(mutated, 'fuzzed.library.json')));
          tally.add(
            mutations.map((m) => m.kind),
            outcome,
          );
        }),
        fuzzParams('library file json', 5_000),
      );
      tally.print();
      expect(tally.outcomes.get('valid') ?? 0).toBeGreaterThan(0);
      expect(tally.errorCount()).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
