/**
 * The parsed font and its laid-out words, kept from one report to the next. pdfkit (inside pdfmake) parses each face
 * afresh for every document and lays every word out again through fontkit's OpenType shaping; for a full review
 * that was about a third of the report's time, spent on the same three faces and mostly the same words each time.
 *
 * pdfmake offers no way to hand it a parsed font, so this wraps its document's `provideFont` (the one place a face
 * is opened) on the document class. The first document that opens a face keeps its fontkit font and its word-layout
 * cache; every later document gets its face made from that font, numbered and registered as pdfkit's `font` would
 * (its own font id, glyph subset and widths, so each PDF embeds exactly the glyphs it uses), with the kept word
 * layouts. The PDF is the same byte for byte: the layouts are pure functions of the font and the word.
 *
 * The class is reached through a document pdfmake makes (shared/report/pdfmake.ts makes a blank one before the first
 * report, which works the same in its Node entry and in its browser build). Everything named here is pdfkit 0.19 /
 * pdfmake 0.3 internals (pinned in package.json); tests/unit/report/font-reuse.test.ts checks it still takes hold
 * and that the PDF is the one pdfkit makes parsing every face itself.
 */

/** fontkit's font, as far as a fresh per-document subset needs it. */
interface FontkitFont {
  postscriptName: string;
}

/** pdfkit's per-document embedded face (EmbeddedFont): the fields read from the font when it is made. */
interface EmbeddedFace {
  font: FontkitFont;
  id: string;
  name: string;
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
  /** pdfkit's own bookkeeping of the faces a document has open (its `font` method keeps these). */
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFace | undefined>;
  _font: EmbeddedFace | null;
}

/** pdfkit's EmbeddedFont class: a face of a document made from a parsed fontkit font. */
type FaceClass = new (doc: PdfKitDocument, font: FontkitFont, id: string) => EmbeddedFace;

interface Kept {
  /** The font's bytes as registered: a different font, or new bytes, is never mixed up with the kept one. */
  bytes: object;
  font: FontkitFont;
  layoutCache: Record<string, unknown>;
  Face: FaceClass;
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

/**
 * How many times a document took a kept face instead of its own parse (read by the tests), and whether documents
 * may (the tests turn it off to compare with pdfkit parsing every face itself).
 */
export const reuse = { faces: 0, enabled: true };

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

/**
 * The face as pdfmake's provideFont would open it through pdfkit's `font` (same id, same bookkeeping), but made from
 * the kept fontkit font instead of parsing the file's bytes again: that parse, and fontkit reading its name and
 * metrics tables afresh, was several milliseconds of every report. The face still has its own glyph subset and
 * widths, so each PDF embeds exactly the glyphs it uses; only the word layouts are shared.
 */
function open(doc: PdfKitDocument, family: string, type: string, from: Kept): EmbeddedFace {
  // pdfkit numbers every face it is asked for, even one it then finds open already.
  const id = `F${++doc._fontCount}`;
  const name = from.font.postscriptName;
  // Already open: pdfkit hands one face out twice when two styles name the same file (bold italics is the bold file).
  const same = doc._fontFamilies[name];
  let face: EmbeddedFace;
  if (same !== undefined && same.font === from.font) face = same;
  else {
    face = new from.Face(doc, from.font, id);
    face.layoutCache = from.layoutCache;
    if (!doc._fontFamilies[face.name]) doc._fontFamilies[face.name] = face;
    if (doc._fontFamilies[face.name] !== face) doc._fontFamilies[face.id] = face;
    reuse.faces += 1;
  }
  doc._font = face;
  (doc.fontCache[family] ??= {})[type] = face;
  return face;
}

function keep(kept: Map<string, Kept>, file: { name: string; bytes: object }, face: EmbeddedFace): void {
  if (face.layoutCache !== undefined) {
    const Face = (Object.getPrototypeOf(face) as { constructor: FaceClass }).constructor;
    kept.set(file.name, { bytes: file.bytes, font: face.font, layoutCache: face.layoutCache, Face });
  }
}

function wrapProvideFont(proto: PdfKitDocument, kept: Map<string, Kept>): void {
  const provideFont = proto.provideFont;
  proto.provideFont = function (this: PdfKitDocument, family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const opened = this.fontCache[family]?.[type];
    if (opened) return opened;
    const file = reuse.enabled ? fileOf(this, family, type) : undefined;
    const from = file === undefined ? undefined : keptFor(kept, file);
    if (from !== undefined && Object.keys(from.layoutCache).length <= MAX_CACHED_WORDS) return open(this, family, type, from);
    const face = provideFont.call(this, family, bold, italics);
    if (file !== undefined) keep(kept, file, face);
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
