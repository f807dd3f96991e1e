import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { err, ok, type Problem, type Result } from '../../result.ts';
import { decodeUtf8 } from '../../files/utf8.ts';
import { checkWorkbookBytes, isXmlPart } from '../limits.ts';
import { preflightSheetXml } from './sheet-xml.ts';
import { sheetNamesByPart, WORKBOOK_PART, WORKBOOK_RELS_PART, WORKSHEET_PART } from './sheet-names.ts';

export interface PreflightedWorkbook {
  /**
   * The bytes ExcelJS may load: for a workbook of XML parts only (every form the app writes), those parts as the
   * pre-flight unpacked them, stored uncompressed, with clipped sheets; otherwise the file itself, or a copy with
   * clipped sheets when anything was clipped.
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

/** fflate writes names as UTF-8 and JSZip reads them back as written; a non-ASCII name might not survive the trip. */
const ASCII = /^[\x20-\x7e]*$/;

/**
 * The unpacked parts as a zip of stored (uncompressed) entries, in the file's own order. ExcelJS inflates every part
 * again with JSZip's pure-JS inflate, which took about a quarter of its load time for a response form: stored
 * entries are only copied. The bounds above were checked on these very bytes, so what ExcelJS reads is what was
 * measured.
 */
function storedZip(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  // A null prototype so that a part named "__proto__" or "constructor" is an ordinary entry.
  const zippable: Zippable = Object.create(null) as Zippable;
  for (const [name, data] of parts) zippable[name] = [data, { level: 0, mtime: STORED_TIME }];
  return zipSync(zippable);
}
/** A fixed time for the stored entries (ExcelJS never reads it) so the same file always gives the same bytes. */
const STORED_TIME = new Date(1980, 0, 1);

/**
 * Everything that runs before ExcelJS: the zip is measured (limits.ts), then each worksheet's XML is read in one
 * streaming pass that clips or refuses ranges no review form has (sheet-xml.ts).
 */
export function preflightWorkbook(bytes: Uint8Array): Result<PreflightedWorkbook> {
  // XML parts are kept as they are unpacked: their total is already bounded by WORKBOOK_LIMITS.xmlBytes (8 MB), so a
  // picture or a bomb in a binary part is measured and dropped as before, never held. Whatever ExcelJS would read as
  // a sheet is kept whatever its name ends with, because the sheet pre-flight must see it.
  const checked = checkWorkbookBytes(
    bytes,
    (name) => isXmlPart(name) || WORKSHEET_PART.test(name) || name === WORKBOOK_PART || name === WORKBOOK_RELS_PART,
  );
  if (!checked.ok) return checked;
  const { kept, entries } = checked.value;
  const text = (name: string) => {
    const part = kept.get(name);
    return part ? strFromU8(part) : '';
  };
  const names = sheetNamesByPart(text(WORKBOOK_PART), text(WORKBOOK_RELS_PART));
  const rewritten = new Map<string, string>();
  const clipped: Problem[] = [];
  for (const [part, data] of kept) {
    const sheet = WORKSHEET_PART.exec(part);
    if (!sheet) continue;
    const label = names.get(`xl/worksheets/sheet${sheet[1]}.xml`) ?? part;
    const xml = decodeUtf8Or(data);
    if (xml === null) {
      return err('corrupt-workbook', `The workbook is damaged and cannot be read (the sheet "${label}" is not UTF-8 text).`, [
        { where: label, message: 'not UTF-8 text' },
      ]);
    }
    const result = preflightSheetXml(xml, label);
    if (!result.ok) return result;
    clipped.push(...result.value.clipped);
    if (result.value.xml !== null) rewritten.set(part, result.value.xml);
  }
  for (const [part, xml] of rewritten) kept.set(part, strToU8(xml));
  // Every part unpacked and plainly named: ExcelJS gets them without inflating again.
  if (kept.size === entries.length && [...kept.keys()].every((name) => ASCII.test(name))) return ok({ bytes: storedZip(kept), clipped });
  if (rewritten.size === 0) return ok({ bytes, clipped });
  // Only when something was clipped is the zip unpacked and packed again; its size was bounded above.
  const parts: Zippable = unzipSync(bytes);
  for (const [part, xml] of rewritten) parts[part] = strToU8(xml);
  return ok({ bytes: zipSync(parts), clipped });
}
