import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { messageOf } from '../../message.ts';
import { err, ok, type Problem, type Result } from '../../result.ts';
import { SHEET_CONTENT_LIMITS } from '../limits.ts';
import { FORM_AREA, SHEET_STRUCTURE_LIMITS } from './area.ts';
import { type CellRange, cellCount, clipToArea, columnLetters, formatRange, insideArea, parseRange } from './ranges.ts';

/**
 * One streaming pass over a worksheet's XML, before ExcelJS parses it. ExcelJS expands every merge, data validation
 * and range cell by cell and checks each merge against every earlier one, so a 23 kB file with one merge to
 * XFD1048576 exhausts memory. Here each ranged element is read once: ranges reaching past the form's area are clipped
 * to it (or the element dropped when nothing of it is inside), and counts no review form reaches are refused. The
 * pass is linear in the XML's length: no range is ever expanded, and edits are spliced into the text in one sweep.
 */
export interface SheetPreflight {
  /** The rewritten XML, or null when nothing needed clipping. */
  xml: string | null;
  /** What was clipped, naming the sheet and the range as the file had it. */
  clipped: Problem[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The ranged elements, by local name, and the attribute holding their range(s). */
export const RANGED: Record<string, { attribute: string; what: string; list: boolean }> = {
  mergeCell: { attribute: 'ref', what: 'a merged range', list: false },
  dataValidation: { attribute: 'sqref', what: 'a data validation', list: true },
  conditionalFormatting: { attribute: 'sqref', what: 'a conditional format', list: true },
  hyperlink: { attribute: 'ref', what: 'a hyperlink', list: false },
  dimension: { attribute: 'ref', what: 'the sheet dimension', list: false },
};

const MAX_LISTED = 20;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function startTag(tag: SaxesTagPlain, attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  return `<${tag.name}${attrs}${tag.isSelfClosing ? '/>' : '>'}`;
}

function thousands(n: number): string {
  return n.toLocaleString('en-GB');
}

/** An element's range(s) clipped to the form's area: what is kept, whether anything changed, and the cells kept. */
export function rangesInArea(text: string, list: boolean): { kept: CellRange[]; changed: boolean; cells: number } {
  const kept: CellRange[] = [];
  let changed = false;
  for (const part of list ? text.trim().split(/\s+/) : [text.trim()]) {
    const range = parseRange(part);
    const inside = range ? clipToArea(range) : null;
    if (!range || !inside || !insideArea(range)) changed = true;
    if (inside) kept.push(inside);
  }
  return { kept, changed, cells: kept.reduce((sum, r) => sum + cellCount(r), 0) };
}

/** Whether a `<col min max>` span reaches past the form's last column (only then is it cut or dropped). */
export function columnsPastArea(minText: unknown, maxText: unknown): boolean {
  const min = Number(minText);
  const max = Number(maxText);
  return Number.isInteger(min) && Number.isInteger(max) && max > FORM_AREA.lastColumn;
}

export function preflightSheetXml(xml: string, sheet: string): Result<SheetPreflight> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const edits: Edit[] = [];
  const clipped: Problem[] = [];
  let refusal: Result<SheetPreflight> | null = null;
  const counts: Record<string, number> = {};
  let mergedCells = 0;
  let validatedCells = 0;
  let rows = 0;
  let cells = 0;
  let afterName = 0;
  /** An element being dropped whole: the depth its end tag closes at and where it began. */
  let dropping: { depth: number; start: number } | null = null;
  let depth = 0;
  const where = (ref: string) => (ref === '' ? sheet : `${sheet}!${ref.length > 40 ? `${ref.slice(0, 40)}…` : ref}`);
  const refuse = (ref: string, message: string) => {
    refusal ??= err('too-complex', `The sheet "${sheet}" is built in a way no review form is (${message}); it is not accepted.`, [
      { where: where(ref), message },
    ]);
  };

  // Only the position is noted per tag; where the tag began is looked up for the few elements that are edited.
  parser.on('opentagstart', () => {
    afterName = parser.position;
  });
  const tagStart = () => xml.lastIndexOf('<', afterName - 1);
  const area = `A1:${columnLetters(FORM_AREA.lastColumn)}${FORM_AREA.lastRow}`;
  /** Leaves an element out of the XML ExcelJS sees, whole. */
  function drop(tag: SaxesTagPlain) {
    if (tag.isSelfClosing) edits.push({ start: tagStart(), end: parser.position, text: '' });
    else dropping = { depth, start: tagStart() };
  }

  /** Rows and cells are what ExcelJS builds an object for each of: too many is refused before it builds any. */
  function countContent(name: string, tag: SaxesTagPlain) {
    if (name === 'row' && (rows += 1) > SHEET_CONTENT_LIMITS.rows) {
      const at = typeof tag.attributes.r === 'string' && /^\d{1,7}$/.test(tag.attributes.r) ? `A${tag.attributes.r}` : '';
      tooMuch(at, `more than ${thousands(SHEET_CONTENT_LIMITS.rows)} rows`);
    } else if (name === 'c' && (cells += 1) > SHEET_CONTENT_LIMITS.cells) {
      const at = typeof tag.attributes.r === 'string' ? tag.attributes.r : '';
      tooMuch(at, `more than ${thousands(SHEET_CONTENT_LIMITS.cells)} cells`);
    }
  }
  const tooMuch = (ref: string, message: string) => {
    refusal ??= err(
      'too-large',
      `The sheet "${sheet}" holds ${message}, far more than a review form or one person's response; it is not accepted (a survey export or a list of respondents cannot be imported as a form).`,
      [{ where: where(ref), message }],
    );
  };

  parser.on('opentag', (tag) => {
    depth += 1;
    if (refusal || dropping) return;
    const name = localName(tag.name);
    if (name === 'row' || name === 'c') return countContent(name, tag);
    if (name === 'col') return clipColumns(tag);
    const kind = RANGED[name];
    if (!kind) return;
    const text = tag.attributes[kind.attribute];
    const ref = typeof text === 'string' ? text : '';
    const count = (counts[name] = (counts[name] ?? 0) + 1);
    if (name === 'mergeCell' && count > SHEET_STRUCTURE_LIMITS.merges) {
      return refuse('', `more than ${thousands(SHEET_STRUCTURE_LIMITS.merges)} merged ranges`);
    }
    // The reader never looks at validations, conditional formats or hyperlinks, so past their limits they are left out.
    if (name !== 'mergeCell' && name !== 'dimension' && count > SHEET_STRUCTURE_LIMITS.rangedElements) {
      if (count === SHEET_STRUCTURE_LIMITS.rangedElements + 1) {
        clipped.push({
          where: sheet,
          message: `${kind.what.replace(/^an? /, '')}s after the first ${thousands(SHEET_STRUCTURE_LIMITS.rangedElements)} were left out`,
        });
      }
      return drop(tag);
    }
    if (typeof text !== 'string') return;
    const { kept, changed, cells } = rangesInArea(text, kind.list);
    if (name === 'mergeCell') {
      // A merge decides what ExcelJS reads in every cell it covers, so one too big to keep cannot be left out.
      mergedCells += cells;
      if (mergedCells > SHEET_STRUCTURE_LIMITS.mergedCells)
        return refuse(ref, `merged ranges covering more than ${thousands(SHEET_STRUCTURE_LIMITS.mergedCells)} cells`);
    }
    if (name === 'dataValidation' && kept.length > 0) {
      if (validatedCells + cells > SHEET_STRUCTURE_LIMITS.validatedCells) {
        clipped.push({ where: where(ref), message: `a data validation over ${thousands(cells)} cells was left out` });
        return drop(tag);
      }
      validatedCells += cells;
    }
    if (!changed) return;
    if (kept.length === 0) {
      clipped.push({ where: where(ref), message: `${kind.what} outside the form's area (${area}) was left out` });
      return drop(tag);
    }
    const now = kept.map(formatRange).join(' ');
    clipped.push({ where: where(ref), message: `${kind.what} reaching beyond the form's area (${area}) was cut to ${now}` });
    edits.push({ start: tagStart(), end: parser.position, text: startTag(tag, { ...tag.attributes, [kind.attribute]: now }) });
  });
  parser.on('closetag', () => {
    if (dropping && dropping.depth === depth) {
      edits.push({ start: dropping.start, end: parser.position, text: '' });
      dropping = null;
    }
    depth -= 1;
  });

  /** `<col min max>` is expanded one column object per column: the span is cut at the form's last column. */
  function clipColumns(tag: SaxesTagPlain) {
    if (!columnsPastArea(tag.attributes.min, tag.attributes.max)) return;
    const min = Number(tag.attributes.min);
    const max = Number(tag.attributes.max);
    const range = `${columnLetters(Math.min(min, 16_384))}:${columnLetters(Math.min(max, 16_384))}`;
    if (min > FORM_AREA.lastColumn) {
      clipped.push({ where: where(range), message: "a column format outside the form's area was left out" });
      return drop(tag);
    }
    clipped.push({
      where: where(range),
      message: `a column format reaching beyond the form's area was cut at column ${columnLetters(FORM_AREA.lastColumn)}`,
    });
    edits.push({ start: tagStart(), end: parser.position, text: startTag(tag, { ...tag.attributes, max: String(FORM_AREA.lastColumn) }) });
  }

  try {
    parser.write(xml).close();
  } catch (e) {
    return err(
      'corrupt-workbook',
      `The workbook is damaged and cannot be read (the sheet "${sheet}" is not well-formed: ${messageOf(e)}).`,
      [{ where: sheet, message: 'not well-formed XML' }],
    );
  }
  if (refusal) return refusal;
  // A sheet with thousands of clipped ranges still gets a readable list of warnings.
  if (clipped.length > MAX_LISTED)
    clipped.splice(MAX_LISTED, clipped.length - MAX_LISTED, {
      where: sheet,
      message: `${thousands(clipped.length - MAX_LISTED)} more ranges were cut or left out`,
    });
  if (edits.length === 0) return ok({ xml: null, clipped });
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    if (edit.start < at) continue; // inside an element already dropped
    pieces.push(xml.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(xml.slice(at));
  return ok({ xml: pieces.join(''), clipped });
}
