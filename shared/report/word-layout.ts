/**
 * pdfkit lays a string out word by word (each word and the space after it, cached per word), finding the spaces with
 * `[' ', '\t'].includes(text.charAt(i))` — a new array for every character of every string it measures or draws:
 * the report's lines are measured by prewrap.ts, measured again by pdfmake and encoded by pdfkit, so that was a
 * noticeable part of a report's time.
 *
 * This replaces that one method of pdfkit's embedded font (EmbeddedFont.layout) with the same loop over character
 * codes: the same pieces, laid out by pdfkit's own cache in the same order, summed in the same order, so every width
 * and glyph is exactly as before (each word's width is worked out once, below) (tests/unit/report/word-layout.test.ts compares them). Strings with OpenType
 * features go to pdfkit's own method, untouched. Reached through a face the report opens (shared/report/pdfmake.ts);
 * pdfkit 0.19 internals, pinned.
 */

interface Run {
  glyphs: unknown[];
  positions: unknown[];
  advanceWidth: number;
}

export interface LaidOutFont {
  layout(
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ): { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number };
  layoutCached(text: string): Run;
}

const SPACE = 32;
const TAB = 9;

const patched = new WeakSet<object>();

/**
 * A laid-out word's width, kept with it: fontkit's GlyphRun adds up its glyphs' advances each time it is asked, and
 * pdfkit keeps each word's run for the session, so the same sum was done again for every line that word is in.
 */
const widths = new WeakMap<Run, number>();
function widthOf(run: Run): number {
  let width = widths.get(run);
  if (width === undefined) {
    width = run.advanceWidth;
    widths.set(run, width);
  }
  return width;
}

/** Whether the faster loop is in use: the tests turn it off to compare with pdfkit's own. */
export const wordLayout = { enabled: true };

export function installWordLayout(proto: LaidOutFont): void {
  if (patched.has(proto) || typeof proto.layout !== 'function' || typeof proto.layoutCached !== 'function') return;
  patched.add(proto);
  const layout = proto.layout;
  proto.layout = function (this: LaidOutFont, text, features, onlyWidth) {
    if (features || !wordLayout.enabled) return layout.call(this, text, features, onlyWidth);
    const glyphs: unknown[] | null = onlyWidth ? null : [];
    const positions: unknown[] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    let last = 0;
    for (let index = 0; index <= text.length; index += 1) {
      const code = index < text.length ? text.charCodeAt(index) : -1;
      // A piece ends after each space or tab, and at the end of the text if anything is left.
      if (code === SPACE || code === TAB || (code === -1 && last < index)) {
        const run = this.layoutCached(text.slice(last, index + 1));
        if (glyphs !== null && positions !== null) {
          for (const g of run.glyphs) glyphs.push(g);
          for (const p of run.positions) positions.push(p);
        }
        advanceWidth += widthOf(run);
        last = index + 1;
      }
    }
    return { glyphs, positions, advanceWidth };
  };
}
