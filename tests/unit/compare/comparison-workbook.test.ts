import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COMPARISON_SHEETS, exportComparisonWorkbook } from '@shared/excel/index.ts';
import { HEADER_ROW } from '@shared/excel/comparison/layout.ts';
import { LEVEL_COLOURS } from '@shared/levels.ts';
import { ADDED, catalogue, idOf, review, v2 } from './fixtures.ts';

async function read(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Finds the row whose column A holds `label` (a benchmark number, say). */
function rowOf(sheet: ExcelJS.Worksheet, label: string, column = 1): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (String(sheet.getCell(r, column).value ?? '') === label) return r;
  throw new Error(`no row "${label}" in ${sheet.name}`);
}

const spring = review({
  n: 1,
  title: 'Spring',
  date: '2025-03-01',
  ratings: { '1.1': 'no-action-needed', '1.2': 'yes-working-well', '2.1': 'yes-needs-improving' },
  answers: {
    '1.1': { actionNeeded: '=HYPERLINK("http://evil","click")', byWhom: '@chair', dueDate: '2025-05-01', actionStatus: 'open' },
    '1.2': { actionNeeded: '+44 call the partners', byWhom: '-', dueDate: '2026-01-01', actionStatus: 'open' },
  },
  factors: { leadership: { 'leadership-f1': 'tick', 'leadership-f2': 'cross' } },
});
const autumn = review({
  n: 2,
  title: 'Autumn',
  date: '2025-10-01',
  ratings: { '1.1': 'yes-needs-improving', '1.2': 'no-action-in-hand', '1.3': 'yes-working-well' },
  factors: { leadership: { 'leadership-f1': 'cross', 'leadership-f2': 'tick' } },
});
const partnership = { name: '=cmd|"/c calc"!A1' };

