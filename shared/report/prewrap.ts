import LineBreaker from 'linebreak';
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PAGE, REPORT_FONT } from './style.ts';

/**
 * Paragraphs broken into lines before pdfmake sees them, each line handed over as one unbreakable piece. pdfmake
 * measures, styles, lays out and draws every word on its own (about 25 style look-ups each, walking every ancestor),
 * so a full review's 2,200 words cost most of the report's time; as lines they cost a fraction of that.
 *
 * The lines are the ones pdfmake itself would make: the same break opportunities (Unicode line breaking by the same
 * `linebreak` package), the same widths (measured by the report's own embedded fonts), and the same rule for what
 * fits (its Line and LayoutBuilder, trailing and leading spaces included, a word too wide for a line cut where it
 * cuts it), in the width pdfmake would give the text (page width, margins, table column widths and paddings). Each
 * line but the last ends in a line break so pdfmake keeps it as it is. Where this cannot know the width or the rule
 * for certain (auto-sized or spanned columns, numbered lists, columns, centred, right-aligned, justified or decorated text)
 * the text is left for pdfmake to break as before. Table columns are handed over as the numbers pdfmake would work
 * out, so an unbroken pasted link can no longer widen a column past the page edge.
 * tests/unit/report/prewrap.test.ts checks every word lands on the same page at the same place either way.
 */

/** Whether definitions are prewrapped: the tests turn it off to compare with pdfmake breaking every line itself. */
export const prewrap = { enabled: true };

/** The width of a string in the report's font, as pdfmake measures it (points). */
export type Measure = (text: string, bold: boolean, italics: boolean, size: number) => number;

/** pdfmake's defaults for what it reads here when nothing sets it. */
const DEFAULTS: Readonly<Record<string, unknown>> = { font: 'Roboto', fontSize: 12, bold: false, italics: false, alignment: 'left' };

/** Set anywhere on a text's way down, any of these leaves the text to pdfmake: this cannot promise the same result. */
const LEAVE_ALONE = [
  'characterSpacing',
  'fontFeatures',
  'sup',
  'sub',
  'noWrap',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'leadingIndent',
  'wordBreak',
  'decoration',
  'background',
  'link',
  'linkToPage',
  'linkToDestination',
  'id',
  'tocItem',
  'outline',
] as const;

/** Every property this file reads from the styles. */
const READ = ['font', 'fontSize', 'bold', 'italics', 'alignment', ...LEAVE_ALONE] as const;

/** The table layouts the report uses, as pdfmake's tableLayouts define their paddings and rules. */
const LAYOUTS: Readonly<Record<string, { left(i: number): number; right(i: number, n: number): number; rule: number }>> = {
  lightHorizontalLines: { left: (i) => (i === 0 ? 0 : 8), right: (i, n) => (i === n - 1 ? 0 : 8), rule: 0 },
  noBorders: { left: (i) => (i === 0 ? 0 : 4), right: (i, n) => (i < n - 1 ? 4 : 0), rule: 0 },
};

/** Rounding in sums of widths must never make a line pdfmake would refuse: a line that fits only by less breaks. */
const EPSILON = 1e-6;

type Node = Record<string, unknown>;
type Level = string | Node;
/** The properties read here, as they apply at one node. */
type Resolved = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** As StyleContextStack.autopush: a node's named styles in their order, then the node itself on top. */
function levelsOf(node: Node): Level[] {
  const style = node['style'];
  const names = Array.isArray(style) ? style.filter((s): s is string => typeof s === 'string') : typeof style === 'string' ? [style] : [];
  return [...names, node];
}

const LEADING = /^\s+/;
const TRAILING = /\s+$/;
const SPACE = /\s/;

/** The spaces a word starts (or ends) with, as pdfmake's measure finds them; a quick look at the edge first. */
function edgeSpaces(text: string, spaces: RegExp): string | undefined {
  if (text.length === 0 || !SPACE.test(text.charAt(spaces === LEADING ? 0 : text.length - 1))) return undefined;
  return spaces.exec(text)?.[0];
}

