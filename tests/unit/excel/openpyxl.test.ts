import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportComparisonWorkbook, exportReviewWorkbook, exportTemplateWorkbook } from '@shared/excel/index.ts';
import { currentInstrument as form } from '@shared/instrument/catalogue.ts';
import { review } from '../compare/fixtures.ts';
import { inspectWorkbook, openpyxlMissing, type SheetFacts, type WorkbookFacts } from './openpyxl.ts';
import { sampleBundle } from './sample.ts';

const missing = openpyxlMissing();
if (missing) console.log(`Skipping the openpyxl checks: ${missing}`);

/** 12 mm in points: the least room a hand-written mark or line needs on paper. */
const TWELVE_MM = (12 / 25.4) * 72;
const visible = (wb: WorkbookFacts) => Object.entries(wb.bySheet).filter(([, s]) => s.state === 'visible');
/** "C4:F8" -> every cell in it, for checking a range lies inside the form. */
const cellsOf = (sqref: string) =>
  sqref.split(' ').flatMap((range) => {
    const [a, b = a] = range.split(':') as [string, string?];
    const parse = (ref: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref);
      if (!m) throw new Error(`not a bounded cell reference: ${ref}`);
      return { col: m[1]!.charCodeAt(0) - 64, row: Number(m[2]) };
    };
    const [from, to] = [parse(a), parse(b!)];
    const out: string[] = [];
    for (let r = from.row; r <= to.row; r += 1) for (let c = from.col; c <= to.col; c += 1) out.push(`${String.fromCharCode(64 + c)}${r}`);
    return out;
  });

let reviewBook: WorkbookFacts;
let blank: WorkbookFacts;
let comparison: WorkbookFacts;
let partlyRated: WorkbookFacts;

beforeAll(async () => {
  if (missing) return;
  const dir = await mkdtemp(path.join(tmpdir(), 'partnership-review-openpyxl-'));
  const file = async (name: string, bytes: Uint8Array) => {
    await writeFile(path.join(dir, name), bytes);
    return inspectWorkbook(path.join(dir, name));
  };
  // The sample's 1.1 is open and due 30 June 2025; on 1 July it is one day overdue. 2.3 is in progress, due 1 September.
  reviewBook = await file('review.xlsx', await exportReviewWorkbook(sampleBundle(), '2025-07-01'));
  blank = await file('blank.xlsx', await exportTemplateWorkbook(form, '2025-07-01'));
  const spring = review({ n: 1, title: 'Spring', date: '2025-03-01', ratings: { '1.1': 'no-action-needed' } });
  const autumn = review({ n: 2, title: 'Autumn', date: '2025-10-01', ratings: { '1.1': 'yes-working-well' } });
  comparison = await file(
    'comparison.xlsx',
    await exportComparisonWorkbook({ name: 'Riverside & Co' }, [spring, autumn], { today: '2025-10-15' }),
  );
  // Every benchmark rated "YES - working well" in June; in September only 1.1, rated the same: both index 100.
  const everyBenchmark = form.sections.flatMap((s) => s.benchmarks.map((b) => [b.number, 'yes-working-well'] as const));
  const full = review({ n: 3, title: 'Full', date: '2025-06-01', ratings: Object.fromEntries(everyBenchmark) });
  const partial = review({ n: 4, title: 'Partial', date: '2025-09-01', ratings: { '1.1': 'yes-working-well' } });
  partlyRated = await file(
    'partly-rated.xlsx',
    await exportComparisonWorkbook({ name: 'Riverside' }, [partial, full], { today: '2025-10-15' }),
  );
}, 120_000);

function printsReadably(name: string, s: SheetFacts) {
  expect(s.paperSize, name).toBe(9);
  expect(s.fitToPage, name).toBe(false);
  expect(s.scale, name).toBeGreaterThanOrEqual(90);
  expect(s.scale, name).toBeLessThanOrEqual(100);
  expect(s.footer, name).toEqual(['&A', null, 'Page &P of &N']);
}

