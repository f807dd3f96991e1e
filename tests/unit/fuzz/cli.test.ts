import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeReviewFile } from '@shared/files/review-file.ts';
import { fullBundle, NOW } from './support/bases.ts';
import { applyByteMutations } from './support/byte-mutations.ts';
import { applyWorkbookMutations } from './support/workbook-mutations.ts';
import { bases } from './support/workbook-run.ts';
import { copyParts, packParts } from './support/zip-parts.ts';
import { applyPackedTricks } from './support/zip-tricks.ts';

const CLI = fileURLToPath(new URL('../../../electron/cli/partnership-review.mjs', import.meta.url));

function cli(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, timeout: 60_000 }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr });
    });
  });
}

/**
 * The command line is where a failed import could leave half a file behind. A few hostile inputs from the fuzzer's
 * kinds, run through the real command: each must fail with exit 1 and a message, write nothing new, leave a file that
 * was already there untouched, and leave no temporary file beside it.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'partnership-review-fuzz-cli-'));
  const [review] = await bases();
  const parts = copyParts(review!.parts);
  applyWorkbookMutations(parts, [{ kind: 'duplicate-marks', sheet: '2 Trust', row: 5, columns: ['C', 'E'], mark: 'x' }]);
  const text = serializeReviewFile(fullBundle(), NOW);
  await Promise.all([
    writeFile(path.join(dir, 'good.xlsx'), review!.bytes),
    writeFile(
      path.join(dir, 'truncated.xlsx'),
      applyByteMutations(review!.bytes, [{ kind: 'truncate', keep: Math.floor(review!.bytes.length / 2) }]),
    ),
    writeFile(
      path.join(dir, 'bomb.xlsx'),
      applyPackedTricks(review!.bytes, [{ kind: 'bomb', megabytes: 61, part: 'xl/media/image1.png' }]),
    ),
    writeFile(path.join(dir, 'two-marks.xlsx'), packParts(parts)),
    writeFile(path.join(dir, 'truncated.json'), text.slice(0, text.length >> 1)),
    writeFile(path.join(dir, 'kept.json'), 'what was here before'),
  ]);
}, 60_000);

describe('fuzz: the command line never leaves a partial write', () => {
  it('refuses hostile inputs with exit 1 and a message, writes nothing, and keeps a file already at the output path', async () => {
    const failing: [string, string[]][] = [
      ['truncated workbook', ['import', 'truncated.xlsx', '-o', 'out-1.json']],
      ['zip bomb', ['import', 'bomb.xlsx', '-o', 'out-2.json']],
      ['truncated review file', ['export', 'truncated.json', '-o', 'out-3.xlsx']],
      ['two ratings marked, over an existing file', ['import', 'two-marks.xlsx', '-o', 'kept.json']],
    ];
    const before = new Set(await readdir(dir));
    // One batch of processes: the control import runs beside them and must be the only new file.
    const [control, ...runs] = await Promise.all([
      cli(['import', 'good.xlsx', '-o', 'written.json'], dir),
      ...failing.map(([, args]) => cli(args, dir)),
    ]);
    runs.forEach((run, i) => {
      expect({ case: failing[i]![0], code: run.code }).toEqual({ case: failing[i]![0], code: 1 });
      expect(run.stderr.trim().length).toBeGreaterThan(0);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
    expect(await readFile(path.join(dir, 'kept.json'), 'utf8')).toBe('what was here before');
    // The control shows the check sees a write when there is one, so "nothing new" above is not vacuous.
    expect(control.code).toBe(0);
    expect((await readdir(dir)).filter((f) => !before.has(f))).toEqual(['written.json']);
    expect(JSON.parse(await readFile(path.join(dir, 'written.json'), 'utf8')).format).toBe('partnership-review/review');
  }, 120_000);
});
