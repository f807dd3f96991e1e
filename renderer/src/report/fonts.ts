import { REPORT_FACES, REPORT_FONT_FILES, type ReportFonts } from '@shared/report/fonts.ts';

let loaded: Promise<ReportFonts> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the report’s font could not be loaded (${response.status} for ${url})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The report's font (shared/report/fonts.ts names the files) as files Vite copies beside the app, so the desktop app
 * has them inside its package too: Vite finds every file in ./fonts/ from this `new URL` pattern. They are fetched on
 * the first report and kept for the next; this module is itself imported lazily.
 */
export function reportFonts(): Promise<ReportFonts> {
  loaded ??= Promise.all(REPORT_FACES.map((face) => fetchBytes(new URL(`./fonts/${REPORT_FONT_FILES[face]}`, import.meta.url).href))).then(
    (bytes) => Object.fromEntries(REPORT_FACES.map((face, i) => [face, bytes[i]!])) as ReportFonts,
  );
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
