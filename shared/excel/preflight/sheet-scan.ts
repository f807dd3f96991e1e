import { SHEET_CONTENT_LIMITS } from '../limits.ts';
import { SHEET_STRUCTURE_LIMITS } from './area.ts';
import { columnsPastArea, RANGED, rangesInArea } from './sheet-xml.ts';

/**
 * A quick look at a worksheet's XML that settles the common case — a sheet with nothing to clip or refuse — without
 * the full SAX pass (sheet-xml.ts), which builds an object for every tag and attribute and costs about as much as a
 * third of ExcelJS's own load of the sheet. It walks the markup with `indexOf`, skipping comments, processing
 * instructions, CDATA and quoted attribute values as an XML parser does, and applies the same rules to the same
 * elements: rows and cells counted against SHEET_CONTENT_LIMITS, every ranged element and column span checked
 * against the form's area and the structure budgets (with the rule functions of sheet-xml.ts).
 *
 * It answers true only when it is sure the full pass would change and refuse nothing; anything else — a count or
 * budget passed, a range to clip, a DOCTYPE, tags that do not nest, an attribute it would have to decode, a value
 * holding `<` — answers false, and the full pass decides and words the message. So the quick look can never let
 * through what the full pass refuses (tests/unit/excel/sheet-scan.test.ts checks this against the full pass on
 * generated sheets). Other faults a parser finds (a bad character or entity in text) are left to ExcelJS's own
 * parser, which refuses the file as damaged before any of the sheet is used.
 */
export function sheetNeedsNothing(xml: string): boolean {
  const counts = new Map<string, number>();
  const open: string[] = [];
  let rows = 0;
  let cells = 0;
  let mergedCells = 0;
  let validatedCells = 0;
  let rooted = false;
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    // Only whitespace may stand outside the root element.
    if (open.length === 0 && /\S/.test(xml.slice(at, lt < 0 ? xml.length : lt))) return false;
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === QUESTION) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return false;
      at = end + 2;
      continue;
    }
    if (next === BANG) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        // "--" inside a comment is not well-formed: the full pass says so.
        if (end < 0 || xml.indexOf('--', lt + 4) !== end) return false;
        at = end + 3;
        continue;
      }
      if (open.length > 0 && xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return false;
        at = end + 3;
        continue;
      }
      return false; // a DOCTYPE, or markup no sheet has
    }
    if (next === SLASH) {
      const end = xml.indexOf('>', lt);
      if (end < 0 || open.pop() !== xml.slice(lt + 2, end).trimEnd()) return false;
      at = end + 1;
      continue;
    }
    let nameEnd = lt + 1;
    while (nameEnd < xml.length && !ENDS_NAME.has(xml.charCodeAt(nameEnd))) nameEnd += 1;
    const name = xml.slice(lt + 1, nameEnd);
    if (name === '') return false;
    const end = tagEnd(xml, nameEnd);
    if (end < 0) return false;
    const selfClosing = xml.charCodeAt(end - 1) === SLASH;
    if (open.length === 0 && rooted) return false; // a second root element
    rooted = true;
    if (!selfClosing) open.push(name);
    at = end + 1;

    const colon = name.indexOf(':');
    const local = colon < 0 ? name : name.slice(colon + 1);
    if (local === 'row') {
      if ((rows += 1) > SHEET_CONTENT_LIMITS.rows) return false;
    } else if (local === 'c') {
      if ((cells += 1) > SHEET_CONTENT_LIMITS.cells) return false;
    } else if (local === 'col') {
      const attributes = attributesOf(xml, nameEnd, selfClosing ? end - 1 : end);
      if (!attributes || columnsPastArea(attributes.get('min'), attributes.get('max'))) return false;
    } else {
      const kind = Object.hasOwn(RANGED, local) ? RANGED[local] : undefined;
      if (!kind) continue;
      const count = (counts.get(local) ?? 0) + 1;
      counts.set(local, count);
      if (local === 'mergeCell' && count > SHEET_STRUCTURE_LIMITS.merges) return false;
      if (local !== 'mergeCell' && local !== 'dimension' && count > SHEET_STRUCTURE_LIMITS.rangedElements) return false;
      const attributes = attributesOf(xml, nameEnd, selfClosing ? end - 1 : end);
      if (!attributes) return false;
      const text = attributes.get(kind.attribute);
      if (text === undefined) continue;
      const ranges = rangesInArea(text, kind.list);
      if (ranges.changed) return false;
      if (local === 'mergeCell' && (mergedCells += ranges.cells) > SHEET_STRUCTURE_LIMITS.mergedCells) return false;
      if (local === 'dataValidation' && ranges.kept.length > 0 && (validatedCells += ranges.cells) > SHEET_STRUCTURE_LIMITS.validatedCells)
        return false;
    }
  }
  return rooted && open.length === 0;
}

const QUESTION = 0x3f;
const BANG = 0x21;
const SLASH = 0x2f;
const GT = 0x3e;
const LT = 0x3c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
/** Characters that end a tag's name: whitespace, `/` and `>` (and `<`, which is never inside a tag). */
const ENDS_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, SLASH, GT, LT]);

/** Where the start tag whose name ends at `from` closes (its `>`), stepping over quoted values; -1 when malformed. */
function tagEnd(xml: string, from: number): number {
  for (let i = from; i < xml.length; i += 1) {
    const c = xml.charCodeAt(i);
    if (c === GT) return i;
    if (c === LT) return -1;
    // Outside a value, "/" may only close the tag.
    if (c === SLASH) return xml.charCodeAt(i + 1) === GT ? i + 1 : -1;
    if (c === QUOTE || c === APOSTROPHE) {
      const close = xml.indexOf(c === QUOTE ? '"' : "'", i + 1);
      if (close < 0 || xml.slice(i + 1, close).includes('<')) return -1;
      i = close;
    }
  }
  return -1;
}

/** `name="value"` pairs, whitespace around `=` allowed. */
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * The attributes of one start tag, for the few elements whose ranges are checked. Null — the full pass decides — when
 * a value would need decoding (an entity or character reference, or whitespace XML normalises), when a name repeats,
 * or when anything else stands in the tag.
 */
function attributesOf(xml: string, from: number, to: number): Map<string, string> | null {
  const out = new Map<string, string>();
  let at = from;
  while (at < to) {
    if (/^\s*$/.test(xml.slice(at, to))) break;
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(xml);
    if (!m || ATTRIBUTE.lastIndex > to) return null;
    const value = m[2] ?? m[3] ?? '';
    if (out.has(m[1]!) || /[&\t\n\r]/.test(value)) return null;
    out.set(m[1]!, value);
    at = ATTRIBUTE.lastIndex;
  }
  return out;
}
