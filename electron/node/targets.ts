import { promises as fs } from 'node:fs';
import { err, ok, type Result } from '@shared/result.ts';

/**
 * Whether a command may write its output to `target`. A command line is where one mistyped name destroys a file, so
 * the target must be a new path or a regular file; never one of the command's own inputs (compared by device and
 * inode, so a hard link or "./x.json" for "x.json" is caught); never a FIFO, device node or folder, which an atomic
 * rename would replace with a regular file; and not a symbolic link unless `force` (then the link itself is replaced
 * by the new file, and what it pointed to is left untouched).
 */
export async function checkTarget(target: string, inputs: readonly string[], { force = false } = {}): Promise<Result<void>> {
  const refuse = (message: string) => err('unsafe-target', `${target}: ${message}`, [{ where: target, message }]);
  const info = await fs.lstat(target).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : error));
  if (info instanceof Error) return ok(undefined); // Unreadable: the write itself will fail with the reason.
  if (info === null) return ok(undefined);
  if (info.isSymbolicLink()) {
    if (!force) return refuse('is a symbolic link; give --force to replace the link itself with the new file');
  } else if (info.isDirectory()) {
    return refuse('is a folder; give a file name');
  } else if (!info.isFile()) {
    return refuse(`is not a regular file (${kindOf(info)}); write to a regular file or a new name`);
  }
  for (const input of inputs) {
    const source = await fs.stat(input).catch(() => null);
    if (source && source.dev === info.dev && source.ino === info.ino) {
      return refuse(`is the same file as the input ${input}; writing there would destroy it, so give another name`);
    }
  }
  return ok(undefined);
}

function kindOf(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}