const hasText = (word: { text: string }) => word.text.trim() !== '';

/** A piece's own properties, without its text. */
function ownStyle(piece: string | Node): Node {
  const own: Node = {};
  if (typeof piece !== 'string') for (const key of Object.keys(piece)) if (key !== 'text') own[key] = piece[key];
  return own;
}

/** One word as pdfmake's TextBreaker makes it, measured as its TextInlines does, and the piece of text it came from. */
interface Word {
  text: string;
  item: number;
  bold: boolean;
  italics: boolean;
  size: number;
  width: number;
  leadingCut: number;
  trailingCut: number;
  lineEnd: boolean;
  noNewLine: boolean;
  /** The start of a word cut because it was too wide for what was left of its line. */
  cut?: boolean;
}

/** As TextBreaker's splitWords: break opportunities by Unicode's rules; a required break ends the line. */
function splitWords(text: string): { text: string; lineEnd: boolean }[] {
  if (text.length === 0) return [{ text: '', lineEnd: false }];
  const words: { text: string; lineEnd: boolean }[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk !== null; bk = breaker.nextBreak()) {
    const word = text.slice(last, bk.position);
    if (bk.required || /\r?\n$|\r$/.test(word)) words.push({ text: word.replace(/\r?\n$|\r$/, ''), lineEnd: true });
    else words.push({ text: word, lineEnd: false });
    last = bk.position;
  }
  return words;
}

class Prewrapper {
  constructor(
    private readonly measure: Measure,
    private readonly styles: StyleDictionary,
    private readonly defaults: Node,
  ) {}

  /**
   * A node's style as pdfmake's stack would answer for it, from its parent's: for each property read here, the node's
   * own value, else its named styles' (the last named first), else the parent's. Worked out once per node rather than
   * walking every ancestor for every question, as pdfmake does.
   */
  private extend(parent: Resolved, node: Node): Resolved {
    const names = levelsOf(node).slice(0, -1) as string[];
    const style: Resolved = {};
    for (const property of READ) {
      let value = node[property];
      for (let i = names.length - 1; i >= 0 && (value === undefined || value === null); i -= 1) value = this.named(names[i]!, property);
      style[property] = value === undefined || value === null ? parent[property] : value;
    }
    return style;
  }

  /** The style at the top: the document's default style, then pdfmake's defaults. */
  root(): Resolved {
    const style: Resolved = {};
    for (const property of READ) style[property] = this.defaults[property] ?? DEFAULTS[property];
    return style;
  }

  /** A named style's value, following `extends` last to first as pdfmake does (a set only where there are any). */
  private named(name: string, property: string, visited?: Set<string>): unknown {
    if (visited?.has(name)) return undefined;
    const style = this.styles[name] as Node | undefined;
    if (style === undefined) return undefined;
    if (style[property] !== undefined && style[property] !== null) return style[property];
    const parents = style['extends'];
    if (parents === undefined) return undefined;
    const seen = visited ?? new Set<string>();
    seen.add(name);
    const list = Array.isArray(parents) ? parents : [parents];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const value = typeof list[i] === 'string' ? this.named(list[i] as string, property, seen) : undefined;
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  }

  /** The horizontal margins pdfmake gives a node (its own or its named styles'); undefined where unsure. */
  private margins(node: Node): number | undefined {
    if (['marginLeft', 'marginRight', 'marginTop', 'marginBottom'].some((k) => node[k] !== undefined)) return undefined;
    let margin = node['margin'];
    if (margin === undefined) {
      for (const level of levelsOf(node).slice(0, -1)) {
        const style = this.styles[level as string] as Node | undefined;
        if (style?.['extends'] !== undefined) return undefined;
        if (style?.['margin'] !== undefined) margin = style['margin'];
      }
    }
    if (margin === undefined || margin === null) return 0;
    if (typeof margin === 'number') return 2 * margin;
    if (Array.isArray(margin) && margin.length === 2 && margin.every((m) => typeof m === 'number')) return 2 * (margin[0] as number);
    if (Array.isArray(margin) && margin.length === 4 && margin.every((m) => typeof m === 'number'))
      return (margin[0] as number) + (margin[2] as number);
    return undefined;
  }

