import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, localDay, writeRollingBackup } from '../../../electron/rolling-backup.ts';

const day = (n: number) => new Date(2026, 0, n, 9, 30);

describe('rolling backup (electron/rolling-backup.ts)', () => {
  it('writes one file per day and keeps only the newest 10 days', async () => {
    const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'pr-backups-')), 'backups');
    let kept = 0;
    for (let n = 1; n <= 14; n++) kept = await writeRollingBackup(folder, `{"day":${n}}`, day(n));
    expect(kept).toBe(10);
    const files = (await readdir(folder)).sort();
    expect(files).toEqual(Array.from({ length: 10 }, (_, i) => `library-2026-01-${String(i + 5).padStart(2, '0')}.json`));
    expect(await readFile(path.join(folder, 'library-2026-01-14.json'), 'utf8')).toBe('{"day":14}');
  });

  it('replaces the same day’s backup rather than adding another', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'pr-backups-'));
    expect(await writeRollingBackup(folder, 'morning', new Date(2026, 5, 1, 8))).toBe(1);
    expect(await writeRollingBackup(folder, 'evening', new Date(2026, 5, 1, 20))).toBe(1);
    expect(await readdir(folder)).toEqual(['library-2026-06-01.json']);
    expect(await readFile(path.join(folder, 'library-2026-06-01.json'), 'utf8')).toBe('evening');
  });

  it('never deletes files it did not write', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'pr-backups-'));
    await writeFile(path.join(folder, 'notes.txt'), 'mine');
    for (let n = 1; n <= 12; n++) await writeRollingBackup(folder, 'x', day(n));
    expect(await readdir(folder)).toContain('notes.txt');
  });

  it('writes through the Node file service, so a failure is worded as every failed save is', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'pr-backups-'));
    await mkdir(path.join(folder, 'library-2026-06-01.json'));
    await expect(writeRollingBackup(folder, 'x', new Date(2026, 5, 1, 8))).rejects.toThrow(
      /^Could not save "library-2026-06-01\.json": .*\((EISDIR|ENOTEMPTY|EEXIST)\)\. Any earlier file of that name is unchanged\.$/,
    );
  });

  it('names backups by the local calendar day', () => {
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(backupFileName(new Date(2026, 1, 3))).toBe('library-2026-02-03.json');
  });
});
