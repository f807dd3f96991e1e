import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { err, ok, type Problem, type Result } from '../../result.ts';
import { decodeUtf8 } from '../../files/utf8.ts';
import { checkWorkbookBytes } from '../limits.ts';
import { preflightSheetXml } from './sheet-xml.ts';
import { sheetNamesByPart, WORKBOOK_PART, WORKBOOK_RELS_PART, WORKSHEET_PART } from './sheet-names.ts';

export interface PreflightedWorkbook {
  /**
   * The bytes ExcelJS may load: the parts the pre-flight already unpacked, stored uncompressed (with clipped sheets
   * when anything was clipped), or the file itself when a part name could not be carried over exactly.
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

/** Every part is kept: the bound on unpacked bytes is also the bound on what is held, and ExcelJS needs them all. */
const everyPart = () => true;

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
  const checked = checkWorkbookBytes(bytes, everyPart);
  if (!checked.ok) return checked;
  const { kept } = checked.value;
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
  // A part with an odd name is handed over in the file itself, as before this shortcut, unless a sheet was clipped.
  if (rewritten.size === 0 && ![...kept.keys()].every((name) => ASCII.test(name))) return ok({ bytes, clipped });
  return ok({ bytes: storedZip(kept), clipped });
}