  /** The pieces of a text node as TextInlines flattens them: nested arrays lose their holder (pdfmake issue 1174). */
  private pieces(text: unknown): (string | Node)[] | undefined {
    if (typeof text === 'string') return [text.replace(/\t/g, '    ')];
    if (!Array.isArray(text)) return undefined;
    const out: (string | Node)[] = [];
    for (const item of text as unknown[]) {
      if (typeof item === 'string') out.push(item);
      else if (isNode(item) && Array.isArray(item['text'])) {
        const inner = this.pieces(item['text']);
        if (inner === undefined) return undefined;
        out.push(...inner);
      } else if (isNode(item) && typeof item['text'] === 'string') out.push(item);
      else return undefined;
    }
    return out;
  }

  /** The words of a text node with their widths, or undefined if anything about it is out of this file's reach. */
  private words(pieces: (string | Node)[], node: Resolved): Word[] | undefined {
    const words: Word[] = [];
    let previousLast: string | null = null;
    for (let index = 0; index < pieces.length; index += 1) {
      const piece = pieces[index]!;
      const style = typeof piece === 'string' ? node : this.extend(node, piece);
      for (const key of LEAVE_ALONE) {
        const value = style[key];
        if (value !== undefined && value !== null && value !== false && value !== 0 && value !== 'normal') return undefined;
      }
      // Centred or right-aligned lines are placed by their width less their last space, which the line break this
      // adds would change; they are short headings and figures, so pdfmake keeps breaking those.
      if (style['font'] !== REPORT_FONT || style['alignment'] !== 'left') return undefined;
      const size = style['fontSize'];
      if (typeof size !== 'number') return undefined;
      const bold = Boolean(style['bold']);
      const italics = Boolean(style['italics']);
      const text = typeof piece === 'string' ? piece : (piece['text'] as string);
      const split = splitWords(text);
      // As TextBreaker: a piece that carries on a word from the one before (no break between them) is glued to it.
      if (previousLast && split.length > 0 && splitWords(previousLast + split[0]!.text).length === 1) {
        const glued = words[words.length - 1];
        if (glued !== undefined) glued.noNewLine = true;
      }
      for (const w of split) {
        const width = this.measure(w.text, bold, italics, size);
        const leading = edgeSpaces(w.text, LEADING);
        const trailing = edgeSpaces(w.text, TRAILING);
        words.push({
          text: w.text,
          item: index,
          bold,
          italics,
          size,
          width,
          leadingCut: leading === undefined ? 0 : this.measure(leading, bold, italics, size),
          trailingCut: trailing === undefined ? 0 : this.measure(trailing, bold, italics, size),
          lineEnd: w.lineEnd,
          noNewLine: false,
        });
      }
      previousLast = split.length > 0 && !split[split.length - 1]!.lineEnd ? split[split.length - 1]!.text : null;
    }
    return words;
  }

