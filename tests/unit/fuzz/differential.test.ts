import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '@shared/excel/index.ts';
import { parseLibraryFile, serializeLibrary } from '@shared/files/library-file.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { librarySnapshot, NOW } from './support/bases.ts';
import { cellValue, cellXml } from './support/cell-values.ts';
import { fuzzParams, FUZZ_TEST_TIMEOUT } from './support/config.ts';
import { judgeLibraryFile, judgeWorkbook, withinLimit, type Outcome } from './support/outcome.ts';
import { Tally } from './support/tally.ts';
import { bases } from './support/workbook-run.ts';
import { putCell, setText, sheetParts, text, copyParts, packParts, type Parts } from './support/zip-parts.ts';
import type { CellValue } from './support/cell-values.ts';
import type { ReviewBundle } from '@shared/files/bundle.ts';

/**
 * Differential oracles: instead of "a valid review or a clear error", each mutation kind says which of the two it
 * must be, and a mutation the reader ignores must import EQUAL to the unmutated file. The expected outcome of every
 * case comes from its kind alone, and the final counts must equal the counts of the kinds drawn.
 */

/** Fresh, repeatable ids per import, so the blank form imports to the same bundle every time. */
function freshIds() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(n += 1).toString(16).padStart(12, '0')}`;
}

async function importFresh(bytes: Uint8Array) {
  return withinLimit('importWorkbook', () => importWorkbook(bytes, { fileName: 'fuzzed.xlsx', newId: freshIds(), now: NOW }));
}

function withSheet(parts: Parts, sheet: string, edit: (xml: string) => string): void {
  const path = sheetParts(parts).get(sheet)!;
  setText(parts, path, edit(text(parts, path)!));
}

const SECTIONS = currentInstrument.sections.map((s) => ({
  sheet: `${s.number} ${s.title}`.slice(0, 31),
  number: s.number,
  benchmarks: s.benchmarks.length,
}));
/** Hand-read from the layout: a section sheet is headed on row 3 and lists its benchmarks from row 4, A to J. */
const FIRST_BENCHMARK_ROW = 4;

type Mutation =
  /** Cells right of the form (K to Z) on a section sheet, or anywhere on the Possible actions bank: never read. */
  | { kind: 'ignored-cell'; sheet: string; address: string; value: CellValue }
  /** A whole-column merge and validation beyond the form's columns, as Excel leaves them: clipped, never read. */
  | { kind: 'ignored-decoration'; sheet: string; column: string }
  /** Two or more rating columns marked for one benchmark: must be refused, naming the benchmark. */
  | { kind: 'duplicated-mark'; section: number; index: number; columns: string[]; mark: string };

const ignoredCell = fc.record({
  kind: fc.constant('ignored-cell' as const),
  sheet: fc.constantFrom(...SECTIONS.map((s) => s.sheet), 'Possible actions'),
  // Beyond the form (A–J) and its agreement block (K–S at most), which the importer reads.
  address: fc.tuple(fc.constantFrom(...'UVWXYZ'.split('')), fc.integer({ min: 1, max: 60 })).map(([c, r]) => `${c}${r}`),
  // Well-formed cells only: raw XML and shared strings out of range damage the part itself, which no reader ignores.
  value: cellValue.filter((v) => v.type !== 'raw-text' && v.type !== 'shared-string'),
});
const ignoredDecoration = fc.record({
  kind: fc.constant('ignored-decoration' as const),
  sheet: fc.constantFrom(...SECTIONS.map((s) => s.sheet)),
  column: fc.constantFrom('U', 'Z', 'XFD'),
});
const duplicatedMark = fc
  .record({
    section: fc.nat({ max: SECTIONS.length - 1 }),
    index: fc.nat({ max: 20 }),
    columns: fc.subarray(['C', 'D', 'E', 'F'], { minLength: 2 }),
    mark: fc.constantFrom('x', 'X', '✓', 'yes', '✔', 'agreed'),
  })
  .map((m) => ({ kind: 'duplicated-mark' as const, ...m, index: m.index % SECTIONS[m.section]!.benchmarks }));

function apply(parts: Parts, m: Mutation): void {
  if (m.kind === 'ignored-cell') withSheet(parts, m.sheet, (xml) => putCell(xml, m.address, cellXml(m.address, m.value)));
  if (m.kind === 'ignored-decoration') {
    const validation = `<dataValidation type="list" sqref="${m.column}1:${m.column}1048576"><formula1>"a,b"</formula1></dataValidation>`;
    withSheet(parts, m.sheet, (xml) => {
      const merged = xml.replace(/<\/mergeCells>/, `<mergeCell ref="${m.column}1:${m.column}1048576"/></mergeCells>`);
      // One dataValidations element per sheet: join the sheet's own (the agreement dropdowns) when it has one.
      return merged.includes('</dataValidations>')
        ? merged
            .replace('</dataValidations>', `${validation}</dataValidations>`)
            .replace(/<dataValidations count="(\d+)"/, (_, n: string) => `<dataValidations count="${Number(n) + 1}"`)
        : merged.replace('</mergeCells>', `</mergeCells><dataValidations count="1">${validation}</dataValidations>`);
    });
  }
  if (m.kind === 'duplicated-mark') {
    const row = FIRST_BENCHMARK_ROW + m.index;
    withSheet(parts, SECTIONS[m.section]!.sheet, (xml) =>
      m.columns.reduce((out, col) => putCell(out, `${col}${row}`, cellXml(`${col}${row}`, { type: 'text', text: m.mark })), xml),
    );
  }
}

const expected = (m: Mutation): string => (m.kind === 'duplicated-mark' ? 'error:invalid-workbook' : 'valid');

describe('fuzz: differential oracles', () => {
  it(
    'an ignored cell or decoration imports equal to the original; a duplicated mark is refused, naming its benchmark',
    async () => {
      const list = await bases();
      const originals: ReviewBundle[] = [];
      for (const b of list) {
        const result = await importWorkbook(b.bytes, { fileName: 'fuzzed.xlsx', newId: freshIds(), now: NOW });
        if (!result.ok) throw new Error(`base ${b.name} does not import`);
        originals.push(result.value.bundle);
      }
      const tally = new Tally('workbook differential');
      const expectedCounts = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: list.length - 1 }), fc.oneof(ignoredCell, ignoredDecoration, duplicatedMark), async (which, m) => {
          const parts = copyParts(list[which]!.parts);
          apply(parts, m);
          const result = await importFresh(packParts(parts));
          const outcome: Outcome = judgeWorkbook(result);
          tally.add([m.kind], outcome);
          const key = expected(m);
          expectedCounts.set(key, (expectedCounts.get(key) ?? 0) + 1);
          expect(outcome.kind === 'valid' ? 'valid' : `error:${outcome.code}`).toBe(key);
          if (m.kind === 'duplicated-mark') {
            const s = SECTIONS[m.section]!;
            const problems = result.ok ? [] : (result.error.problems ?? []);
            expect(problems).toContainEqual({
              where: expect.stringMatching(new RegExp(`^${s.sheet}![C-F]${FIRST_BENCHMARK_ROW + m.index}$`)),
              message: expect.stringMatching(
                new RegExp(`^(two|three|four) ratings marked for ${s.number}\\.${m.index + 1}; mark one column only$`),
              ),
            });
          } else if (result.ok) {
            expect(result.value.bundle).toEqual(originals[which]);
          }
        }),
        fuzzParams('workbook differential', 60),
      );
      tally.print();
      expect(tally.outcomes).toEqual(expectedCounts);
      expect(expectedCounts.size).toBe(2);
    },
    FUZZ_TEST_TIMEOUT,
  );

  type Breakage = 'wrong-type' | 'missing-field' | 'unknown-form' | 'orphan' | 'impossible-date';
  const breakages: Record<Breakage, { reviewsOnly: boolean; apply: (record: Record<string, unknown>) => void }> = {
    'wrong-type': { reviewsOnly: false, apply: (r) => (r.createdAt = 42) },
    'missing-field': { reviewsOnly: false, apply: (r) => delete r.updatedAt },
    'unknown-form': { reviewsOnly: true, apply: (r) => (r.instrument = { id: 'another-form', version: 1 }) },
    orphan: { reviewsOnly: true, apply: (r) => (r.partnershipId = 'ffffffff-ffff-4fff-8fff-ffffffffffff') },
    'impossible-date': { reviewsOnly: true, apply: (r) => (r.date = '2025-02-31') },
  };

  it(
    'a restore with exactly one bad record is refused, naming that record; the untouched backup restores',
    async () => {
      const snapshot = librarySnapshot();
      const textOf = (s: unknown) => serializeLibrary(s as never, NOW);
      expect(judgeLibraryFile(parseLibraryFile(textOf(snapshot), 'backup.json'))).toEqual({ kind: 'valid' });
      const tally = new Tally('library differential');
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...(Object.keys(breakages) as Breakage[])),
          fc.boolean(),
          fc.nat(),
          async (kind, inReviews, at) => {
            const collection = breakages[kind].reviewsOnly || inReviews ? 'reviews' : 'partnerships';
            const body = JSON.parse(serializeLibrary(snapshot, NOW)) as Record<string, Array<Record<string, unknown>>>;
            const index = at % body[collection]!.length;
            breakages[kind].apply(body[collection]![index]!);
            const result = parseLibraryFile(JSON.stringify(body), 'backup.json');
            const outcome = await withinLimit('parseLibraryFile', () => judgeLibraryFile(result));
            tally.add([kind], outcome);
            expect(outcome).toEqual({ kind: 'error', code: 'invalid-file' });
            const wheres = result.ok ? [] : (result.error.problems ?? []).map((p) => p.where);
            expect(wheres.length).toBeGreaterThan(0);
            for (const where of wheres) expect(where.startsWith(`${collection}[${index}]`)).toBe(true);
          },
        ),
        fuzzParams('library differential', 300),
      );
      tally.print();
      expect(tally.outcomes).toEqual(new Map([['error:invalid-file', tally.total]]));
    },
    FUZZ_TEST_TIMEOUT,
  );
});
