import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { loadWorkbook, type Workbook } from '@shared/excel/exceljs.ts';
import { currentInstrument as form } from '@shared/instrument/catalogue.ts';
import { LEVEL_COLOURS } from '@shared/levels.ts';
import { sampleBundle } from './sample.ts';

let bytes: Uint8Array;
let wb: Workbook;
beforeAll(async () => {
  bytes = await exportReviewWorkbook(sampleBundle());
  wb = await loadWorkbook(bytes);
});
const sheet = (name: string) => {
  const s = wb.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const text = (name: string, address: string) => {
  const v = sheet(name).getCell(address).value;
  return v instanceof Date ? v.toISOString().slice(0, 10) : v;
};

describe('the review workbook layout', () => {
  it('puts the Summary first, then one sheet per section, the action plan, the possible actions and a very hidden _data sheet', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      '1 Leadership',
      '2 Trust',
      '3 Learning',
      '4 Managing for Performance',
      'Action plan',
      'Possible actions',
      '_data',
    ]);
    expect(wb.worksheets.map((s) => s.state)).toEqual([...Array(7).fill('visible'), 'veryHidden']);
  });

  it('heads each section sheet with its number, title and aim, and the rating columns with the exact level labels', () => {
    const s = form.sections[1]!;
    expect(text('2 Trust', 'A1')).toBe('2 Trust');
    expect(text('2 Trust', 'A2')).toBe(s.aim);
    expect(['A3', 'B3', 'C3', 'D3', 'E3', 'F3', 'G3', 'H3', 'I3', 'J3'].map((a) => text('2 Trust', a))).toEqual([
      'No.',
      'BENCHMARK',
      'NO - action is needed',
      'NO - but action is in hand',
      'YES - but needs improving',
      'YES - working well',
      'Action Needed',
      'By Whom?',
      'Due date',
      'Notes',
    ]);
    s.benchmarks.forEach((b, i) => {
      expect(text('2 Trust', `A${4 + i}`)).toBe(b.number);
      expect(text('2 Trust', `B${4 + i}`)).toBe(b.statement);
    });
  });

  it('ticks the chosen rating only, coloured as in the app, and writes the action, owner and due date beside it', () => {
    // 1.1 is "NO - action is needed"; 2.3 "NO - but action is in hand".
    expect(['C4', 'D4', 'E4', 'F4'].map((a) => text('1 Leadership', a))).toEqual(['✓', null, null, null]);
    expect(['C6', 'D6', 'E6', 'F6'].map((a) => text('2 Trust', a))).toEqual([null, '✓', null, null]);
    const fill = sheet('2 Trust').getCell('D6').fill;
    expect(fill.type === 'pattern' && fill.fgColor?.argb).toBe(`FF${LEVEL_COLOURS['no-action-in-hand'].fill.slice(1)}`);
    expect(text('2 Trust', 'G6')).toBe('Agree an information-sharing protocol');
    expect(text('2 Trust', 'H6')).toBe('Board');
    expect(text('2 Trust', 'I6')).toBe('2025-09-01');
    expect(sheet('2 Trust').getCell('I6').numFmt).toBe('dd/mm/yyyy');
  });

  it('lists the typical factors under the question, ticked, crossed or blank, with the section notes below', () => {
    const s = sheet('1 Leadership');
    const start = 4 + form.sections[0]!.benchmarks.length + 1;
    expect(text('1 Leadership', `B${start}`)).toBe('Do you need to address any of these typical factors?');
    expect(text('1 Leadership', `B${start + 1}`)).toBe(form.sections[0]!.factors[0]!.text);
    expect([1, 2, 3].map((i) => s.getCell(`A${start + i}`).value)).toEqual(['✓', '✗', null]);
    const notesRow = start + form.sections[0]!.factors.length + 2;
    expect(text('1 Leadership', `A${notesRow}`)).toBe('Notes');
    expect(text('1 Leadership', `B${notesRow}`)).toBe('Vision needs refreshing.');
  });

  it('summarises the partnership, the review, the form, the counts and index per section, and the priorities', () => {
    const labels: Record<string, unknown> = {};
    const s = sheet('Summary');
    s.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string')
        labels[label] =
          row.getCell(2).value instanceof Date ? (row.getCell(2).value as Date).toISOString().slice(0, 10) : row.getCell(2).value;
    });
    expect(labels).toMatchObject({
      Partnership: 'Northshire Health & Care',
      Partners: 'Northshire Council\nNHS Northshire\n=cmd|"/c calc"!A1',
      Review: 'Spring review',
      Date: '2025-03-14',
      Facilitator: 'A. Consultant',
      Participants: 'Jo Bloggs\n@mention\n+44 20 7946 0000',
      Status: 'Final',
      Form: 'Smarter Partnerships · Digging Deeper – Finding Answers',
      'Form version': 1,
    });
    let leadership = 0;
    s.eachRow((row, n) => {
      if (row.getCell(1).value === '1 Leadership') leadership = n;
    });
    // 1.1 NO - action is needed, 1.2 YES - working well: index (0 + 3) / 6 = 50.
    expect([3, 4, 5, 6, 7, 8].map((c) => s.getCell(leadership, c).value)).toEqual([1, 0, 0, 1, 3, 50]);
    const priorities: unknown[] = [];
    s.eachRow((row) => {
      if (row.getCell(1).value === '1.1' || row.getCell(1).value === '2.3') priorities.push(row.getCell(1).value);
    });
    expect(priorities).toEqual(['1.1', '2.3']);
  });

  it('lists every action on the plan with benchmark, owner, due date and status, and the whole bank of possible actions', () => {
    const plan = sheet('Action plan');
    const rows: unknown[][] = [];
    plan.eachRow((row, n) => {
      if (n > 2) rows.push([row.getCell(1).value, row.getCell(5).value, row.getCell(7).value]);
    });
    expect(rows).toEqual([
      ['1.1', 'Chair', 'Open'],
      ['2.3', 'Board', 'In progress'],
      ['4.2', null, 'Done'],
    ]);
    const bank = form.sections.flatMap((s) => s.benchmarks.flatMap((b) => b.possibleActions.map((a) => a.text)));
    const listed: unknown[] = [];
    const stated: unknown[] = [];
    sheet('Possible actions').eachRow((row, n) => {
      if (n <= 2) return;
      if (row.getCell(1).value === null) listed.push(row.getCell(2).value);
      else stated.push(row.getCell(1).value);
    });
    expect(listed).toEqual(bank);
    // Grouped as on paper: each section once, each benchmark once, its actions under it.
    expect(stated).toEqual(form.sections.flatMap((s) => [`${s.number} ${s.title}`, ...s.benchmarks.map((b) => b.number)]));
  });

  it('prints at 90–100 % (landscape tables, the portrait bank), with header rows repeated and frozen, wrapped text and set column widths', () => {
    for (const name of ['Summary', '1 Leadership', 'Action plan', 'Possible actions']) {
      const s = sheet(name);
      expect(s.pageSetup.orientation).toBe(name === 'Possible actions' ? 'portrait' : 'landscape');
      expect(s.pageSetup.fitToPage).toBe(false);
      expect(s.pageSetup.scale).toBeGreaterThanOrEqual(90);
      expect(s.pageSetup.scale).toBeLessThanOrEqual(100);
      expect(s.views[0]?.state).toBe('frozen');
    }
    expect(sheet('2 Trust').pageSetup.printTitlesRow).toBe('1:3');
    expect(sheet('2 Trust').getColumn(2).width).toBeGreaterThan(25);
    expect(sheet('2 Trust').getCell('G6').alignment.wrapText).toBe(true);
  });

  it('sizes rows to their wrapped text, since neither Excel nor LibreOffice does on opening', () => {
    const leadership = sheet('1 Leadership');
    // 1.5 (46 characters) takes two lines of the statement column but keeps room to write by hand, 1.3 (60 characters)
    // three, 1.4 (112 characters) four; a factor fits on one line.
    expect(leadership.getRow(8).height).toBe(40);
    expect(leadership.getRow(6).height).toBe(48);
    expect(leadership.getRow(7).height).toBe(63);
    expect(leadership.getRow(11).height).toBeUndefined();
    // Participants: three names, one per line.
    expect(sheet('Summary').getRow(10).height).toBeGreaterThanOrEqual(45);
  });

  it('writes user text that starts with = + - @ as text, never as a formula, and has no external links', () => {
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    expect(names.some((n) => n.includes('externalLink'))).toBe(false);
    for (const n of names.filter((n) => n.startsWith('xl/worksheets/'))) expect(strFromU8(files[n]!)).not.toMatch(/<f[ >]/);
    expect(text('1 Leadership', 'G4')).toBe('=HYPERLINK("http://x")');
    expect(text('1 Leadership', 'J5')).toBe('-2 points since last time');
  });

  // The suggested file name is the job table's (tests/unit/bridge/jobs.test.ts).
  it('records the app as the workbook creator', () => {
    expect(wb.creator).toBe('Partnership Review');
  });
});
