import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { err, ok, type Result } from '../shared/result.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { messageOf } from '../shared/message.ts';

export { writeFileAtomic } from './atomic-write.ts';

/** Far above any real file of each kind, low enough that a hostile file cannot exhaust memory before parsing. */
export const READ_LIMITS = {
  workbook: 20 * 1024 * 1024,
  reviewFile: 10 * 1024 * 1024,
  library: 200 * 1024 * 1024,
} as const;

export const FILTERS = {
  workbook: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  reviewFile: [{ name: 'Partnership review', extensions: ['json'] }],
  library: [{ name: 'Partnership Review library backup', extensions: ['json'] }],
} satisfies Record<string, FileFilter[]>;

/** Characters Windows, macOS or Linux refuse in a file name become a dash. */
export function safeFileName(name: string): string {
  // Control characters are exactly what must go: they are invalid in Windows file names.
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim();
  return cleaned.replace(/^\.+/, '').slice(0, 180) || 'Untitled';
}

export async function askWhereToSave(
  parent: BrowserWindow | null,
  title: string,
  defaultName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options = { title, defaultPath: safeFileName(defaultName), filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'> };
  const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return answer.canceled || !answer.filePath ? null : answer.filePath;
}

export async function askWhichToOpen(parent: BrowserWindow | null, title: string, filters: FileFilter[]): Promise<string | null> {
  const options = { title, filters, properties: ['openFile'] as Array<'openFile'> };
  const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return answer.canceled ? null : (answer.filePaths[0] ?? null);
}

/** Reads at most `limit` bytes; a larger file is refused before it is read into memory. */
export async function readFileLimited(filePath: string, limit: number): Promise<Result<Uint8Array>> {
  const name = path.basename(filePath);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(filePath, 'r');
    const { size } = await handle.stat();
    if (size > limit) return tooLarge(name, limit);
    // Read one byte past the limit so a file that grew after stat() is still caught.
    const buffer = new Uint8Array(Math.min(size, limit) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > limit) return tooLarge(name, limit);
    return ok(buffer.subarray(0, filled));
  } catch (error) {
    return err('read-failed', `Could not read "${name}": ${describe(error)}`, [{ where: name, message: describe(error) }]);
  } finally {
    await handle?.close();
  }
}

function tooLarge(name: string, limit: number) {
  const mb = Math.round(limit / (1024 * 1024));
  return err('too-large', `"${name}" is larger than ${mb} MB, too large to be a file this app wrote.`, [
    { where: name, message: `larger than ${mb} MB` },
  ]);
}

/** Decodes UTF-8 strictly: a binary or mis-encoded file is an error, not a page of replacement characters. */
export function decodeText(bytes: Uint8Array, name: string): Result<string> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    return err('not-text', `"${name}" is not a text file.`, [{ where: name, message: 'not UTF-8 text' }]);
  }
}

/** Writes atomically and turns an I/O failure into a message the person can act on. */
export async function saveBytes(filePath: string, data: Uint8Array | string): Promise<Result<{ status: 'saved'; name: string }>> {
  const name = path.basename(filePath);
  try {
    await writeFileAtomic(filePath, data);
    return ok({ status: 'saved', name });
  } catch (error) {
    return err('write-failed', `Could not save "${name}": ${describe(error)}. Any earlier file of that name is unchanged.`, [
      { where: filePath, message: describe(error) },
    ]);
  }
}

export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    const known: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'the folder is read-only',
      ENOSPC: 'the disk is full',
      ENOENT: 'the file or folder does not exist',
      EISDIR: 'that is a folder',
      EBUSY: 'the file is in use by another program',
    };
    if (known[code]) return known[code];
  }
  return messageOf(error);
}