  /**
   * As LayoutBuilder.buildNextLine over Line: the words of each line. A word wider than what is left of its line is
   * cut where pdfmake cuts it (the longest start that fits), both parts keeping the word's measured spaces as its
   * clones do; undefined where that would make pdfmake place the merged line differently from its own words. Every
   * line is built afresh from the words left, as pdfmake's are.
   */
  private lines(words: Word[], maxWidth: number): Word[][] | undefined {
    const queue = [...words];
    const lines: Word[][] = [];
    while (queue.length > 0) {
      const line: Word[] = [];
      let widths = 0;
      let leadingCut = 0;
      let trailingCut = 0;
      let forceContinue = false;
      let cut = false; // in this line
      while (queue.length > 0) {
        const word = queue[0]!;
        if (line.length > 0 && !forceContinue) {
          let width = word.width;
          let cuts = word.trailingCut;
          if (word.noNewLine) {
            for (let k = 1; k < queue.length; k += 1) {
              width += queue[k]!.width;
              cuts += queue[k]!.trailingCut;
              if (!queue[k]!.noNewLine) break;
            }
          }
          if (widths + width - leadingCut - cuts > maxWidth - EPSILON) break;
        }
        queue.shift();
        const available = maxWidth - (widths - leadingCut - trailingCut);
        let hardWrap = false;
        if (word.text.length > 1 && word.width > available) {
          const fit = this.longestFit(word, available);
          if (fit < word.text.length) {
            const rest = { ...word, text: word.text.slice(fit), width: this.width(word, word.text.slice(fit)) };
            word.text = word.text.slice(0, fit);
            word.width = this.width(word, word.text);
            word.cut = true;
            queue.unshift(rest);
            hardWrap = cut = true;
          }
        }
        if (line.length === 0) leadingCut = word.leadingCut;
        trailingCut = word.trailingCut;
        widths += word.width;
        line.push(word);
        forceContinue = word.noNewLine && !hardWrap;
        if (word.lineEnd) break;
      }
      // A cut piece keeps the spaces measured for the whole word; merged into a line and measured afresh it would
      // not, which matters where it starts a line or shares it with another piece.
      const first = line[0]!;
      if (first.leadingCut !== this.cutOf(first, LEADING)) return undefined;
      if (cut) for (const w of line) if (w.item !== first.item) return undefined;
      lines.push(line);
    }
    return lines;
  }

