import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReviewWorkbook } from '@shared/excel/index.ts';
import { loadWorkbook, writeWorkbook } from '@shared/excel/exceljs.ts';
import { parseReviewFile, serializeReviewFile } from '@shared/files/review-file.ts';
import { NOW, sampleBundle } from '../excel/sample.ts';
import { run, tempDir } from './run.ts';

/** Made from the library, not by earlier tests, so each test also runs alone (`-t`) and in any order. */
async function twoMarksWorkbook(): Promise<Uint8Array> {
  const wb = await loadWorkbook(await exportReviewWorkbook(sampleBundle()));
  wb.getWorksheet('2 Trust')!.getCell('E6').value = 'x';
  wb.getWorksheet('2 Trust')!.getCell('I7').value = 'soon';
  return writeWorkbook(wb);
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await writeFile(path.join(dir, 'review.json'), serializeReviewFile(sampleBundle(), NOW));
  await writeFile(path.join(dir, 'two-marks.xlsx'), await twoMarksWorkbook());
});

describe('partnership-review --help and usage errors', { timeout: 120_000 }, () => {
  it('lists the commands and explains each one, exit 0', async () => {
    const [all, ...each] = await Promise.all([
      run(['--help'], dir),
      ...['template', 'import', 'export', 'validate'].map((c) => run([c, '--help'], dir)),
    ]);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/Usage: partnership-review <command>/);
    for (const c of ['template', 'import', 'export', 'validate']) expect(all.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(each.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(each.map((r) => r.stdout.split('\n')[0])).toEqual([
      'Usage: partnership-review template -o <blank.xlsx>',
      'Usage: partnership-review import <file.xlsx> [--partnership <a.json>] -o <review.json>',
      'Usage: partnership-review export <review.json> -o <review.xlsx>',
      'Usage: partnership-review validate <file.xlsx|file.json>',
    ]);
  });

  it('exits 2 with a message on standard error for a wrong command line', async () => {
    const runs = await Promise.all([
      run([], dir),
      run(['frobnicate'], dir),
      run(['template'], dir),
      run(['import', 'a.xlsx'], dir),
      run(['export', 'review.json', 'extra', '-o', 'x.xlsx'], dir),
      run(['validate', '--colour'], dir),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(runs.map((r) => r.stderr.split('\n')[0])).toEqual([
      'partnership-review: no command given',
      'partnership-review: unknown command "frobnicate"',
      'partnership-review: template needs --output (-o)',
      'partnership-review: import needs --output (-o)',
      'partnership-review: unexpected argument "extra"',
      expect.stringMatching(/^partnership-review: Unknown option '--colour'/),
    ]);
  });
});

describe('partnership-review commands', { timeout: 120_000 }, () => {
  it('export then import gives back the same review', async () => {
    const exported = await run(['export', 'review.json', '-o', 'review.xlsx'], dir);
    expect(exported).toMatchObject({ code: 0, stdout: 'Wrote the workbook to review.xlsx\n' });
    const imported = await run(['import', 'review.xlsx', '-o', 'back.json'], dir);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe('');
    const back = parseReviewFile(await readFile(path.join(dir, 'back.json'), 'utf8'), 'back.json');
    expect(back.ok && back.value).toEqual(sampleBundle());
  });

  it('writes the blank form, which validates and imports as a new review', async () => {
    const made = await run(['template', '-o', 'blank.xlsx'], dir);
    expect(made.code).toBe(0);
    const [valid, imported] = await Promise.all([
      run(['validate', 'blank.xlsx'], dir),
      run(['import', 'blank.xlsx', '-o', 'blank.json'], dir),
    ]);
    expect(valid).toMatchObject({ code: 0, stdout: 'blank.xlsx: valid (the review "blank" of blank)\n' });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/^warning: Introduction!B4: no partnership name; "blank" is used$/m);
    expect(JSON.parse(await readFile(path.join(dir, 'blank.json'), 'utf8'))).toMatchObject({
      format: 'partnership-review/review',
      formatVersion: 3,
    });
  });

  it('validate lists every problem one per line as "where: message" and exits 1', async () => {
    const json = JSON.parse(serializeReviewFile(sampleBundle(), NOW));
    json.review.date = 'yesterday';
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify(json));
    const [xlsx, bad, valid, missing] = await Promise.all([
      run(['validate', 'two-marks.xlsx'], dir),
      run(['validate', 'bad.json'], dir),
      run(['validate', 'review.json'], dir),
      run(['validate', 'nowhere.xlsx'], dir),
    ]);
    expect(xlsx.code).toBe(1);
    expect(xlsx.stdout).toBe(
      '2 Trust!E6: two ratings marked for 2.3; mark one column only\n2 Trust!I7: the due date for 2.4 "soon" is not a date; write it as dd/mm/yyyy\n',
    );
    expect(bad).toMatchObject({ code: 1, stdout: 'review.date: Invalid ISO date\n' });
    expect(valid).toMatchObject({ code: 0, stdout: 'review.json: valid (the review "Spring review" of Northshire Health & Care)\n' });
    expect(missing).toMatchObject({ code: 1, stdout: 'nowhere.xlsx: no such file\n' });
  });

  it('writes nothing when the input is invalid, and leaves an existing output untouched', async () => {
    await writeFile(path.join(dir, 'keep.json'), 'previous contents');
    const failed = await run(['import', 'two-marks.xlsx', '-o', 'keep.json'], dir);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      /two-marks\.xlsx cannot be imported: 2 problems need fixing first\. Nothing was saved\.\n2 Trust!E6: two ratings/,
    );
    expect(await readFile(path.join(dir, 'keep.json'), 'utf8')).toBe('previous contents');
    const notXlsx = await run(['import', 'review.json', '-o', 'keep.json'], dir);
    expect(notXlsx).toMatchObject({ code: 1, stderr: expect.stringMatching(/not an Excel workbook/) });
    expect(await readFile(path.join(dir, 'keep.json'), 'utf8')).toBe('previous contents');
  });

  it('reports an output it cannot write with exit 1 and leaves no temporary files behind', async () => {
    const result = await run(['export', 'review.json', '-o', path.join('no-such-folder', 'r.xlsx')], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/r\.xlsx: cannot be written \(ENOENT\)/);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