describe('exportComparisonWorkbook', () => {
  it('writes a cover and the four sheets', async () => {
    const wb = await read(await exportComparisonWorkbook(partnership, [autumn, spring], { today: '2025-10-15' }));
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Overview',
      'Benchmarks over time',
      'Section trends',
      'Factors over time',
      'Action register',
    ]);
  });

  it('names the partnership, the reviews compared and the overall change on the cover, the index coloured on a fixed 0–100 scale', async () => {
    const wb = await read(await exportComparisonWorkbook({ name: 'Riverside' }, [autumn, spring], { today: '2025-10-15' }));
    const cover = wb.getWorksheet(COMPARISON_SHEETS.overview)!;
    expect(cover.getCell(1, 1).value).toBe('Riverside – progress over time');
    // Spring: 1.1 needs action (0), 1.2 working well (3), 2.1 needs improving (2): 5 of 9 = 56. Autumn: 2 + 1 + 3 = 6 of 9 = 67.
    expect(String(cover.getCell(2, 1).value)).toBe(
      '2 reviews compared, in date order. The overall index went from 56 to 67: up 11 points. One of the two indexes rests on under half its benchmarks, so the change is not a fair comparison.',
    );
    // Three lines across the four columns (74 characters wide): the row is tall enough to print them all.
    expect(cover.getRow(2).height).toBeGreaterThanOrEqual(45);
    expect([
      cover.getCell(HEADER_ROW + 1, 1).value,
      cover.getCell(HEADER_ROW + 1, 2).value,
      cover.getCell(HEADER_ROW + 1, 3).value,
    ]).toEqual(['Spring', '1 Mar 2025', 56]);
    expect([
      cover.getCell(HEADER_ROW + 2, 1).value,
      cover.getCell(HEADER_ROW + 2, 2).value,
      cover.getCell(HEADER_ROW + 2, 3).value,
    ]).toEqual(['Autumn', '1 Oct 2025', 67]);
    // Each index beside its coverage; both rest on 3 of 21 benchmarks, so both are said not to be comparable.
    expect([cover.getCell(HEADER_ROW, 4).value, cover.getCell(HEADER_ROW + 1, 4).value]).toEqual(['Coverage', '3 of 21 rated']);
    expect([cover.getCell(HEADER_ROW + 3, 1).value, cover.getCell(HEADER_ROW + 4, 1).value]).toEqual([
      'Review “Spring” has only 3 of 21 benchmarks rated; its index is not comparable.',
      'Review “Autumn” has only 3 of 21 benchmarks rated; its index is not comparable.',
    ]);
    // ExcelJS reads conditional formats back but does not declare them in its typings.
    const scales = (wb.getWorksheet(COMPARISON_SHEETS.trends)! as unknown as { conditionalFormattings: { rules: unknown[] }[] })
      .conditionalFormattings;
    expect(scales.length).toBe(5);
    expect(scales[0]!.rules[0]).toMatchObject({
      type: 'colorScale',
      cfvo: [
        { type: 'num', value: 0 },
        { type: 'num', value: 50 },
        { type: 'num', value: 100 },
      ],
    });
    for (const sheet of wb.worksheets)
      expect(sheet.headerFooter.oddHeader).toBe('&LRiverside&CProgress over time&R1 Mar 2025 – 1 Oct 2025');
  });

  it('lays out the matrix as benchmarks by reviews in date order, with ratings, arrows and level colours', async () => {
    const wb = await read(await exportComparisonWorkbook(partnership, [autumn, spring], { today: '2025-10-15' }));
    const m = wb.getWorksheet(COMPARISON_SHEETS.matrix)!;
    expect(m.getCell(HEADER_ROW, 3).value).toBe('Spring\n1 Mar 2025');
    expect(m.getCell(HEADER_ROW, 4).value).toBe('Autumn\n1 Oct 2025');
    const cells = (n: string) => [m.getCell(rowOf(m, n), 3).value, m.getCell(rowOf(m, n), 4).value];
    expect(cells('1.1')).toEqual(['NO - action is needed', '↑ YES - but needs improving']);
    expect(cells('1.2')).toEqual(['YES - working well', '↓ NO - but action is in hand']);
    expect(cells('1.3')).toEqual([null, '• YES - working well']);
    expect(cells('2.1')).toEqual(['YES - but needs improving', '✕ not rated']);
    expect(cells('3.1')).toEqual([null, null]);
    const fill = m.getCell(rowOf(m, '1.1'), 4).fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb).toBe(`FF${LEVEL_COLOURS['yes-needs-improving'].fill.slice(1)}`);
    expect(m.getCell(rowOf(m, '1 Leadership'), 1).value).toBe('1 Leadership');
  });

  it('writes each date as the screen does (shared/dates.ts): "1 Sept 2025", not a workbook spelling of its own', async () => {
    const september = { ...autumn, date: '2025-09-01' };
    const wb = await read(await exportComparisonWorkbook({ name: 'Riverside' }, [spring, september], { today: '2025-09-15' }));
    expect(wb.getWorksheet(COMPARISON_SHEETS.matrix)!.getCell(HEADER_ROW, 4).value).toBe('Autumn\n1 Sept 2025');
    expect(wb.getWorksheet(COMPARISON_SHEETS.overview)!.getCell(HEADER_ROW + 2, 2).value).toBe('1 Sept 2025');
    expect(wb.getWorksheet(COMPARISON_SHEETS.register)!.getCell(2, 1).value).toMatch(/ overdue on 15 Sept 2025\./);
    for (const sheet of wb.worksheets) expect(sheet.headerFooter.oddHeader).toMatch(/&R1 Mar 2025 – 1 Sept 2025$/);
  });

  it('writes user text that looks like a formula as text', async () => {
    const hostileTitle = { ...autumn, title: '-2+3' };
    const wb = await read(await exportComparisonWorkbook(partnership, [hostileTitle, spring], { today: '2025-10-15' }));
    const formulas: string[] = [];
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${sheet.name}!${cell.address}`);
        }),
      ),
    );
    expect(formulas).toEqual([]);
    const reg = wb.getWorksheet(COMPARISON_SHEETS.register)!;
    const r = rowOf(reg, '1.1');
    expect(reg.getCell(r, 3).value).toBe('=HYPERLINK("http://evil","click")');
    expect(reg.getCell(r, 4).value).toBe('@chair');
    expect(reg.getCell(rowOf(reg, '1.2'), 3).value).toBe('+44 call the partners');
    expect(wb.getWorksheet(COMPARISON_SHEETS.matrix)!.getCell(1, 1).value).toBe('=cmd|"/c calc"!A1 – ratings over time');
    expect(wb.getWorksheet(COMPARISON_SHEETS.matrix)!.getCell(HEADER_ROW, 4).value).toBe('-2+3\n1 Oct 2025');
  });

  it('tabulates each section’s index and level counts per review', async () => {
    const wb = await read(await exportComparisonWorkbook(partnership, [spring, autumn], { today: '2025-10-15' }));
    const t = wb.getWorksheet(COMPARISON_SHEETS.trends)!;
    const leadership = rowOf(t, '1 Leadership');
    expect(t.getCell(leadership, 2).value).toBe('Index (0–100)');
    // Spring: 0 and 3 → 50; Autumn: 2, 1 and 3 → 67.
    expect([t.getCell(leadership, 3).value, t.getCell(leadership, 4).value]).toEqual([50, 67]);
    // Under each index, what it rests on: Spring rated 1.1 and 1.2 of leadership's five, Autumn 1.1 to 1.3.
    expect([2, 3, 4].map((c) => t.getCell(leadership + 1, c).value)).toEqual(['Coverage', '2 of 5 rated', '3 of 5 rated']);
    const wellRow = leadership + 5;
    expect(t.getCell(wellRow, 2).value).toBe('YES - working well');
    expect([t.getCell(wellRow, 3).value, t.getCell(wellRow, 4).value]).toEqual([1, 1]);
    expect([t.getCell(leadership + 6, 3).value, t.getCell(leadership + 6, 4).value]).toEqual([3, 2]);
    const overall = rowOf(t, 'All sections');
    expect(t.getCell(overall, 3).value).toBe(56);
    expect([3, 4].map((c) => t.getCell(overall + 1, c).value)).toEqual(['3 of 21 rated', '3 of 21 rated']);
  });

  it('adds the respondents’ mean consensus per section over time, with its change in the matrix; "—" without respondents', async () => {
    const respondent = (n: number, level: 'no-action-needed' | 'yes-working-well') => ({
      id: `00000000-0000-4000-8000-00000000070${n}`,
      name: '',
      organisation: '',
      role: '',
      source: 'by-hand' as const,
      formId: null,
      fingerprint: null,
      ratings: { [idOf('1.1')]: level },
      comments: {},
      factors: {},
      receivedAt: '2025-10-01T09:00:00.000Z',
    });
    // Spring has no respondents; autumn's two split evenly between the extremes on 1.1 (0 %), winter's agree (100 %).
    const split = { ...autumn, respondents: [respondent(1, 'no-action-needed'), respondent(2, 'yes-working-well')] };
    const winter = {
      ...review({ n: 3, title: 'Winter', date: '2026-01-10' }),
      respondents: [respondent(3, 'yes-working-well'), respondent(4, 'yes-working-well')],
    };
    const wb = await read(await exportComparisonWorkbook(partnership, [spring, split, winter]));
    const trends = wb.getWorksheet(COMPARISON_SHEETS.trends)!;
    const block = rowOf(trends, 'Consensus among respondents');
    expect(trends.getCell(block, 2).value).toBe('1 Leadership');
    expect([3, 4, 5].map((c) => trends.getCell(block, c).value)).toEqual(['—', 0, 1]);
    expect(trends.getCell(block, 4).numFmt).toBe('0%');
    expect([3, 4, 5].map((c) => trends.getCell(block + 1, c).value)).toEqual(['—', '—', '—']);
    const matrix = wb.getWorksheet(COMPARISON_SHEETS.matrix)!;
    const leadership = rowOf(matrix, 'Leadership', 2);
    expect([3, 4, 5].map((c) => matrix.getCell(leadership, c).value)).toEqual(['—', '• 0%', '↑ 100%']);
  });

  it('shows typical factors over time with what appeared and what was resolved', async () => {
    const wb = await read(await exportComparisonWorkbook(partnership, [spring, autumn], { today: '2025-10-15' }));
    const f = wb.getWorksheet(COMPARISON_SHEETS.factors)!;
    const first = rowOf(f, '1 Leadership') + 1;
    expect([f.getCell(first, 2).value, f.getCell(first, 3).value]).toEqual(['✓', '✗ resolved']);
    expect([f.getCell(first + 1, 2).value, f.getCell(first + 1, 3).value]).toEqual(['✗', '✓ newly appeared']);
  });

  it('lists the action register with overdue actions flagged', async () => {
    const wb = await read(await exportComparisonWorkbook(partnership, [spring, autumn], { today: '2025-10-15' }));
    const reg = wb.getWorksheet(COMPARISON_SHEETS.register)!;
    expect(reg.getRow(HEADER_ROW).values).toEqual([
      undefined,
      'No.',
      'Benchmark',
      'Action Needed',
      'By Whom?',
      'Due date',
      'Status',
      'Overdue',
      'Review',
      'First raised in',
    ]);
    const late = rowOf(reg, '1.1');
    expect(reg.getCell(late, 7).value).toBe('Overdue (167 days)');
    expect(reg.getCell(late, 6).value).toBe('Open');
    expect(reg.getCell(late, 5).value).toEqual(new Date('2025-05-01T00:00:00.000Z'));
    expect(reg.getCell(rowOf(reg, '1.2'), 7).value).toBeNull();
    expect(reg.getCell(2, 1).value).toBe(
      '2 actions, 1 overdue on 15 Oct 2025. Open and in-progress actions past their due date are overdue.',
    );
  });

  it('makes the column headings’ row tall enough for a long review title over its date, on every sheet of reviews', async () => {
    const long = { ...autumn, title: 'Annual partnership review workshop with the whole board' };
    const wb = await read(await exportComparisonWorkbook(partnership, [spring, long], { today: '2025-10-15' }));
    // 55 characters in a column 14 to 18 wide: at least four lines with the date, about 15 points each.
    for (const name of [COMPARISON_SHEETS.matrix, COMPARISON_SHEETS.trends, COMPARISON_SHEETS.factors]) {
      expect(wb.getWorksheet(name)!.getRow(HEADER_ROW).height, name).toBeGreaterThanOrEqual(60);
    }
  });

  it('names each action’s review with its day said once, even when the title already holds it', async () => {
    const dated = { ...spring, title: 'Review 1 Mar 2025' };
    const wb = await read(await exportComparisonWorkbook(partnership, [dated, autumn], { today: '2025-10-15' }));
    const reg = wb.getWorksheet(COMPARISON_SHEETS.register)!;
    // Both actions are Spring's (renamed here as the default title names a review): the day is not said twice.
    expect([rowOf(reg, '1.1'), rowOf(reg, '1.2')].map((r) => reg.getCell(r, 8).value)).toEqual(['Review 1 Mar 2025', 'Review 1 Mar 2025']);
  });

  it('says which benchmarks only some form versions have', async () => {
    const later = review({
      n: 3,
      title: 'Next year',
      date: '2026-03-01',
      instrument: v2,
      answers: { [ADDED]: { rating: 'yes-working-well' } },
    });
    const wb = await read(await exportComparisonWorkbook(partnership, [spring, later], { today: '2026-03-02', ...catalogue }));
    const m = wb.getWorksheet(COMPARISON_SHEETS.matrix)!;
    expect(m.getCell(rowOf(m, '1.5'), 4).value).toBe('not in this form version');
    expect(m.getCell(rowOf(m, '2.7'), 3).value).toBe('not in this form version');
    const texts: string[] = [];
    m.eachRow((row) => texts.push(String(row.getCell(2).value ?? '')));
    expect(texts.some((t) => t.startsWith('2.7 Partners share risks as well as rewards — not in: Spring, 1 Mar 2025'))).toBe(true);
    expect(idOf('1.5')).toBe('leadership-aligned-objectives');
  });
});

describe('exportComparisonWorkbook input', () => {
  it('refuses reviews that fail the review schema', async () => {
    const broken = { ...spring, date: 'last Tuesday' };
    await expect(exportComparisonWorkbook(partnership, [broken, autumn])).rejects.toThrow(/date/i);
  });
});
