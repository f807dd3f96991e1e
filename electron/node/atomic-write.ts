import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The file operations an atomic write needs; injectable so tests can make any step fail. */
export interface AtomicWriteFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
  stat: typeof fs.stat;
}

const nodeFs: AtomicWriteFs = { open: fs.open, rename: fs.rename, unlink: fs.unlink, stat: fs.stat };

/** Part of every temporary file's name, so that this app's leftovers are recognisable and nobody else's are touched. */
const TAG = 'partnership-review';
const TEMP_NAME = new RegExp(`^\\..+\\.${TAG}-\\d+-[0-9a-f]{12}\\.tmp$`);

/**
 * A temporary file older than this is a leftover of a write that was killed between write and rename: no real write
 * of a review-sized file takes minutes, so removing it can never race a write in progress.
 */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** Hidden, unique and in the same folder as the target: rename is only atomic within one file system. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${TAG}-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempFile(name: string): boolean {
  return TEMP_NAME.test(name);
}

/**
 * Removes this app's temporary files in `folder` that are older than STALE_TEMP_MS (left by a write killed before its
 * rename). Only regular files with this app's tag are touched; anything unreadable is left alone.
 */
export async function removeStaleTempFiles(folder: string, nowMs = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter(isTempFile)) {
    const file = path.join(folder, name);
    const info = await fs.lstat(file).catch(() => null);
    if (!info?.isFile() || nowMs - info.mtimeMs < STALE_TEMP_MS) continue;
    if (
      await fs.unlink(file).then(
        () => true,
        () => false,
      )
    )
      removed.push(name);
  }
  return removed;
}

/**
 * Writes all of `data` to a temporary file beside `target`, flushes it to disk, then renames it over `target`.
 * Either the new content is complete at `target` or the previous file is untouched; on any failure the
 * temporary file is removed and the error is rethrown for the caller to report. Stale leftovers of earlier killed
 * writes in the same folder are cleared first.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, ops: AtomicWriteFs = nodeFs): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  await removeStaleTempFiles(path.dirname(target));
  const temp = tempPathFor(target);
  const mode = await ops.stat(target).then(
    (s) => s.mode & 0o777,
    () => 0o644,
  );
  let created = false;
  try {
    const handle = await ops.open(temp, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target, ops);
    created = false;
  } catch (error) {
    if (created) await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target), ops);
}

/**
 * On Windows a virus scanner or Excel's preview can hold the target for a moment, failing the rename with EBUSY or
 * EPERM; a few short retries ride that out instead of reporting a failed save.
 */
async function renameWithRetry(from: string, to: string, ops: AtomicWriteFs, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ops.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= attempts || (code !== 'EBUSY' && code !== 'EPERM')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 40 * attempt));
    }
  }
}

/** Makes the rename itself durable. Windows cannot open folders for syncing, which is harmless there. */
async function syncFolder(folder: string, ops: AtomicWriteFs): Promise<void> {
  try {
    const handle = await ops.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the data is already renamed into place.
  }
}
