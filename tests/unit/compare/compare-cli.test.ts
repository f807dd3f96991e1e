import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPARISON_SHEETS } from '@shared/excel/index.ts';
import { serializeReviewFile } from '@shared/files/review-file.ts';
import type { Partnership, Review } from '@shared/model/review.ts';
import { run, tempDir } from '../cli/run.ts';
import { PARTNERSHIP, review, uuid } from './fixtures.ts';

const NOW = '2025-11-01T10:00:00.000Z';
const partnership: Partnership = {
  id: PARTNERSHIP,
  name: 'Riverside',
  partners: ['Council', 'Trust'],
  notes: '',
  reviewIntervalMonths: 12,
  createdAt: NOW,
  updatedAt: NOW,
};
const spring = review({ n: 1, title: 'Spring', date: '2025-03-01', ratings: { '1.1': 'no-action-needed', '1.2': 'yes-working-well' } });
const autumn = review({
  n: 2,
  title: 'Autumn',
  date: '2025-10-01',
  ratings: { '1.1': 'yes-needs-improving', '1.2': 'no-action-in-hand', '1.3': 'yes-working-well' },
  answers: { '1.1': { actionNeeded: 'Agree a vision', byWhom: 'Board', dueDate: '2025-10-10', actionStatus: 'open' } },
});

let dir: string;
const save = (name: string, r: Review, p: Partnership = partnership) =>
  writeFile(path.join(dir, name), serializeReviewFile({ partnership: p, review: r }, NOW));

beforeAll(async () => {
  dir = await tempDir();
  await save('spring.json', spring);
  await save('autumn.json', autumn);
  await save(
    'other.json',
    { ...review({ n: 3, date: '2025-05-05' }), partnershipId: uuid(77) },
    { ...partnership, id: uuid(77), name: 'Hillside' },
  );
  await writeFile(path.join(dir, 'broken.json'), '{"format":"partnership-review/review"');
});

describe('partnership-review compare', () => {
  it('explains itself with --help', async () => {
    const [help, all] = await Promise.all([run(['compare', '--help'], dir), run(['--help'], dir)]);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('Usage: partnership-review compare <a.json> <b.json> [more.json ...] -o <comparison.xlsx>');
    expect(help.stdout).toMatch(/--today <date>/);
    expect(all.stdout).toMatch(/^ {2}compare +write a comparison workbook/m);
  });

  it('writes the comparison workbook with reviews in date order, and summarises the changes', async () => {
    const r = await run(['compare', 'autumn.json', 'spring.json', '-o', 'comparison.xlsx', '--today', '2025-11-01'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Compared 2 reviews of “Riverside” and wrote the workbook to comparison.xlsx\n' +
        '  Spring (2025-03-01) → Autumn (2025-10-01): 1 up, 1 down, 0 same, 1 newly rated, 0 no longer rated\n',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path.join(dir, 'comparison.xlsx'))) as unknown as ArrayBuffer);
    const m = wb.getWorksheet(COMPARISON_SHEETS.matrix)!;
    const row = [...Array(m.rowCount).keys()].map((i) => i + 1).find((i) => m.getCell(i, 1).value === '1.1')!;
    expect([m.getCell(row, 3).value, m.getCell(row, 4).value]).toEqual(['NO - action is needed', '↑ YES - but needs improving']);
    const reg = wb.getWorksheet(COMPARISON_SHEETS.register)!;
    const flagged: unknown[] = [];
    reg.eachRow((r) => flagged.push(r.getCell(7).value));
    expect(flagged).toContain('Overdue (22 days)');
  });

  it('fails with exit 1 for a broken file, naming it', async () => {
    const r = await run(['compare', 'spring.json', 'broken.json', '-o', 'x.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.json/);
  });

  it('refuses reviews of different partnerships, and the same review twice', async () => {
    const [mixed, twice] = await Promise.all([
      run(['compare', 'spring.json', 'other.json', '-o', 'x.xlsx'], dir),
      run(['compare', 'spring.json', 'spring.json', '-o', 'x.xlsx'], dir),
    ]);
    expect([mixed.code, twice.code]).toEqual([1, 1]);
    expect(mixed.stderr).toMatch(/other\.json: a review of “Hillside”, not of “Riverside”/);
    expect(twice.stderr).toMatch(/spring\.json: the same review as spring\.json/);
  });

  it('is a usage error (exit 2) with one file, no output or a bad --today', async () => {
    const runs = await Promise.all([
      run(['compare', 'spring.json', '-o', 'x.xlsx'], dir),
      run(['compare', 'spring.json', 'autumn.json'], dir),
      run(['compare', 'spring.json', 'autumn.json', '-o', 'x.xlsx', '--today', '31/12/2025'], dir),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs[2]!.stderr).toMatch(/--today "31\/12\/2025" is not a date/);
  });
});
