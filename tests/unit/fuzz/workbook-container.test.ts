import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TEST_TIMEOUT } from './support/config.ts';
import { fuzzWorkbookParts } from './support/workbook-run.ts';
import { applyWorkbookMutations, dataMutation, type WorkbookMutation } from './support/workbook-mutations.ts';
import { applyPackedTricks, applyPartTricks, zipTrick, type ZipTrick } from './support/zip-tricks.ts';

type Mutation = WorkbookMutation | ZipTrick;
const isTrick = (m: Mutation): m is ZipTrick => ['bomb', 'many-parts', 'lie-sizes', 'duplicate-name'].includes(m.kind);

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
      );
      expect(tally.outcomes.get('valid') ?? 0).toBeGreaterThan(0);
      expect(tally.outcomes.get('error:too-large') ?? 0).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
