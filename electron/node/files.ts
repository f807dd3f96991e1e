import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeBytes, fileKinds, type FileKindName } from '@shared/files/kinds.ts';
import { messageOf } from '@shared/message.ts';
import { err, ok, type Result } from '@shared/result.ts';
import { writeFileAtomic } from './atomic-write.ts';

/**
 * The one Node file service: the desktop shell and the command line both read and write files through these, so a
 * limit, the UTF-8 rule, the atomic write and the wording of an I/O failure are the same in both. No Electron here.
 */

/** The most bytes the app reads of a kind of file, from the one table of file kinds. */
export function readLimitOf(kind: FileKindName): number {
  const limit = fileKinds[kind].maxReadBytes;
  if (limit === null) throw new Error(`The app never reads a ${fileKinds[kind].label}.`);
  return limit;
}

const PLAIN_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the folder is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'the file or folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'that is a folder',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'the disk could not be read or written',
};

function codeOf(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** An I/O failure in plain words, without the errno code. */
export function plainWords(error: unknown): string {
  const code = codeOf(error);
  return (code && PLAIN_WORDS[code]) || messageOf(error);
}

/** An I/O failure in words a person can act on, with the errno code kept for scripts and support (e.g. "(ENOENT)"). */
export function describeError(error: unknown): string {
  const code = codeOf(error);
  return code && PLAIN_WORDS[code] ? `${PLAIN_WORDS[code]} (${code})` : messageOf(error);
}

/** Reads at most `limit` bytes (a kind's limit, or a number); a larger file is refused before it is read into memory. */
export async function readFileLimited(filePath: string, limit: number | FileKindName): Promise<Result<Uint8Array>> {
  const max = typeof limit === 'number' ? limit : readLimitOf(limit);
  const name = path.basename(filePath);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(filePath, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return err('read-failed', `Could not read "${name}": it is not a file.`, [{ where: name, message: 'not a file' }]);
    if (info.size > max) return tooLarge(name, max);
    // Read one byte past the limit so a file that grew after stat() is still caught.
    const buffer = new Uint8Array(Math.min(info.size, max) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > max) return tooLarge(name, max);
    return ok(buffer.subarray(0, filled));
  } catch (error) {
    const words = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describeError(error);
    return err('read-failed', `Could not read "${name}": ${words}.`, [{ where: name, message: words }]);
  } finally {
    await handle?.close();
  }
}

function tooLarge(name: string, limit: number) {
  return err('too-large', `"${name}" is larger than ${describeBytes(limit)}, too large to be a file this app wrote.`, [
    { where: name, message: `larger than ${describeBytes(limit)}` },
  ]);
}

export interface Saved {
  status: 'saved';
  name: string;
}

/** Writes atomically and turns an I/O failure into a message the person can act on. */
export async function saveBytes(filePath: string, data: Uint8Array | string): Promise<Result<Saved>> {
  const name = path.basename(filePath);
  try {
    await writeFileAtomic(filePath, data);
    return ok({ status: 'saved', name });
  } catch (error) {
    return err('write-failed', `Could not save "${name}": ${describeError(error)}. Any earlier file of that name is unchanged.`, [
      { where: name, message: `cannot be written${codeOf(error) ? ` (${codeOf(error)})` : ''}: ${plainWords(error)}` },
    ]);
  }
}
