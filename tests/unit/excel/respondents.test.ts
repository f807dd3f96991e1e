import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { loadWorkbook, type Workbook } from '@shared/excel/exceljs.ts';
import { forSharing } from '@shared/respondents/anonymity.ts';
import { edited, importBytes, sheetOf } from './edit.ts';
import { inspectWorkbook, openpyxlMissing } from './openpyxl.ts';
import { RESPONDENT_NAMES, RESPONDENT_ROLES, respondentsBundle } from './sample-respondents.ts';

const idOf = (bytes: Uint8Array) => importBytes(bytes, 'respondents.xlsx');

let named: Uint8Array;
let wb: Workbook;
beforeAll(async () => {
  named = await exportReviewWorkbook(respondentsBundle(), '2025-07-01');
  wb = await loadWorkbook(named);
}, 60_000);

/** Every row of a sheet as the texts of its cells, blanks as ''. */
function rowsOf(name: string): string[][] {
  const out: string[][] = [];
  sheetOf(wb, name).eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? '' : String(v));
    }
    out.push(cells);
  });
  return out;
}

describe('a review with respondents in its workbook', () => {
  it('imports back everything the room collected: respondents, show of hands, parking lot, No agreement reached, why', async () => {
    const result = await idOf(named);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.warnings).toEqual([]);
    expect(result.value.bundle).toEqual(respondentsBundle());
  });

  it('shows the spread, consensus and divergent flag beside each benchmark on its section sheet', () => {
    const s = sheetOf(wb, '1 Leadership');
    expect(['K3', 'P3', 'Q3', 'R3', 'S3'].map((a) => s.getCell(a).value)).toEqual([
      'No.',
      'Consensus (100 % = all agree)',
      'Divergent (both NO and YES given)',
      'No agreement reached',
      'Why we agreed this',
    ]);
    // 1.1: all seven who rated it said "NO - action is needed" (the eighth skipped it): unanimous, not divergent.
    expect(['K4', 'L4', 'M4', 'N4', 'O4', 'P4', 'Q4'].map((a) => s.getCell(a).value)).toEqual(['1.1', 7, 0, 0, 0, 1, null]);
    expect(s.getCell('P4').numFmt).toBe('0%');
    // 1.2: four "NO - but action is in hand" and four "YES - working well": divergent. Tastle–Wierman with p = ½ at
    // levels 2 and 4 (mean 3, width 3): 1 + 2 · ½ · log₂(1 − 1/3) = 1 + log₂(2/3) ≈ 0.415.
    expect(['L5', 'M5', 'N5', 'O5', 'Q5'].map((a) => s.getCell(a).value)).toEqual([0, 4, 0, 4, 'Divergent']);
    expect(s.getCell('P5').value).toBeCloseTo(1 + Math.log2(2 / 3), 10);
    expect(s.getCell('S5').value).toBe('Most partners see the added value; finance do not yet.');
    expect(sheetOf(wb, '3 Learning').getCell('R5').value).toBe('Yes'); // 3.2
  });

  it('draws the heat map: grouped by organisation, the agreed rating and consensus last, small groups’ middle rating hidden', () => {
    expect(wb.worksheets.map((w) => w.name)).toContain('Respondents');
    const rows = rowsOf('Respondents');
    const firstColumn = rows.map((r) => r[0] ?? '');
    expect(firstColumn.slice(3, 18)).toEqual([
      'Northshire Council (4 responses)',
      'Priya Shah',
      'Ruth Evans',
      'Carl Moss',
      'Mia Dunn',
      'Middle rating (median)',
      'NHS Northshire (3 responses)',
      'Tom Okafor',
      'Ann Lee',
      'Jo Kerr',
      'Middle rating (median)',
      // Smaller than the minimum group size: its size is not given, as on screen; its name shown (not anonymous).
      'Voluntary Action',
      'Dev Patel',
      'Middle rating (median)',
      'Agreed',
    ]);
    expect(rows[2]!.slice(0, 3)).toEqual(['Respondent', '1.1', '1.2']);
    expect(rows[2]!.at(-1)).toBe('Consensus');
    // Each rating named in words (not by colour alone), on two lines to keep the column narrow.
    expect(rows[4]![1]).toBe('NO\nneeded');
    expect(rows[16]![1]).toBe('fewer than 3 responses');
    expect(rows[17]!.slice(1, 3)).toEqual(['NO\nneeded', 'YES\nwell']);
    expect(rows[18]![0]).toBe('Consensus');
    expect(Number(rows[18]![1])).toBe(1);
  });

  it('has no Respondents sheet for a review without respondents', async () => {
    const plain = await loadWorkbook(
      await exportReviewWorkbook({ ...respondentsBundle(), review: { ...respondentsBundle().review, respondents: [] } }),
    );
    expect(plain.worksheets.map((w) => w.name)).not.toContain('Respondents');
  });
});

