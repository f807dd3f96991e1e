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
      // Most end tags close the element just opened with nothing before the ">": a comparison, not a match.
      const top = open[open.length - 1];
      if (top !== undefined && xml.startsWith(top, lt + 2) && xml.charCodeAt(lt + 2 + top.length) === GT) {
        open.pop();
        at = lt + 3 + top.length;
        continue;
      }
      CLOSE_TAG.lastIndex = lt + 2;
      const close = CLOSE_TAG.exec(xml);
      if (!close || open.pop() !== close[1]) return false;
      at = CLOSE_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = lt + 1;
    const tag = START_TAG.exec(xml);
    if (!tag) return false;
    const [, name = '', attributeText = '', slash] = tag;
    if (open.length === 0 && rooted) return false; // a second root element
    rooted = true;
    if (slash !== '/') open.push(name);
    at = START_TAG.lastIndex;

    const colon = name.indexOf(':');
    const local = colon < 0 ? name : name.slice(colon + 1);
    if (local === 'row') {
      if ((rows += 1) > SHEET_CONTENT_LIMITS.rows) return false;
    } else if (local === 'c') {
      if ((cells += 1) > SHEET_CONTENT_LIMITS.cells) return false;
    } else if (local === 'col') {
      const attributes = attributesOf(attributeText);
      if (!attributes || columnsPastArea(attributes.get('min'), attributes.get('max'))) return false;
    } else {
      const kind = Object.hasOwn(RANGED, local) ? RANGED[local] : undefined;
      if (!kind) continue;
      const count = (counts.get(local) ?? 0) + 1;
      counts.set(local, count);
      if (local === 'mergeCell' && count > SHEET_STRUCTURE_LIMITS.merges) return false;
      if (local !== 'mergeCell' && local !== 'dimension' && count > SHEET_STRUCTURE_LIMITS.rangedElements) return false;
      const attributes = attributesOf(attributeText);
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

/**
 * A start tag after its `<`: the name, then `name="value"` or `name='value'` attributes each after whitespace (no
 * value holding `<`), then `>` or `/>`. Anything else in a tag does not match, and the full pass decides. Each part
 * can match in one way only, so a failed match costs time linear in the tag's length.
 */
const START_TAG = /([^\s/>!?<"'=]+)((?:\s+[^\s/><"'=]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const CLOSE_TAG = /([^\s/>!?<"'=]+)\s*>/y;
const ATTRIBUTE = /\s+([^\s/><"'=]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

/**
 * The attributes of one start tag (as START_TAG matched them), for the few elements whose ranges are checked. Null —
 * the full pass decides — when a value would need decoding (an entity or character reference, or whitespace XML
 * normalises) or when a name repeats.
 */
function attributesOf(text: string): Map<string, string> | null {
  const out = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    const value = m[2] ?? m[3] ?? '';
    if (out.has(m[1]!) || /[&\t\n\r]/.test(value)) return null;
    out.set(m[1]!, value);
  }
  return out;
}
