import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { REPORT_FACES, REPORT_FONT_FILES as FILES, type ReportFonts } from './fonts.ts';
import { reuseFontsAfter, type PdfKitDocument } from './font-reuse.ts';
import { REPORT_FONT } from './style.ts';
import { installTextRuns, type RunsDocument } from './text-runs.ts';
import { prewrapped, type Measure } from './prewrap.ts';
import { installWordLayout, type LaidOutFont } from './word-layout.ts';

/**
 * The part of pdfmake's module object the report uses. `import('pdfmake')` resolves to its Node entry (js/index.js)
 * under Node and, through the package's "browser" field, to its self-contained build in Vite; both are one shared
 * instance with a virtual file system, which is how fonts arrive without fs.
 */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
  setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy?: (allow: (path: string) => boolean) => void;
  createPdf(definition: TDocumentDefinitions): { getStream(): Promise<PdfKitDocument>; getBuffer(): Promise<Uint8Array> };
}

/** Loaded on the first report only: pdfmake is about a megabyte and must stay out of every start-up bundle. */
async function loadPdfMake(): Promise<PdfMake> {
  const module = (await import('pdfmake')) as unknown as { default?: PdfMake } & PdfMake;
  return module.default ?? module;
}

/**
 * Every pdfmake quirk stays in this file. Its types say `getBuffer` yields a Node Buffer (it is a Uint8Array
 * subclass in Node and a polyfill in the browser); fonts are registered by file name in its one global virtual file
 * system; and its Node entry warns on every document unless told that nothing may be fetched from URLs or disk —
 * the report embeds only the fonts given here, so both are refused.
 */
export async function renderPdf(definition: TDocumentDefinitions, fonts: ReportFonts): Promise<Uint8Array<ArrayBuffer>> {
  return renderWith(await loadPdfMake(), definition, fonts);
}

/** renderPdf with a given pdfmake module object: the tests pass its browser build too, which is what the app runs. */
export async function renderWith(pdfmake: PdfMake, definition: TDocumentDefinitions, fonts: ReportFonts): Promise<Uint8Array<ArrayBuffer>> {
  for (const face of REPORT_FACES) pdfmake.virtualfs.writeFileSync(FILES[face], fonts[face]);
  // The report sets no bold italic text; mapping it to bold spares embedding a fourth face.
  pdfmake.setFonts({ [REPORT_FONT]: { normal: FILES.normal, bold: FILES.bold, italics: FILES.italics, bolditalics: FILES.bold } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy?.(() => false);
  const output = pdfmake.createPdf(prewrapped(definition, await measurer(pdfmake, fonts)));
  // The laid-out document (pdfmake's own object, before it is written): from it the next reports reuse the fonts.
  reuseFontsAfter(await output.getStream());
  const bytes = await output.getBuffer();
  // A plain copy: a Node Buffer may be a view into a larger pooled buffer, and the bytes cross IPC next.
  return Uint8Array.from(bytes);
}

/** pdfkit's embedded face, as far as measuring needs it. */
interface Face {
  widthOfString(text: string, size: number): number;
}

/** A bound on the widths kept for a long session (a full review measures about 1,500 distinct strings). */
const MAX_KEPT_WIDTHS = 50_000;

/** The faces last measured with, per copy of pdfmake, and the bytes they were opened from. */
const measurers = new WeakMap<PdfMake, { fonts: ReportFonts; measure: Measure }>();

/**
 * A blank document, made once per copy of pdfmake and per set of font bytes and never written out, opens the faces
 * that prewrap.ts measures with, so lines are measured by the very fonts (and the code) pdfmake will lay them out
 * with. It also puts text runs (text-runs.ts) on pdfmake's document class and the faster word layout
 * (word-layout.ts) on pdfkit's font class before the first report, so every report is made the same way, and hands
 * its parsed faces on to the first report (font-reuse.ts).
 */
async function measurer(pdfmake: PdfMake, fonts: ReportFonts): Promise<Measure> {
  const known = measurers.get(pdfmake);
  if (known && REPORT_FACES.every((face) => known.fonts[face] === fonts[face])) return known.measure;
  const blank = (await pdfmake.createPdf({ content: [], defaultStyle: { font: REPORT_FONT } }).getStream()) as PdfKitDocument;
  installTextRuns(Object.getPrototypeOf(blank) as RunsDocument);
  const face = (bold: boolean, italics: boolean) => blank.provideFont(REPORT_FONT, bold, italics) as unknown as Face;
  const faces = [face(false, false), face(false, true), face(true, false), face(true, true)] as const;
  installWordLayout(Object.getPrototypeOf(faces[0]) as LaidOutFont);
  reuseFontsAfter(blank);
  // Widths kept from report to report, as the faces keep their word layouts: the same statements and labels recur.
  const widths = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const measure: Measure = (text, bold, italics, size) => {
    const face = (bold ? 2 : 0) + (italics ? 1 : 0);
    const known = widths[face]!;
    const key = `${size}|${text}`;
    let width = known.get(key);
    if (width === undefined) {
      if (known.size >= MAX_KEPT_WIDTHS) known.clear();
      width = faces[face]!.widthOfString(text, size);
      known.set(key, width);
    }
    return width;
  };
  measurers.set(pdfmake, { fonts, measure });
  return measure;
}
