/**
 * One text object for a run of words instead of one per word. pdfmake draws every word on its own (its Renderer
 * notes "lines without differently styled inlines should be written to pdf as one stream" as a to-do): per word it
 * sets the opacity, sets the fill colour, paints an empty path, saves the graphics state, flips the page's
 * coordinates, opens a text object, places the word, chooses the font, shows it, closes the object and restores the
 * state — thirteen operators, about 29,000 for a full review, each a separate write.
 *
 * This keeps the text object of one word open for the next while nothing else is drawn in between: the next word's
 * opacity and colour (the same as are already in force) are not set again, its save, flip and text-object opening
 * are left out, its font is chosen only if it differs, and only its placement and its glyphs are written — each word
 * still placed absolutely, exactly where it was. Anything else written to the page, a change of opacity or colour, a
 * word that sets other text state (spacing, rendering mode), or a change of page closes the open object first, as
 * the word drawn alone would have done. The pages look the same and read the same (tests/unit/report/text-runs.test.ts
 * renders them with poppler both ways); the PDF is smaller and made faster.
 *
 * pdfmake offers no hook for this, so it wraps methods of its document class (a pdfkit subclass), reached through a
 * document as shared/report/font-reuse.ts does. Everything named here is pdfkit 0.19 / pdfmake 0.3 internals, pinned.
 */

/** The part of pdfmake's document (pdfkit's PDFDocument) this touches. */
export interface RunsDocument {
  addContent(op: string): unknown;
  _fragment(text: string, x: number, y: number, options: object): void;
  text(text: unknown, x?: unknown, y?: unknown, options?: unknown): unknown;
  x: number;
  y: number;
  _textOptions?: unknown;
  _font: RunFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  opacity(value: unknown): unknown;
  fill(color?: unknown, rule?: unknown): unknown;
  addPage(options?: unknown): unknown;
  switchToPage(n: number): unknown;
  flushPages(): unknown;
  end(): unknown;
}

/** pdfkit's embedded font, as far as placing a word needs it. */
interface RunFont {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string, features?: unknown): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
}

/** A text object left open after a word: its state saved, coordinates flipped, font chosen. */
interface OpenRun {
  cm: string;
  tf: string | null;
  opacity: unknown;
  fill: unknown;
}

/** Where the operators of the word being drawn have got to (pdfkit's `_fragment` writes them in this order). */
type Step = 'q' | 'cm' | 'bt' | 'body' | 'et' | 'done' | 'plain';

interface RunState {
  run: OpenRun | null;
  /** The opacity and fill colour last set by `opacity` and `fill`, while nothing else has been drawn since. */
  known: { opacity?: unknown; fill?: unknown };
  /** Inside `opacity` or `fill`: their own operators do not make the known state unknown. */
  setting: boolean;
  /** The word being drawn, or null between words. */
  word: { step: Step; cm: string | null; tf: string | null; reuse: boolean; dirty: boolean } | null;
}

/** pdfkit's `fill` takes a winding rule in place of a colour. */
const FILL_RULE = /(even-?odd)|(non-?zero)/;

const STATE = Symbol('partnership-review text runs');

type Patched = RunsDocument & { [STATE]?: RunState };

/** Whether the wrapped methods merge runs: the tests turn it off to draw the same report word by word. */
export const textRuns = { enabled: true };

const patched = new WeakSet<object>();

function stateOf(doc: Patched): RunState {
  return (doc[STATE] ??= { run: null, known: {}, setting: false, word: null });
}

/** Options pdfkit's `text` adds nothing to before the fragment: no wrapping, rotation, continuation or structure. */
const PLACED_ONLY = ['width', 'height', 'rotation', 'continued', 'structParent', 'wordSpacing', 'columns'] as const;

function placedWord(value: unknown, x: unknown, y: unknown, options: unknown): value is string {
  if (typeof value !== 'string' || value.includes('\n') || typeof x !== 'number' || typeof y !== 'number') return false;
  if (typeof options !== 'object' || options === null) return false;
  const o = options as Record<string, unknown>;
  if (o['lineBreak'] !== false) return false;
  for (const key of PLACED_ONLY) if (o[key]) return false;
  return true;
}

/** Fragment options that make pdfkit write more than placement, font and glyphs (or place a word differently). */
const NOT_PLAIN = [
  'link',
  'goTo',
  'destination',
  'underline',
  'strike',
  'oblique',
  'fill',
  'stroke',
  'characterSpacing',
  'wordSpacing',
  'width',
  'baseline',
] as const;

