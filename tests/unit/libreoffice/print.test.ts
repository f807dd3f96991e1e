import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportComparisonWorkbook, exportReviewWorkbook, exportTemplateWorkbook } from '@shared/excel/index.ts';
import { currentInstrument as form } from '@shared/instrument/catalogue.ts';
import { review } from '../compare/fixtures.ts';
import { sampleBundle } from '../excel/sample.ts';
import { pdfPages, pdfToolsMissing, printWithLibreOffice } from './soffice.ts';

const missing = pdfToolsMissing();
if (missing) console.log(`Skipping the printed-workbook checks: ${missing}`);

/**
 * Each workbook printed by LibreOffice, as a client prints it: every page must be identifiable on its own, the blank
 * form must waste no page, and no sheet may spill sideways onto extra pages.
 */
let pages: Record<'review' | 'blank' | 'comparison', string[]>;
const sheetOf = (page: string) => /^\s*(.+?)\s{2,}Page \d+ of \d+\s*$/m.exec(page)?.[1]?.trim();
const pagesPerSheet = (all: string[]) =>
  all.reduce<Record<string, number>>((n, p) => ({ ...n, [sheetOf(p) ?? '?']: (n[sheetOf(p) ?? '?'] ?? 0) + 1 }), {});

beforeAll(async () => {
  if (missing) return;
  const dir = await mkdtemp(path.join(tmpdir(), 'partnership-review-print-'));
  const out = path.join(dir, 'pdf');
  await mkdir(out);
  const spring = review({
    n: 1,
    title: 'Spring',
    date: '2025-03-01',
    ratings: { '1.1': 'no-action-needed', '2.1': 'yes-needs-improving' },
  });
  const autumn = review({ n: 2, title: 'Autumn', date: '2025-10-01', ratings: { '1.1': 'yes-working-well', '2.1': 'yes-working-well' } });
  const files = {
    review: await exportReviewWorkbook(sampleBundle(), '2025-07-01'),
    blank: await exportTemplateWorkbook(form, '2025-07-01'),
    comparison: await exportComparisonWorkbook({ name: 'Riverside Partnership' }, [spring, autumn], { today: '2025-10-15' }),
  };
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, `${name}.xlsx`), bytes);
  await printWithLibreOffice(
    Object.keys(files).map((name) => path.join(dir, `${name}.xlsx`)),
    out,
  );
  pages = {
    review: pdfPages(path.join(out, 'review.pdf')),
    blank: pdfPages(path.join(out, 'blank.pdf')),
    comparison: pdfPages(path.join(out, 'comparison.pdf')),
  };
}, 240_000);

describe.skipIf(missing !== null)('workbooks printed by LibreOffice', () => {
  it('names the partnership, the review and its date on every page of the review, numbered "Page n of m"', () => {
    const all = pages.review;
    all.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatch(/Northshire Health & Care\s+Spring review\s+14 Mar 2025/);
      expect(page, `page ${i + 1}`).toMatch(new RegExp(`Page ${i + 1} of ${all.length}`));
    });
  });

  it('prints each section on at most two pages and never spills a sheet sideways', () => {
    const per = pagesPerSheet(pages.review);
    for (const s of form.sections) expect(per[`${s.number} ${s.title}`], s.title).toBeLessThanOrEqual(2);
    expect(per['Summary']).toBeLessThanOrEqual(2);
    expect(per['Action plan']).toBe(1);
    // Every column heading of a section sheet is on the section's first page: nothing was pushed to a page of its own.
    const first = pages.review.find((p) => sheetOf(p) === '1 Leadership')!;
    for (const heading of ['BENCHMARK', 'Action Needed', 'By Whom?', 'Due date', 'Notes']) expect(first).toContain(heading);
  });

  it('prints the blank form with its introduction and sections but no Summary or Action plan page', () => {
    const per = pagesPerSheet(pages.blank);
    expect(Object.keys(per)).toEqual(['Introduction', ...form.sections.map((s) => `${s.number} ${s.title}`), 'Possible actions']);
    expect(per['Introduction']).toBe(1);
    expect(pages.blank[0]).toContain('Use this tool to analyse in depth how your partnership is working');
    expect(pages.blank[0]).toContain('How to fill in this form');
    for (const page of pages.blank) expect(page).toMatch(/Partnership: _+/);
  });

  it('names the partnership on every page of the comparison, opening with its cover', () => {
    expect(sheetOf(pages.comparison[0]!)).toBe('Overview');
    // Spring: 1.1 needs action (0) and 2.1 needs improving (2), 2 of 6 = 33; Autumn: both working well, 100.
    expect(pages.comparison[0]!.replace(/\s+/g, ' ')).toContain('from 33 to 100: up 67 points');
    for (const page of pages.comparison) expect(page).toMatch(/Riverside Partnership\s+Progress over time\s+1 Mar 2025 – 1 Oct 2025/);
    // Every page of the matrix carries both review columns: long, but never split sideways.
    const matrix = pages.comparison.filter((p) => sheetOf(p) === 'Benchmarks over time');
    expect(matrix.length).toBeGreaterThan(0);
    for (const page of matrix) expect(page).toMatch(/Spring[\s\S]*Autumn/);
  });
});
