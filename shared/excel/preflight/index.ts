import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { err, ok, type Problem, type Result } from '../../result.ts';
import { decodeUtf8 } from '../../files/utf8.ts';
import { checkWorkbookBytes, type ZipEntry } from '../limits.ts';
import { sheetNeedsNothing } from './sheet-scan.ts';
import { storedZip } from './stored-zip.ts';
import { preflightSheetXml } from './sheet-xml.ts';
import { sheetNamesByPart, WORKBOOK_PART, WORKBOOK_RELS_PART, WORKSHEET_PART } from './sheet-names.ts';

export interface PreflightedWorkbook {
  /**
   * The bytes ExcelJS may load: the parts the zip-bomb guard measured, packed again without compression (with any
   * clipped sheets), so ExcelJS parses them without inflating each part a second time; the file itself when a part
   * name is not plain ASCII (see `stored`).
   */
  bytes: Uint8Array;
  /** Each range clipped, naming sheet and range. */
  clipped: Problem[];
}

/** Strict UTF-8 as every file is read (shared/files/utf8.ts); null when the part is not UTF-8. */
const decodeUtf8Or = (bytes: Uint8Array): string | null => {
  const text = decodeUtf8(bytes, '');
  return text.ok ? text.value : null;
};

/**
 * Everything that runs before ExcelJS: the zip is measured (limits.ts), then each worksheet's XML is read once: a
 * quick look settles a sheet with nothing to clip or refuse (sheet-scan.ts), and any other sheet gets the full pass
 * that clips or refuses ranges and contents no review form has, naming each (sheet-xml.ts).
 */
export function preflightWorkbook(bytes: Uint8Array): Result<PreflightedWorkbook> {
  // Every part is kept: the sheets and the workbook's sheet list are read here, and all of them go to ExcelJS below.
  const checked = checkWorkbookBytes(bytes, () => true);
  if (!checked.ok) return checked;
  const { kept, entries } = checked.value;
  const text = (name: string) => {
    const part = kept.get(name);
    return part ? strFromU8(part) : '';
  };
  // Names are only needed to word a message or a warning, so they are read for the first sheet that has one.
  let names: Map<string, string> | null = null;
  const labelOf = (part: string, sheetNumber: string) => {
    names ??= sheetNamesByPart(text(WORKBOOK_PART), text(WORKBOOK_RELS_PART));
    return names.get(`xl/worksheets/sheet${sheetNumber}.xml`) ?? part;
  };
  const rewritten = new Map<string, string>();
  const clipped: Problem[] = [];
  for (const [part, data] of kept) {
    const sheet = WORKSHEET_PART.exec(part);
    if (!sheet) continue;
    const xml = decodeUtf8Or(data);
    if (xml === null) {
      const label = labelOf(part, sheet[1]!);
      return err('corrupt-workbook', `The workbook is damaged and cannot be read (the sheet "${label}" is not UTF-8 text).`, [
        { where: label, message: 'not UTF-8 text' },
      ]);
    }
    const result = sheetNeedsNothing(xml) ? ok({ xml: null, clipped: [] }) : preflightSheetXml(xml, labelOf(part, sheet[1]!));
    if (!result.ok) return result;
    clipped.push(...result.value.clipped);
    if (result.value.xml !== null) rewritten.set(part, result.value.xml);
  }
  return ok({ bytes: stored(entries, kept, rewritten) ?? rewrittenOriginal(bytes, kept, rewritten), clipped });
}

const PLAIN_NAME = /^[\x20-\x7e]+$/;

/**
 * The measured parts as a zip whose entries are stored, not deflated, in the file's order: ExcelJS (through JSZip)
 * then copies each part instead of inflating it again. Null when a part's name is not plain ASCII, because the
 * directory was read byte for byte (zip-directory.ts) and JSZip may decode such a name differently; those files keep
 * their own bytes.
 */
function stored(entries: ZipEntry[], kept: Map<string, Uint8Array>, rewritten: Map<string, string>): Uint8Array | null {
  if (!entries.every((e) => PLAIN_NAME.test(e.name))) return null;
  // A clipped sheet is new text whose checksum is not known: fflate packs that (rare) workbook and computes them all.
  if (rewritten.size > 0) return zipSync(packable(kept, rewritten), { level: 0 });
  return storedZip(entries.map((e) => ({ name: e.name, data: kept.get(e.name)!, crc: e.crc })));
}

/** For a file `stored` leaves alone: the file itself, or when anything was clipped, a copy with those sheets replaced. */
function rewrittenOriginal(bytes: Uint8Array, kept: Map<string, Uint8Array>, rewritten: Map<string, string>): Uint8Array {
  // Its size was bounded above, and every part is already unpacked.
  return rewritten.size === 0 ? bytes : zipSync(packable(kept, rewritten));
}

/**
 * The parts for fflate's `zipSync`, rewritten sheets in place. A part named "__proto__" cannot be one of its keys;
 * it is left out, as JSZip (inside ExcelJS), which also keeps parts by name in an object, loses it as well.
 */
function packable(kept: Map<string, Uint8Array>, rewritten: Map<string, string>): Zippable {
  const parts: Zippable = {};
  for (const [name, data] of kept) {
    if (name === '__proto__') continue;
    const xml = rewritten.get(name);
    parts[name] = xml === undefined ? data : strToU8(xml);
  }
  return parts;
}
