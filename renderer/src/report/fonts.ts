// DejaVu Sans cut down to the scripts a review is written in (build/subset-fonts.sh; checked by
// tests/unit/report/font-coverage.test.ts): a fifth of the bytes to fetch, and each report parses and lays out
// against far smaller tables than the full faces'.
import bold from './fonts/DejaVuSans-Bold.ttf?url';
import italics from './fonts/DejaVuSans-Oblique.ttf?url';
import normal from './fonts/DejaVuSans.ttf?url';
import type { ReportFonts } from '@shared/report/index.ts';

let loaded: Promise<ReportFonts> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the report’s font could not be loaded (${response.status} for ${url})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The report's font as files Vite copies beside the app (so the desktop app has them inside its package too),
 * fetched on the first report and kept for the next. This module is itself imported lazily.
 */
export function reportFonts(): Promise<ReportFonts> {
  loaded ??= Promise.all([fetchBytes(normal), fetchBytes(bold), fetchBytes(italics)]).then(([n, b, i]) => ({
    normal: n,
    bold: b,
    italics: i,
  }));
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
