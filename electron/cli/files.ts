import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';

/** Reads an input file; a missing or unreadable file is a failure the user can act on, not a crash. */
export async function readInput(file: string, limitBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, message: `${file}: not a file` };
    if (info.size > limitBytes) return { ok: false, message: `${file}: the file is ${Math.round(info.size / 1048576)} MB, too large to read` };
    return { ok: true, bytes: new Uint8Array(await readFile(file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(e)})` };
  }
}

/** Written to a temporary file beside the target and renamed into place, so a failure never leaves half a file. */
export async function writeOutput(file: string, data: Uint8Array | string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await writeFileAtomic(path.resolve(file), data);
    return { ok: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: `${file}: cannot be written (${code ?? String(e)})` };
  }
}

export const baseName = (file: string) => path.basename(file);
