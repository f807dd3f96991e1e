import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKBOOK_LIMITS } from '@shared/excel/limits.ts';
import { FUZZ_TEST_TIMEOUT } from './support/config.ts';
import { fuzzWorkbookParts } from './support/workbook-run.ts';
import { applyWorkbookMutations, dataMutation, type WorkbookMutation } from './support/workbook-mutations.ts';
import { applyPackedTricks, applyPartTricks, zipTrick, type ZipTrick } from './support/zip-tricks.ts';

type Mutation = WorkbookMutation | ZipTrick;
const isTrick = (m: Mutation): m is ZipTrick => ['bomb', 'many-parts', 'lie-sizes', 'duplicate-name'].includes(m.kind);

/**
 * What the kinds alone decide: with the directory left honest (no lying size, no twin name), more parts than the
 * limit or a bomb past the unpacked limit must be refused as too large, whatever else was mutated.
 */
const EVERY_BASE_HAS = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'];

function expectedOutcome(ms: Mutation[]): string | null {
  const tricks = ms.filter(isTrick);
  if (tricks.some((t) => t.kind === 'lie-sizes' || t.kind === 'duplicate-name')) return null;
  if (tricks.some((t) => t.kind === 'many-parts' && t.count > WORKBOOK_LIMITS.entries)) return 'error:too-large';
  // Just under the limit, the base's own parts (a few dozen) may push the count over it, and the count is checked
  // before names: either refusal is right there, so the kinds alone do not decide it.
  if (tricks.some((t) => t.kind === 'many-parts' && t.count > WORKBOOK_LIMITS.entries - 100)) return null;
  // A bomb appended under the name of a part every base has makes two parts with one name: refused as damaged.
  if (tricks.some((t) => t.kind === 'bomb' && EVERY_BASE_HAS.includes(t.part))) return 'error:corrupt-zip';
  if (tricks.some((t) => t.kind === 'bomb' && t.megabytes * 1024 * 1024 > WORKBOOK_LIMITS.unpackedBytes)) return 'error:too-large';
  return null;
}

describe('fuzz: zip bombs, lying zip directories and a tampered hidden data sheet', () => {
  it(
    'every case is refused with a clear error or read as a valid review, never inflated without limit',
    async () => {
      const tally = await fuzzWorkbookParts<Mutation>(
        'workbook container',
        fc.array(fc.oneof(zipTrick, dataMutation), { minLength: 1, maxLength: 2 }),
        250,
        (parts, ms) => {
          applyPartTricks(parts, ms.filter(isTrick));
          applyWorkbookMutations(
            parts,
            ms.filter((m): m is WorkbookMutation => !isTrick(m)),
          );
        },
        (bytes, ms) => applyPackedTricks(bytes, ms.filter(isTrick)),
        expectedOutcome,
      );
      expect(tally.outcomes.get('valid') ?? 0).toBeGreaterThan(0);
      // Each case the kinds decide was checked as it ran; here, that enough of them ran and the counts add up.
      expect(tally.expected.get('error:too-large') ?? 0).toBeGreaterThan(10);
      expect(tally.expected.get('error:corrupt-zip') ?? 0).toBeGreaterThan(10);
      for (const [outcome, count] of tally.expected) expect(tally.outcomes.get(outcome) ?? 0).toBeGreaterThanOrEqual(count);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
