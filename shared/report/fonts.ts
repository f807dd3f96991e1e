/**
 * The report's one font, in one place: DejaVu Sans (good Latin coverage, "✓", "–", "…", arrows) cut down by
 * build/subset-fonts.sh to the scripts a review is written in. Its three faces are these files in REPORT_FONT_FOLDER;
 * the app fetches them (renderer/src/report/fonts.ts), the command line and the benchmark read them from disk
 * (electron/cli/report-fonts.ts), and pdfmake knows them by the same names.
 */
export const REPORT_FONT_FOLDER = 'renderer/src/report/fonts';

export const REPORT_FONT_FILES = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf',
} as const;

export type ReportFace = keyof typeof REPORT_FONT_FILES;

export const REPORT_FACES = Object.keys(REPORT_FONT_FILES) as ReportFace[];

/** The three faces as bytes: each host reads them its own way (shared/ takes bytes, never paths). */
export type ReportFonts = Record<ReportFace, Uint8Array>;
