/**
 * The parsed font and its laid-out words, kept from one report to the next. pdfkit (inside pdfmake) parses each face
 * afresh for every document and lays every word out again through fontkit's OpenType shaping; for a full review
 * that is about a third of the report's time, spent on the same three faces and mostly the same words each time.
 *
 * pdfmake offers no way to hand it a parsed font, so this wraps its document's `provideFont` (the one place a face
 * is opened) on the document class. The first document that uses a face keeps its fontkit font and its word-layout
 * cache; every later document still registers the face itself (its own font id, glyph subset and widths, so each
 * PDF embeds exactly the glyphs it uses) but reads the font and the cached word layouts from that first one. The
 * PDF is the same: the layouts are pure functions of the font and the word.
 *
 * The class is reached through the first document pdfmake makes, which works the same in its Node entry and in its
 * browser build; that first report keeps its faces for the second, which is the first to be faster. Everything named here is pdfkit 0.19 / pdfmake 0.3
 * internals (pinned in package.json); tests/unit/report/font-reuse.test.ts checks it still takes hold.
 */

/** fontkit's font, as far as a fresh per-document subset needs it. */
interface FontkitFont {
  createSubset(): unknown;
  getGlyph(id: number): { advanceWidth: number };
}

/** pdfkit's per-document embedded face (EmbeddedFont): the fields read from the font when it is made. */
interface EmbeddedFace {
  font: FontkitFont;
  subset: unknown;
  widths: number[];
  layoutCache?: Record<string, unknown>;
}

/** pdfmake's document (its PDFDocument, a pdfkit subclass): where faces are opened. */
export interface PdfKitDocument {
  fonts: Record<string, Record<string, unknown>>;
  fontCache: Record<string, Record<string, EmbeddedFace | undefined> | undefined>;
  virtualfs: { existsSync(name: string): boolean; readFileSync(name: string): unknown } | null;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFace;
}

interface Kept {
  /** The font's bytes as registered: a different font, or new bytes, is never mixed up with the kept one. */
  bytes: object;
  font: FontkitFont;
  layoutCache: Record<string, unknown>;
}

/**
 * A bound on memory for a long session: words from many different reviews pile up in the shared cache, so past this
 * many it starts again from the next document's own (a full review lays out about 600 distinct words).
 */
const MAX_CACHED_WORDS = 20_000;

/**
 * One kept face per font file name, so new bytes for a name replace the old rather than pile up; per document class,
 * so two copies of pdfmake in one process (its Node entry and its browser build, in the tests) never share a font.
 */
const keptByClass = new WeakMap<object, Map<string, Kept>>();

/** How many times a document took a kept face instead of its own parse (read by the tests). */
export const reuse = { faces: 0 };

/** The file a face was opened from, by name in pdfmake's virtual file system, and its bytes. */
function fileOf(doc: PdfKitDocument, family: string, type: string): { name: string; bytes: object } | undefined {
  const name = doc.fonts[family]?.[type];
  if (typeof name !== 'string' || doc.virtualfs === null || !doc.virtualfs.existsSync(name)) return undefined;
  const bytes = doc.virtualfs.readFileSync(name);
  return typeof bytes === 'object' && bytes !== null ? { name, bytes } : undefined;
}

function keptFor(kept: Map<string, Kept>, file: { name: string; bytes: object }): Kept | undefined {
  const entry = kept.get(file.name);
  return entry?.bytes === file.bytes ? entry : undefined;
}

function adopt(face: EmbeddedFace, from: Kept): void {
  face.font = from.font;
  // As pdfkit's EmbeddedFont constructor sets them, now from the kept font: this document's own subset and widths.
  face.subset = from.font.createSubset();
  face.widths = [from.font.getGlyph(0).advanceWidth];
  face.layoutCache = from.layoutCache;
  reuse.faces += 1;
}

function keep(kept: Map<string, Kept>, file: { name: string; bytes: object }, face: EmbeddedFace): void {
  if (face.layoutCache !== undefined) kept.set(file.name, { bytes: file.bytes, font: face.font, layoutCache: face.layoutCache });
}

function wrapProvideFont(proto: PdfKitDocument, kept: Map<string, Kept>): void {
  const provideFont = proto.provideFont;
  proto.provideFont = function (this: PdfKitDocument, family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const opened = this.fontCache[family]?.[type];
    if (opened) return opened;
    const face = provideFont.call(this, family, bold, italics);
    const file = fileOf(this, family, type);
    if (file === undefined) return face;
    const from = keptFor(kept, file);
    if (from === undefined || Object.keys(from.layoutCache).length > MAX_CACHED_WORDS) keep(kept, file, face);
    // Already the kept font: pdfkit hands one face out twice when two styles name the same file (bold italics is the
    // bold file). Adopting it again would drop its subset.
    else if (face.font !== from.font) adopt(face, from);
    return face;
  };
}

/**
 * Called with each laid-out document: installs the reuse on its class (once) and keeps the faces it opened, unless
 * the same bytes are kept already, for the next report.
 */
export function reuseFontsAfter(doc: PdfKitDocument): void {
  const proto = Object.getPrototypeOf(doc) as PdfKitDocument | null;
  if (proto === null || typeof proto.provideFont !== 'function') return;
  let kept = keptByClass.get(proto);
  if (kept === undefined) {
    kept = new Map();
    keptByClass.set(proto, kept);
    wrapProvideFont(proto, kept);
  }
  for (const [family, faces] of Object.entries(doc.fontCache))
    for (const [type, face] of Object.entries(faces ?? {})) {
      const file = fileOf(doc, family, type);
      if (face && file && keptFor(kept, file) === undefined) keep(kept, file, face);
    }
}
