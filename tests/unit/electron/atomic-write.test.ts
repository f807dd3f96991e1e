import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isTempFile, STALE_TEMP_MS, tempPathFor, writeFileAtomic, type AtomicWriteFs } from '../../../electron/node/atomic-write.ts';

const run = promisify(execFile);
const NOBODY = 65534;

async function folderWithPrevious() {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'pr-atomic-'));
  const target = path.join(folder, 'Riverside – Spring review.xlsx');
  await writeFile(target, 'previous version');
  return { folder, target };
}

/** Real file operations, except that `step` fails the way a full disk or a yanked USB stick would. */
function failingAt(step: 'write' | 'sync' | 'rename'): AtomicWriteFs {
  const failure = () => Object.assign(new Error(`simulated ${step} failure`), { code: 'EIO' });
  return {
    stat: fs.stat,
    unlink: fs.unlink,
    rename: step === 'rename' ? async () => Promise.reject(failure()) : fs.rename,
    open: (async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      if (args[1] !== 'wx') return handle;
      if (step === 'write') handle.writeFile = async () => Promise.reject(failure());
      if (step === 'sync') handle.sync = async () => Promise.reject(failure());
      return handle;
    }) as typeof fs.open,
  };
}

describe('atomic writes (electron/node/atomic-write.ts)', () => {
  it('creates a new file and replaces an existing one completely, leaving no temporary file', async () => {
    const { folder, target } = await folderWithPrevious();
    const fresh = path.join(folder, 'new.json');
    await writeFileAtomic(fresh, '{"a":1}');
    expect(await readFile(fresh, 'utf8')).toBe('{"a":1}');
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect((await readdir(folder)).sort()).toEqual(['Riverside – Spring review.xlsx', 'new.json']);
  });

  it('names its temporary files recognisably, and clears its own stale ones (and only those) on the next write', async () => {
    const { folder, target } = await folderWithPrevious();
    const temp = path.basename(tempPathFor(target));
    expect(temp).toMatch(/^\.Riverside – Spring review\.xlsx\.partnership-review-\d+-[0-9a-f]{12}\.tmp$/);
    expect(isTempFile(temp)).toBe(true);
    const stale = '.other.json.partnership-review-1-0123456789ab.tmp';
    const fresh = '.other.json.partnership-review-2-0123456789ab.tmp';
    const foreign = '.other.json.1-0123456789ab.tmp';
    for (const name of [stale, fresh, foreign]) await writeFile(path.join(folder, name), 'left by a killed write');
    await mkdir(path.join(folder, '.dir.partnership-review-3-0123456789ab.tmp'));
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    for (const name of [stale, foreign, '.dir.partnership-review-3-0123456789ab.tmp']) await utimes(path.join(folder, name), old, old);
    await writeFileAtomic(target, 'next');
    expect((await readdir(folder)).sort()).toEqual(
      ['.dir.partnership-review-3-0123456789ab.tmp', foreign, fresh, 'Riverside – Spring review.xlsx'].sort(),
    );
  });

  it('keeps the previous file mode', async () => {
    const { target } = await folderWithPrevious();
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'next');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it.each(['write', 'sync', 'rename'] as const)(
    'on a failed %s, leaves the previous file intact and removes the temporary file',
    async (step) => {
      const { folder, target } = await folderWithPrevious();
      await expect(writeFileAtomic(target, 'half-written new version', failingAt(step))).rejects.toThrow(`simulated ${step} failure`);
      expect(await readFile(target, 'utf8')).toBe('previous version');
      expect((await readdir(folder)).filter(isTempFile)).toEqual([]);
      expect(await readdir(folder)).toEqual(['Riverside – Spring review.xlsx']);
    },
  );

  it('rides out a target briefly locked by another program (EBUSY), then replaces it', async () => {
    const { folder, target } = await folderWithPrevious();
    let refusals = 2;
    const ops: AtomicWriteFs = {
      ...failingAt('write'),
      open: fs.open,
      rename: async (from, to) => {
        if (refusals-- > 0) throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
        return fs.rename(from, to);
      },
    };
    await writeFileAtomic(target, 'new version', ops);
    expect(await readFile(target, 'utf8')).toBe('new version');
    expect(await readdir(folder)).toEqual(['Riverside – Spring review.xlsx']);
  });

  it('in a read-only folder, fails with a permission error and changes nothing', async () => {
    const { folder, target } = await folderWithPrevious();
    await chmod(folder, 0o555);
    // Root ignores folder permissions, so when the suite runs as root the write is made as "nobody".
    const asRoot = process.getuid?.() === 0;
    const cli = path.join(import.meta.dirname, 'helpers', 'write-atomic-cli.ts');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', cli, target, 'new version'], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, HOME: os.tmpdir() },
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    expect(JSON.parse(stdout.trim())).toMatchObject({ ok: false, code: expect.stringMatching(/^(EACCES|EPERM|EROFS)$/) });
    expect(await readFile(target, 'utf8')).toBe('previous version');
    expect(await readdir(folder)).toEqual(['Riverside – Spring review.xlsx']);
    await chmod(folder, 0o755);
  });
});
