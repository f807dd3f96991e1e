import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPORT_FACES, REPORT_FONT_FILES, REPORT_FONT_FOLDER, type ReportFonts } from '@shared/report/fonts.ts';

/**
 * The folder of the report's font in the checkout that `near` (the caller's own file) belongs to: the bundled command
 * line (dist-electron/cli.cjs) and the benchmark's and tests' sources all sit under it.
 */
function fontFolder(near: string): string {
  let dir = path.dirname(near);
  for (;;) {
    const folder = path.join(dir, REPORT_FONT_FOLDER);
    if (existsSync(folder)) return folder;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`the report’s font (${REPORT_FONT_FOLDER}) is missing from this installation`);
    dir = parent;
  }
}

/** The same three font files the app fetches (shared/report/fonts.ts), read from disk by the command line and the benchmark. */
export async function readReportFonts(near: string): Promise<ReportFonts> {
  const folder = fontFolder(near);
  const bytes = await Promise.all(
    REPORT_FACES.map(async (face) => new Uint8Array(await readFile(path.join(folder, REPORT_FONT_FILES[face])))),
  );
  return Object.fromEntries(REPORT_FACES.map((face, i) => [face, bytes[i]!])) as ReportFonts;
}