function plainFragment(options: object): boolean {
  const o = options as Record<string, unknown>;
  for (const key of NOT_PLAIN) if (o[key] !== undefined && o[key] !== null && o[key] !== false && o[key] !== 0) return false;
  return o['horizontalScaling'] === undefined || o['horizontalScaling'] === 100;
}

/** pdfkit's PDFObject.number: six decimal places, as every operator it writes. */
function num(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/**
 * A plain word inside the open run: exactly the placement, font choice and glyphs pdfkit's `_fragment` writes for
 * it (kerning as offsets between glyph strings, marks placed on their own), without the state it saves, flips and
 * restores around them — the open run has that in force already.
 */
function placeInRun(
  doc: Patched,
  write: (this: Patched, op: string) => unknown,
  run: OpenRun,
  value: string,
  x: number,
  y: number,
  features: unknown,
): void {
  const text = value.replace(/\n/g, '');
  if (text.length === 0) return;
  const font = doc._font;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  const size = doc._fontSize;
  const top = doc.page.height - y - (font.ascender / 1000) * size;
  write.call(doc, `1 0 0 1 ${num(x)} ${num(top)} Tm`);
  const tf = `/${font.id} ${num(size)} Tf`;
  if (tf !== run.tf) {
    write.call(doc, tf);
    run.tf = tf;
  }
  const [encoded, positions] = font.encode(text, features);
  const scale = size / 1000;
  // As pdfkit: glyph strings broken where kerning moves the next glyph, and a mark with an offset placed on its own.
  // Written without inner functions: tsx names every closure it creates, which showed in the measurements.
  let commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  let pen = x;
  for (let i = 0; i <= positions.length; i += 1) {
    const p = positions[i];
    const offset = p !== undefined && (p.xOffset || p.yOffset);
    const kerned = p !== undefined && !offset && p.xAdvance - p.advanceWidth !== 0;
    // The glyphs before i close a string at an offset, at the end, and after a kerned glyph (below, with i + 1).
    if ((offset || p === undefined) && last < i) {
      const q = positions[i - 1]!;
      commands.push(`<${encoded.slice(last, i).join('')}> ${num(-(q.xAdvance - q.advanceWidth))}`);
      last = i;
    }
    if ((offset || p === undefined) && commands.length > 0) {
      write.call(doc, `[${commands.join(' ')}] TJ`);
      commands = [];
    }
    if (p === undefined) break;
    if (offset) {
      write.call(doc, `1 0 0 1 ${num(pen + p.xOffset * scale)} ${num(top + p.yOffset * scale)} Tm`);
      write.call(doc, `[<${encoded[i]}> ${num(-(p.xAdvance - p.advanceWidth))}] TJ`);
      last = i + 1;
      hadOffset = true;
    } else {
      if (hadOffset) {
        write.call(doc, `1 0 0 1 ${num(pen)} ${num(top)} Tm`);
        hadOffset = false;
      }
      if (kerned) {
        commands.push(`<${encoded.slice(last, i + 1).join('')}> ${num(-(p.xAdvance - p.advanceWidth))}`);
        last = i + 1;
      }
    }
    pen += p.xAdvance * scale;
  }
}

export function installTextRuns(proto: RunsDocument): void {
  if (patched.has(proto)) return;
  patched.add(proto);
  const write = proto.addContent;
  const fragment = proto._fragment;
  const text = proto.text;
  const opacity = proto.opacity;
  const fill = proto.fill;
  const addPage = proto.addPage;
  const switchToPage = proto.switchToPage;
  const flushPages = proto.flushPages;
  const end = proto.end;

  /** Ends the open text object as the word drawn alone would have: `ET`, then `Q` to restore the saved state. */
  const close = (doc: Patched, s: RunState) => {
    if (s.run === null) return;
    s.run = null;
    write.call(doc, 'ET');
    write.call(doc, 'Q');
  };

  /**
   * One operator of the word being drawn: left out where the open run already has its effect, else written. Turns
   * to 'plain' once the word is not one the run can take: the rest of its operators are written as they come.
   * No closures inside: tsx names each one it makes, which showed in the measurements.
   */
  const wordOp = (doc: Patched, s: RunState, op: string): void => {
    const w = s.word!;
    switch (w.step) {
      case 'q':
        if (op === 'q') {
          w.step = 'cm'; // held back until the flip shows whether the run goes on
          return;
        }
        close(doc, s);
        break;
      case 'cm':
        if (op.endsWith(' cm') && s.run !== null && s.run.cm === op) {
          w.reuse = true;
          w.cm = op;
          w.step = 'bt';
          return;
        }
        close(doc, s);
        write.call(doc, 'q');
        if (!op.endsWith(' cm')) break;
        w.cm = op;
        w.step = 'bt';
        write.call(doc, op);
        return;
      case 'bt':
        if (op === 'BT') {
          if (w.reuse) {
            w.tf = s.run!.tf;
            s.run = null; // taken over by this word until its end
          } else write.call(doc, op);
          w.step = 'body';
          return;
        }
        // Not a word as pdfkit draws one: put the left-out operators back and write the rest as it comes.
        if (w.reuse) {
          close(doc, s);
          write.call(doc, 'q');
          write.call(doc, w.cm!);
        }
        break;
      case 'body':
        if (op === 'ET') {
          w.step = 'et';
          return;
        }
        if (op.endsWith(' Tf')) {
          if (op !== w.tf) {
            write.call(doc, op);
            w.tf = op;
          }
          return;
        }
        // Spacing, scaling or rendering mode stay in force until the state is restored: this word ends its run.
        if (!op.endsWith(' Tm') && !op.endsWith(' TJ')) w.dirty = true;
        write.call(doc, op);
        return;
      case 'et':
        if (op === 'Q' && !w.dirty && w.cm !== null) {
          s.run = { cm: w.cm, tf: w.tf, opacity: s.known.opacity, fill: s.known.fill };
          w.step = 'done';
          return;
        }
        write.call(doc, 'ET');
        break;
      case 'done':
        close(doc, s);
        break;
      case 'plain':
        break;
    }
    w.step = 'plain';
    write.call(doc, op);
  };

  proto.addContent = function (this: Patched, op: string) {
    if (!textRuns.enabled) return write.call(this, op);
    const s = stateOf(this);
    if (s.word !== null) {
      wordOp(this, s, op);
      return this;
    }
    close(this, s);
    if (!s.setting) s.known = {};
    return write.call(this, op);
  };

  proto._fragment = function (this: Patched, text, x, y, options) {
    if (!textRuns.enabled) return fragment.call(this, text, x, y, options);
    const s = stateOf(this);
    if (s.run !== null && typeof text === 'string' && plainFragment(options)) {
      placeInRun(this, write, s.run, text, x, y, (options as { features?: unknown }).features);
      return;
    }
    s.word = { step: 'q', cm: null, tf: null, reuse: false, dirty: false };
    try {
      fragment.call(this, text, x, y, options);
    } finally {
      const w = s.word;
      s.word = null;
      // A word that wrote nothing (an empty string) leaves any run as it was; one that stopped part-way is closed.
      if (w.step === 'cm') write.call(this, 'q');
      else if (w.step === 'et') write.call(this, 'ET');
    }
  };

  /**
   * A word as pdfmake places it (at a point, no wrapping, one line) goes straight to the fragment: pdfkit's `text`
   * would copy its options, split it into lines and measure it again only to move its own cursor, which pdfmake
   * never reads (it places every word itself).
   */
  proto.text = function (this: Patched, value, x, y, options) {
    if (!textRuns.enabled || !placedWord(value, x, y, options) || this._textOptions) {
      return text.call(this, value, x, y, options);
    }
    this.x = x as number;
    this.y = y as number;
    this._fragment(value, x as number, y as number, options as object);
    return this;
  };

  const setter = <K extends 'opacity' | 'fill'>(key: K, original: (...args: never[]) => unknown) =>
    function (this: Patched, value?: unknown, rule?: unknown) {
      const s = stateOf(this);
      if (
        !textRuns.enabled ||
        rule !== undefined ||
        typeof value !== (key === 'fill' ? 'string' : 'number') ||
        FILL_RULE.test(String(value))
      ) {
        return (original as (this: Patched, ...args: unknown[]) => unknown).apply(this, [value, rule].slice(0, arguments.length));
      }
      if (s.run !== null && s.run[key] === value) return this; // already in force inside the open text object
      close(this, s);
      s.setting = true;
      try {
        (original as (this: Patched, v: unknown) => unknown).call(this, value);
      } finally {
        s.setting = false;
      }
      s.known[key] = value;
      return this;
    };
  proto.opacity = setter('opacity', opacity as never);
  proto.fill = setter('fill', fill as never);

  // A page change must find the run closed on the page it was opened on.
  const closingFirst = <A extends unknown[]>(original: (...args: A) => unknown) =>
    function (this: Patched, ...args: A) {
      if (textRuns.enabled) {
        const s = stateOf(this);
        close(this, s);
        s.known = {};
      }
      return original.apply(this, args);
    };
  proto.addPage = closingFirst(addPage);
  proto.switchToPage = closingFirst(switchToPage);
  proto.flushPages = closingFirst(flushPages);
  proto.end = closingFirst(end);
}
