import { promises as fs } from 'node:fs';
import { z } from '@shared/zod.ts';
import { saveBytes } from './node/files.ts';

/**
 * The files opened or saved lately, newest first, for the File ▸ Open recent menu on Windows and Linux (macOS keeps
 * its own list through app.addRecentDocument). Kept as JSON in the app's data folder, checked with zod when read: a
 * damaged or hand-edited list is treated as empty rather than stopping the app.
 */
export const MAX_RECENT_FILES = 10;
const RecentList = z.array(z.string().check(z.minLength(1), z.maxLength(4096)));

export class RecentFiles {
  #files: string[] = [];

  constructor(private readonly listFile: string) {}

  get files(): readonly string[] {
    return this.#files;
  }

  async load(): Promise<void> {
    try {
      const parsed = RecentList.safeParse(JSON.parse(await fs.readFile(this.listFile, 'utf8')));
      this.#files = parsed.success ? parsed.data.slice(0, MAX_RECENT_FILES) : [];
    } catch {
      this.#files = [];
    }
  }

  /** Moves (or adds) a file to the top; a failed write is not worth interrupting the person for. */
  async add(file: string): Promise<void> {
    this.#files = [file, ...this.#files.filter((f) => f !== file)].slice(0, MAX_RECENT_FILES);
    await this.#save();
  }

  async clear(): Promise<void> {
    this.#files = [];
    await this.#save();
  }

  async #save(): Promise<void> {
    await saveBytes(this.listFile, `${JSON.stringify(this.#files)}\n`).catch(() => undefined);
  }
}
