import { execFile } from 'node:child_process';
import { link, lstat, mkdir, readdir, readFile, readlink, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeLibrary } from '@shared/files/library-file.ts';
import { serializeReviewFile } from '@shared/files/review-file.ts';
import { NOW, sampleBundle } from '../excel/sample.ts';
import { run, tempDir } from './run.ts';

/** Each test makes its own folder and files, so none depends on another's output. */
const review = () => serializeReviewFile(sampleBundle(), NOW);
async function folderWithReview(): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'review.json'), review());
  return dir;
}

describe('partnership-review refuses unsafe -o targets', { timeout: 120_000 }, () => {
  it('refuses to write over its own input, found by device and inode: the same name, "./" and a hard link', async () => {
    const dir = await folderWithReview();
    await link(path.join(dir, 'review.json'), path.join(dir, 'hard-link.json'));
    const runs = await Promise.all([
      run(['export', 'review.json', '-o', 'review.json'], dir),
      run(['export', 'review.json', '-o', './review.json'], dir),
      run(['export', 'review.json', '-o', 'hard-link.json'], dir),
      run(['compare', 'review.json', 'hard-link.json', '-o', 'hard-link.json'], dir),
    ]);
    for (const r of runs.slice(0, 3)) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/: is the same file as the input review\.json; writing there would destroy it/);
    }
    expect(runs[3]!.code).toBe(1);
    expect(await readFile(path.join(dir, 'review.json'), 'utf8')).toBe(review());
    expect(await readdir(dir)).toEqual(['hard-link.json', 'review.json']);
  });

  it('refuses a folder, a named pipe and a device node, and leaves each as it was', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'folder'));
    await promisify(execFile)('mkfifo', [path.join(dir, 'pipe')]);
    const [folder, pipe, device] = await Promise.all([
      run(['template', '-o', 'folder'], dir),
      run(['template', '-o', 'pipe', '--force'], dir),
      run(['template', '-o', '/dev/null'], dir),
    ]);
    expect(folder).toMatchObject({ code: 1, stderr: 'folder: is a folder; give a file name\n' });
    expect(pipe).toMatchObject({ code: 1, stderr: 'pipe: is not a regular file (a named pipe); write to a regular file or a new name\n' });
    expect(device).toMatchObject({
      code: 1,
      stderr: '/dev/null: is not a regular file (a device); write to a regular file or a new name\n',
    });
    expect((await lstat(path.join(dir, 'pipe'))).isFIFO()).toBe(true);
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['folder', 'pipe']);
  });

  it('refuses a symbolic link unless --force, which replaces the link and leaves what it pointed to alone', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'precious.xlsx'), 'keep me');
    await symlink('precious.xlsx', path.join(dir, 'link.xlsx'));
    const refused = await run(['template', '-o', 'link.xlsx'], dir);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/^link\.xlsx: is a symbolic link; give --force/) });
    expect(await readlink(path.join(dir, 'link.xlsx'))).toBe('precious.xlsx');
    const forced = await run(['template', '-o', 'link.xlsx', '--force'], dir);
    expect(forced).toMatchObject({ code: 0, stderr: '' });
    expect((await lstat(path.join(dir, 'link.xlsx'))).isFile()).toBe(true);
    expect(await readFile(path.join(dir, 'precious.xlsx'), 'utf8')).toBe('keep me');
  });

  it('removes its own stale temporary files next to the target on the next write, and nothing else', async () => {
    const dir = await tempDir();
    const stale = '.blank.xlsx.partnership-review-4242-0123456789ab.tmp';
    const fresh = '.other.json.partnership-review-4243-abcdef012345.tmp';
    const foreign = '.blank.xlsx.4242-0123456789ab.tmp';
    for (const name of [stale, fresh, foreign]) await writeFile(path.join(dir, name), 'left by a killed write');
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(path.join(dir, stale), anHourAgo, anHourAgo);
    await utimes(path.join(dir, foreign), anHourAgo, anHourAgo);
    expect((await run(['template', '-o', 'blank.xlsx'], dir)).code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([foreign, fresh, 'blank.xlsx'].sort());
  });
});

describe('partnership-review reads as the app does and says each thing once', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await folderWithReview();
    const { partnership, review: one } = sampleBundle();
    const { format, ...rest } = JSON.parse(serializeLibrary({ partnerships: [partnership], reviews: [one] }, NOW)) as Record<
      string,
      unknown
    >;
    expect(format).toBe('partnership-review/library');
    // A backup whose "format" is its last key, after leading whitespace: only parsing finds it.
    await writeFile(path.join(dir, 'backup.json'), `\n   ${JSON.stringify({ ...rest, format }, null, 2)}`);
    const bytes = new TextEncoder().encode(review().replace('Spring review', 'Spring \uFFFF review'));
    const at = bytes.indexOf(0xef);
    await writeFile(path.join(dir, 'latin.json'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at + 3)]));
  });

  it('validate recognises a library backup by parsing it, whatever its key order and leading whitespace', async () => {
    const valid = await run(['validate', 'backup.json'], dir);
    expect(valid).toMatchObject({ code: 0, stdout: 'backup.json: valid (a library backup of 1 partnerships and 1 reviews)\n' });
  });

  it('refuses invalid UTF-8 as the app does, rather than reading replacement characters', async () => {
    const [validate, exported] = await Promise.all([
      run(['validate', 'latin.json'], dir),
      run(['export', 'latin.json', '-o', 'latin.xlsx'], dir),
    ]);
    expect(validate).toMatchObject({ code: 1, stdout: 'latin.json: not UTF-8 text\n', stderr: '' });
    expect(exported).toMatchObject({ code: 1, stderr: 'latin.json: not UTF-8 text\n' });
    expect(await readdir(dir)).not.toContain('latin.xlsx');
  });

  it('prints each message once', async () => {
    const runs = await Promise.all([
      run(['import', 'review.json', '-o', 'out.json'], dir),
      run(['export', 'missing.json', '-o', 'out.xlsx'], dir),
      run(['validate', 'review.json.xlsx'], dir),
      run(['export', 'review.json', '-o', path.join('no-such-folder', 'r.xlsx')], dir),
    ]);
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 1]);
    expect(runs[0]!.stderr).toBe('review.json: This is not an Excel workbook (.xlsx): it is not a zip archive.\n');
    expect(runs[1]!.stderr).toBe('missing.json: no such file\n');
    expect(runs[2]).toMatchObject({ stdout: 'review.json.xlsx: no such file\n', stderr: '' });
    expect(runs[3]!.stderr).toBe('r.xlsx: cannot be written (ENOENT): the file or folder does not exist\n');
  });
});
