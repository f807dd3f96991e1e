import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { err, ok, type Problem, type Result } from '../../result.ts';
import { decodeUtf8 } from '../../files/utf8.ts';
import { checkWorkbookBytes } from '../limits.ts';
import { sheetNeedsNothing } from './sheet-scan.ts';
import { preflightSheetXml } from './sheet-xml.ts';
import { sheetNamesByPart, WORKBOOK_PART, WORKBOOK_RELS_PART, WORKSHEET_PART } from './sheet-names.ts';

export interface PreflightedWorkbook {
  /** The bytes ExcelJS may load: the file itself, or a copy with clipped sheets when anything was clipped. */
  bytes: Uint8Array;
  /** Each range clipped, naming sheet and range. */
  clipped: Problem[];
}

/** Strict UTF-8 as every file is read (shared/files/utf8.ts); null when the part is not UTF-8. */
const decodeUtf8Or = (bytes: Uint8Array): string | null => {
  const text = decodeUtf8(bytes, '');
  return text.ok ? text.value : null;
};

const wanted = (name: string) => WORKSHEET_PART.test(name) || name === WORKBOOK_PART || name === WORKBOOK_RELS_PART;

/**
 * Everything that runs before ExcelJS: the zip is measured (limits.ts), then each worksheet's XML is read once: a
 * quick look settles a sheet with nothing to clip or refuse (sheet-scan.ts), and any other sheet gets the full pass
 * that clips or refuses ranges and contents no review form has, naming each (sheet-xml.ts).
 */
export function preflightWorkbook(bytes: Uint8Array): Result<PreflightedWorkbook> {
  const checked = checkWorkbookBytes(bytes, wanted);
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
    const result = sheetNeedsNothing(xml) ? ok({ xml: null, clipped: [] }) : preflightSheetXml(xml, label);
    if (!result.ok) return result;
    clipped.push(...result.value.clipped);
    if (result.value.xml !== null) rewritten.set(part, result.value.xml);
  }
  if (rewritten.size === 0) return ok({ bytes, clipped });
  // Only when something was clipped is the zip unpacked and packed again; its size was bounded above.
  const parts: Zippable = unzipSync(bytes);
  for (const [part, xml] of rewritten) parts[part] = strToU8(xml);
  return ok({ bytes: zipSync(parts), clipped });
}