  /** As findMaxFitLength: the longest start of the word (at least one character) no wider than what is left. */
  private longestFit(word: Word, available: number): number {
    let low = 1;
    let high = word.text.length;
    let best = 1;
    while (low <= high) {
      const mid = Math.floor((low + high) / 2);
      if (this.width(word, word.text.substring(0, mid)) <= available) {
        best = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return best;
  }

  private width(word: Word, text: string): number {
    return this.measure(text, word.bold, word.italics, word.size);
  }

  /** The width of a word's leading (or trailing) spaces, as measure would find them in its text. */
  private cutOf(word: Word, spaces: RegExp): number {
    const found = edgeSpaces(word.text, spaces);
    return found === undefined ? 0 : this.width(word, found);
  }

  /** A text node's content as whole lines: per line, one unbreakable piece per run of one piece's words. */
  private text(node: Node, parent: Resolved, width: number): Node {
    const margin = this.margins(node);
    const pieces = this.pieces(node['text']);
    if (margin === undefined || pieces === undefined) return node;
    const words = this.words(pieces, this.extend(parent, node));
    if (words === undefined || !words.some(hasText)) return node;
    const lines = this.lines(words, width - margin);
    if (lines === undefined) return node;
    const out: Node[] = [];
    for (let n = 0; n < lines.length; n += 1) {
      const line = lines[n]!;
      let own: Node = {};
      for (let i = 0; i < line.length;) {
        let j = i;
        let text = '';
        while (j < line.length && line[j]!.item === line[i]!.item) text += line[j++]!.text;
        own = ownStyle(pieces[line[i]!.item]!);
        out.push({ ...own, text, noWrap: true });
        i = j;
      }
      // A line that ends at a line break in the text, or in a cut word, gets a line break of its own: else pdfmake
      // could take the next line onto it (it is short) or glue it on (no break between). The break is in the style
      // of the line's last piece so the line is no taller, and pdfmake keeps it on the line (glued to it).
      const last = line[line.length - 1]!;
      if (n < lines.length - 1 && (last.lineEnd || last.cut === true)) out.push({ ...own, text: '\n' });
    }
    return { ...node, text: out };
  }

  /** As DocMeasure.gapSizeForList: the width of "9. " in the list's own style; undefined where unsure. */
  private listGap(style: Resolved): number | undefined {
    if (style['font'] !== REPORT_FONT || style['characterSpacing']) return undefined;
    const size = style['fontSize'];
    if (typeof size !== 'number') return undefined;
    return this.measure('9. ', Boolean(style['bold']), Boolean(style['italics']), size);
  }

  /** The star and fixed widths of a table's columns as pdfmake's column calculator gives them; undefined if not those. */
  private columns(table: Node, layoutName: unknown, width: number): number[] | undefined {
    const widths = table['widths'];
    const layout = typeof layoutName === 'string' ? LAYOUTS[layoutName] : undefined;
    if (!Array.isArray(widths) || layout === undefined) return undefined;
    const n = widths.length;
    let offsets = 0;
    let previousRight = 0;
    for (let i = 0; i < n; i += 1) {
      offsets += previousRight + layout.rule + layout.left(i);
      previousRight = layout.right(i, n);
    }
    offsets += previousRight + layout.rule;
    const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
    const stars = widths.filter((w) => w === '*').length;
    if (widths.some((w) => typeof w !== 'number' && w !== '*')) return undefined;
    const star = stars === 0 ? 0 : (width - offsets - fixed) / stars;
    return widths.map((w) => (typeof w === 'number' ? w : star));
  }

  node(content: unknown, style: Resolved, width: number | undefined): unknown {
    if (width === undefined) return content;
    if (Array.isArray(content)) return content.map((child: unknown) => this.node(child, style, width));
    if (typeof content === 'string') return this.node({ text: content }, style, width);
    if (!isNode(content)) return content;
    if ('text' in content) return this.text(content, style, width);
    const inner = this.extend(style, content);
    const margin = this.margins(content);
    const innerWidth = margin === undefined ? undefined : width - margin;
    if (Array.isArray(content['stack']))
      return { ...content, stack: content['stack'].map((c: unknown) => this.node(c, inner, innerWidth)) };
    // A bulleted list's items sit past the gap pdfmake keeps for a marker: the width of "9. " in the list's style.
    if (Array.isArray(content['ul']) && innerWidth !== undefined) {
      const gap = this.listGap(inner);
      if (gap === undefined) return content;
      return { ...content, ul: content['ul'].map((c: unknown) => this.node(c, inner, innerWidth - gap)) };
    }
    const table = content['table'];
    if (isNode(table) && Array.isArray(table['body']) && innerWidth !== undefined) {
      const columns = this.columns(table, content['layout'], innerWidth);
      if (columns === undefined) return content;
      const body = (table['body'] as unknown[][]).map((row) =>
        row.map((cell, c) => {
          const spans = isNode(cell) && ((cell['colSpan'] as number) > 1 || cell['_span'] !== undefined);
          return spans || cell === null || cell === undefined ? cell : this.node(cell, inner, columns[c]);
        }),
      );
      // The widths as numbers: pdfmake widens a star column to its longest unbreakable word, past the page edge for a
      // pasted link; a fixed column keeps its width and pdfmake cuts such a word across lines instead.
      return { ...content, table: { ...table, widths: columns, body } };
    }
    return content;
  }
}

/** The definition with its paragraphs broken into lines as pdfmake would break them (see above). */
export function prewrapped(definition: TDocumentDefinitions, measure: Measure): TDocumentDefinitions {
  if (!prewrap.enabled || definition.pageSize !== PAGE.size || definition.pageOrientation !== 'portrait') return definition;
  const margins = definition.pageMargins;
  if (!Array.isArray(margins) || margins.length !== 4) return definition;
  const wrapper = new Prewrapper(measure, definition.styles ?? {}, (definition.defaultStyle ?? {}) as Node);
  const width = PAGE.width - margins[0] - margins[2];
  return { ...definition, content: wrapper.node(definition.content, wrapper.root(), width) as Content };
}