describe.skipIf(missing !== null)('the workbooks as openpyxl reads them', () => {
  it('prints every sheet of the review at 90–100 % on A4, each page headed by partnership, review and date', () => {
    for (const [name, s] of visible(reviewBook)) {
      printsReadably(name, s);
      // "&" is a header command; the partnership's own "&" is written "&&".
      expect(s.header, name).toEqual(['Northshire Health && Care', 'Spring review', '14 Mar 2025']);
    }
    expect(visible(reviewBook).length).toBe(7);
  });

  it('writes typed dates as real date cells in British order, and numbers as numbers', () => {
    const date = (sheet: string, cell: string) => reviewBook.bySheet[sheet]!.cells[cell]!;
    for (const [sheet, cell, iso] of [
      ['Summary', 'B8', '2025-03-14'],
      ['1 Leadership', 'I4', '2025-06-30'],
      ['Action plan', 'F3', '2025-06-30'],
    ] as const) {
      expect(date(sheet, cell), `${sheet}!${cell}`).toMatchObject({
        type: 'd',
        isDate: true,
        format: 'dd/mm/yyyy',
        value: `${iso}T00:00:00`,
      });
    }
    expect(reviewBook.bySheet['Summary']!.cells['B13']).toMatchObject({ type: 'n', value: form.version });
  });

  it('flags overdue actions on the Action plan by the review’s today, beside their status', () => {
    const plan = reviewBook.bySheet['Action plan']!.cells;
    expect([plan['A3']?.value, plan['G3']?.value, plan['I3']?.value]).toEqual(['1.1', 'Open', 'Overdue (1 day)']);
    expect([plan['A4']?.value, plan['G4']?.value, plan['I4']?.value]).toEqual(['2.3', 'In progress', undefined]);
  });

  it('gives the blank form no Summary or Action plan, locks its structure, and protects each sheet without a password', () => {
    expect(blank.sheets).toEqual(['Introduction', ...form.sections.map((s) => `${s.number} ${s.title}`), 'Possible actions', '_data']);
    expect(blank.lockStructure).toBe(true);
    for (const [name, s] of visible(blank)) {
      printsReadably(name, s);
      expect(s.protected, name).toBe(true);
      expect(s.password, name).toBeNull();
    }
    expect(reviewBook.lockStructure).toBe(false);
  });

  it('bounds the dropdowns to the form’s own rating and factor cells, which alone are left unlocked with the fill-in cells', () => {
    for (const [i, section] of form.sections.entries()) {
      const s = blank.bySheet[`${section.number} ${section.title}`]!;
      const lastBenchmark = 3 + section.benchmarks.length;
      const firstFactor = lastBenchmark + 3;
      const ratingCells = cellsOf(`C4:F${lastBenchmark}`);
      const factorCells = cellsOf(`A${firstFactor}:A${firstFactor + section.factors.length - 1}`);
      const byList = (formula: string) =>
        s.validations
          .filter((v) => v.formula1 === formula)
          .flatMap((v) => cellsOf(v.sqref))
          .sort();
      expect(byList('"✓"'), `sheet ${i}`).toEqual([...ratingCells].sort());
      expect(byList('"✓,✗"'), `sheet ${i}`).toEqual([...factorCells].sort());
      expect(s.validations.length).toBe(2);
      for (const cell of [...ratingCells, ...factorCells, `G4`, `H4`, `I4`, `J4`]) expect(s.cells[cell]?.locked, cell).toBe(false);
      for (const cell of ['A4', 'B4', 'C3', `B${firstFactor}`]) expect(s.cells[cell]?.locked, cell).toBe(true);
      // Room to write: rating rows and every typical factor at least 12 mm high on paper.
      for (let r = 4; r < firstFactor + section.factors.length; r += 1) {
        if (r > lastBenchmark && r < firstFactor) continue;
        expect((s.rowHeights[String(r)] ?? 15) * (s.scale! / 100), `row ${r}`).toBeGreaterThanOrEqual(TWELVE_MM);
      }
    }
    const intro = blank.bySheet['Introduction']!.cells;
    expect(intro['A4']?.value).toBe('Partnership');
    expect(intro['B4']?.locked).toBe(false);
    expect(intro['B8']).toMatchObject({ isDate: true, format: 'dd/mm/yyyy', locked: false });
  });

  it('prints the blank form with its introduction and how to fill it in, and lines for the partnership and date in the header', () => {
    const texts = Object.values(blank.bySheet['Introduction']!.cells).map((c) => String(c.value));
    expect(texts).toContain(form.introduction);
    expect(texts).toContain('How to fill in this form');
    expect(texts.some((t) => t.includes('Mark one column only for each benchmark'))).toBe(true);
    expect(blank.bySheet['1 Leadership']!.header).toEqual(['Partnership: ________________', form.name, 'Date: ______________']);
  });

  it('gives the comparison a cover, the renamed matrix, and the same header and footer on every sheet', () => {
    expect(comparison.sheets).toEqual(['Overview', 'Benchmarks over time', 'Section trends', 'Factors over time', 'Action register']);
    for (const [name, s] of visible(comparison)) {
      printsReadably(name, s);
      expect(s.header, name).toEqual(['Riverside && Co', 'Progress over time', '1 Mar 2025 – 1 Oct 2025']);
    }
  });

  it('shows each review’s index with its coverage in the comparison, and says in the screen’s words which is not comparable', () => {
    const cover = partlyRated.bySheet['Overview']!.cells;
    const row = (cells: Record<string, { value: unknown }>, r: number, columns: string) =>
      [...columns].map((c) => cells[`${c}${r}`]?.value);
    expect(row(cover, 3, 'ABCD')).toEqual(['Review', 'Date', 'Overall index (0–100)', 'Coverage']);
    expect(row(cover, 4, 'ABCD')).toEqual(['Full', '1 Jun 2025', 100, '21 of 21 rated']);
    // The month as the screen writes it (shared/dates.ts), "Sept", not a workbook's own "Sep".
    expect(row(cover, 5, 'ABCD')).toEqual(['Partial', '1 Sept 2025', 100, '1 of 21 rated']);
    const warning = 'Review “Partial” has only 1 of 21 benchmarks rated; its index is not comparable.';
    expect(cover['A6']?.value).toBe(warning);

    const trends = partlyRated.bySheet['Section trends']!.cells;
    expect(row(trends, 3, 'CD')).toEqual(['Full\n1 Jun 2025', 'Partial\n1 Sept 2025']);
    const rowOf = (label: string) =>
      Number(
        Object.entries(trends)
          .find(([ref, c]) => ref.startsWith('A') && c.value === label)![0]
          .slice(1),
      );
    const leadership = rowOf('1 Leadership');
    expect(row(trends, leadership, 'BCD')).toEqual(['Index (0–100)', 100, 100]);
    expect(row(trends, leadership + 1, 'BCD')).toEqual(['Coverage', '5 of 5 rated', '1 of 5 rated']);
    const overall = rowOf('All sections');
    expect(row(trends, overall, 'BCD')).toEqual(['Index (0–100)', 100, 100]);
    expect(row(trends, overall + 1, 'BCD')).toEqual(['Coverage', '21 of 21 rated', '1 of 21 rated']);

    // The warning once on each sheet that shows the index, for the partly rated review only.
    for (const sheet of ['Overview', 'Section trends']) {
      const warnings = Object.values(partlyRated.bySheet[sheet]!.cells).filter((c) => String(c.value).includes('not comparable'));
      expect(
        warnings.map((c) => c.value),
        sheet,
      ).toEqual([warning]);
    }
  });
});
