import fc from 'fast-check';
import { importWorkbook } from '@shared/excel/index.ts';
import { baseWorkbooks, NOW } from './bases.ts';
import { fuzzParams } from './config.ts';
import { digest, FuzzFailure, judgeWorkbook, withinLimit, type Outcome } from './outcome.ts';
import { Tally } from './tally.ts';
import { copyParts, openParts, packParts, type Parts } from './zip-parts.ts';

let ids = 0;
const newId = () => {
  ids += 1;
  return `00000000-0000-4000-8000-${ids.toString(16).padStart(12, '0')}`;
};

/** Imports bytes as the app does, judged by the fuzz rule; the input must come back untouched. */
export async function importJudged(bytes: Uint8Array, fileName = 'fuzzed.xlsx'): Promise<Outcome> {
  const before = digest(bytes);
  const result = await withinLimit(`importWorkbook(${fileName}, ${bytes.length} bytes)`, () =>
    importWorkbook(bytes, { fileName, newId, now: NOW }),
  );
  if (digest(bytes) !== before) throw new FuzzFailure('importWorkbook changed the bytes it was given');
  // An external entity must never be resolved into the review (it would read a local file).
  if (result.ok && JSON.stringify(result.value).includes('root:')) throw new FuzzFailure('an external entity was resolved');
  return judgeWorkbook(result);
}

let opened: Promise<{ name: string; bytes: Uint8Array; parts: Parts }[]> | undefined;

export function bases() {
  opened ??= baseWorkbooks().then((list) => list.map((b) => ({ ...b, parts: openParts(b.bytes) })));
  return opened;
}

/**
 * One property over the real exported workbooks: pick a base, mutate its parts, pack, optionally damage the packed
 * bytes, import, judge; where `expected` names the outcome a case's mutation kinds decide, the case must end so.
 * Returns the tally so the test can check the outcome counts.
 */
export async function fuzzWorkbookParts<M extends { kind: string }>(
  name: string,
  mutations: fc.Arbitrary<M[]>,
  baseRuns: number,
  apply: (parts: Parts, mutations: M[]) => void,
  afterPack: (bytes: Uint8Array, mutations: M[]) => Uint8Array = (b) => b,
  expected: (mutations: M[]) => string | null = () => null,
): Promise<Tally> {
  const list = await bases();
  const tally = new Tally(name);
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: list.length - 1 }), mutations, fc.constantFrom<0 | 6>(0, 0, 0, 6), async (which, ms, level) => {
      const parts = copyParts(list[which]!.parts);
      apply(parts, ms);
      const bytes = afterPack(packParts(parts, level), ms);
      const outcome = await importJudged(bytes);
      tally.add(
        ms.map((m) => m.kind),
        outcome,
      );
      // A differential oracle where the mutation kinds decide the outcome: "valid" or "error:<code>".
      const want = expected(ms);
      const got = outcome.kind === 'valid' ? 'valid' : `error:${outcome.code}`;
      if (want !== null && got !== want) throw new FuzzFailure(`expected ${want} from ${ms.map((m) => m.kind).join(' + ')}, got ${got}`);
      if (want !== null) tally.expect(want);
    }),
    fuzzParams(name, baseRuns),
  );
  tally.print();
  return tally;
}
