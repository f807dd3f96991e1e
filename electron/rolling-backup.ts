import { promises as fs } from 'node:fs';
import path from 'node:path';
import { localDayOf } from '@shared/clock.ts';
import { saveBytes } from './node/files.ts';

export const BACKUPS_TO_KEEP = 10;
const BACKUP_NAME = /^library-(\d{4}-\d{2}-\d{2})\.json$/;

/** The person's calendar day, not UTC: a backup taken at 00:30 in Sydney belongs to that morning. */
export const localDay = localDayOf;

export function backupFileName(now: Date): string {
  return `library-${localDayOf(now)}.json`;
}

/**
 * One file per day in `folder` (later calls on the same day replace that day's file), written atomically through the
 * Node file service; only the newest BACKUPS_TO_KEEP days are kept. Returns how many daily backups remain; a failed
 * write throws with the service's wording.
 */
export async function writeRollingBackup(folder: string, contents: string, now: Date, keep = BACKUPS_TO_KEEP): Promise<number> {
  await fs.mkdir(folder, { recursive: true });
  const saved = await saveBytes(path.join(folder, backupFileName(now)), contents);
  if (!saved.ok) throw new Error(saved.error.message);
  const days = (await fs.readdir(folder))
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse();
  for (const old of days.slice(keep)) await fs.unlink(path.join(folder, old)).catch(() => undefined);
  return Math.min(days.length, keep);
}
