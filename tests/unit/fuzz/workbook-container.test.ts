import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKBOOK_LIMITS } from '../../../shared/excel/limits.ts';
import { FUZZ_TEST_TIMEOUT } from './support/config.ts';
import { fuzzWorkbookParts } from './support/workbook-run.ts';
import { applyWorkbookMutations, dataMutation, type WorkbookMutation } from './support/workbook-mutations.ts';
import { applyPackedTricks, applyPartTricks, zipTrick, type ZipTrick } from './support/zip-tricks.ts';

type Mutation = WorkbookMutation | ZipTrick;
const isTrick = (m: Mutation): m is ZipTrick => ['bomb', 'many-parts', 'lie-sizes', 'duplicate-name'].includes(m.kind);

/**
 * What the kinds alone decide: with the directory left honest (no lying size, no twin name), a bomb past the
 * unpacked limit or more parts than the limit must be refused as too large, whatever else was mutated.
 */
function expectedOutcome(ms: Mutation[]): string | null {
  const tricks = ms.filter(isTrick);
  if (tricks.some((t) => t.kind === 'lie-sizes' || t.kind === 'duplicate-name')) return null;
  const bombed = tricks.some((t) => t.kind === 'bomb' && t.megabytes * 1024 * 1024 > WORKBOOK_LIMITS.unpackedBytes);
  const crowded = tricks.some((t) => t.kind === 'many-parts' && t.count > WORKBOOK_LIMITS.entries);
  return bombed || crowded ? 'error:too-large' : null;
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
          applyWorkbookMutations(parts, ms.filter((m): m is WorkbookMutation => !isTrick(m)));
        },
        (bytes, ms) => applyPackedTricks(bytes, ms.filter(isTrick)),
        expectedOutcome,
      );
      expect(tally.outcomes.get('valid') ?? 0).toBeGreaterThan(0);
      // Every bomb past the unpacked limit and every 2,001-part zip was refused as too large (checked case by case).
      expect(tally.expected.get('error:too-large') ?? 0).toBeGreaterThan(10);
      expect(tally.outcomes.get('error:too-large') ?? 0).toBeGreaterThanOrEqual(tally.expected.get('error:too-large')!);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