describe('No agreement reached and Why we agreed this, as a person edits them', () => {
  it('reads them back from the agreement columns', async () => {
    const bytes = await edited((book) => {
      const trust = sheetOf(book, '2 Trust');
      trust.getCell('L4').value = 'yes';
      trust.getCell('M4').value = 'No budget yet';
    });
    const result = await importBytes(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const answer = Object.entries(result.value.bundle.review.answers).find(([id]) => id.startsWith('trust-'))!;
    expect(answer[1]).toMatchObject({ rating: null, noAgreement: true, agreedWhy: 'No budget yet' });
  });

  it('refuses a rating together with No agreement reached, and anything but Yes, naming sheet and cell', async () => {
    const bytes = await edited((book) => {
      const leadership = sheetOf(book, '1 Leadership');
      leadership.getCell('L4').value = 'Yes'; // 1.1 is rated "NO - action is needed"
      leadership.getCell('L5').value = 'maybe';
    });
    const result = await importBytes(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toEqual(
      expect.arrayContaining([
        { where: '1 Leadership!L4', message: '1.1 has an agreed rating and “No agreement reached”; clear the rating or this cell' },
        { where: '1 Leadership!L5', message: '"maybe" in No agreement reached for 1.2: choose Yes or leave it empty' },
      ]),
    );
  });
});

const missing = openpyxlMissing();
describe.skipIf(missing !== null)('an anonymous review’s workbook, read by openpyxl', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'partnership-review-anonymous-'));
  });
  const allText = async (name: string, bytes: Uint8Array) => {
    await writeFile(path.join(dir, name), bytes);
    const facts = inspectWorkbook(path.join(dir, name));
    return Object.values(facts.bySheet)
      .flatMap((s) => Object.values(s.cells).map((c) => String(c.value)))
      .join('\n');
  };

  it('holds no respondent’s name or role in any cell of any sheet, hidden data included', async () => {
    const anonymous = await exportReviewWorkbook(respondentsBundle(true), '2025-07-01');
    const text = await allText('anonymous.xlsx', anonymous);
    for (const word of [...RESPONDENT_NAMES, ...RESPONDENT_ROLES]) expect(text, word).not.toContain(word);
    expect(text).toContain('Respondent 8');
    // The same search finds them when the review is not anonymous, so it is looking in the right places.
    const open = await allText('named.xlsx', named);
    for (const word of [...RESPONDENT_NAMES, ...RESPONDENT_ROLES]) expect(open, word).toContain(word);
    const result = await idOf(anonymous);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.bundle.review).toEqual(forSharing(respondentsBundle(true).review));
  }, 60_000);

  it('shows on the Respondents sheet what the screen shows: no row and no breakdown for an organisation below the minimum', async () => {
    await writeFile(path.join(dir, 'groups.xlsx'), await exportReviewWorkbook(respondentsBundle(true), '2025-07-01'));
    const sheet = inspectWorkbook(path.join(dir, 'groups.xlsx')).bySheet.Respondents!;
    const column = (letter: string) =>
      Array.from({ length: sheet.maxRow }, (_, r) => sheet.cells[`${letter}${r + 1}`]?.value ?? null).map((v) =>
        v === null ? '' : String(v),
      );
    const a = column('A');
    const b = column('B');
    // Voluntary Action has one respondent (Dev Patel, the 4th): the band, then at once its note; no respondent row, no median.
    const band = a.indexOf('Voluntary Action');
    expect(band).toBeGreaterThan(0);
    expect(a.slice(band, band + 3)).toEqual(['Voluntary Action', 'Middle rating (median)', 'Agreed']);
    expect(b[band + 1]).toBe('fewer than 3 responses');
    expect(a.join('\n')).not.toMatch(/1 response\b/);
    expect(a).not.toContain('Respondent 4');
    // The two groups at the minimum keep their numbered rows and their median.
    expect(a.filter((v) => /^Respondent \d$/.test(v))).toEqual([
      'Respondent 1',
      'Respondent 3',
      'Respondent 6',
      'Respondent 8',
      'Respondent 2',
      'Respondent 5',
      'Respondent 7',
    ]);
    expect(a.filter((v) => v === 'Middle rating (median)')).toHaveLength(3);
    for (const word of RESPONDENT_NAMES) expect(a, word).not.toContain(word);
  }, 60_000);

  it('prints every sheet, Respondents and the agreement pages included, at 90–100 % on A4 rather than shrunk to fit', async () => {
    await writeFile(path.join(dir, 'print.xlsx'), named);
    const facts = inspectWorkbook(path.join(dir, 'print.xlsx'));
    const visible = Object.entries(facts.bySheet).filter(([, s]) => s.state === 'visible');
    expect(visible.map(([name]) => name)).toContain('Respondents');
    for (const [name, s] of visible) {
      expect(s.fitToPage, name).toBe(false);
      expect(s.scale, name).toBeGreaterThanOrEqual(90);
      expect(s.paperSize, name).toBe(9);
    }
  }, 60_000);
});
