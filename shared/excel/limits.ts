import { err, ok, type Result } from '../result.ts';
import { inflatePart } from './preflight/inflate-part.ts';
import { readZipDirectory, type ZipEntry } from './preflight/zip-directory.ts';

export type { ZipEntry } from './preflight/zip-directory.ts';

/**
 * ExcelJS 4.4.0 is unmaintained and inflates every part of a workbook into memory, so nothing reaches it until the
 * file has been measured here: the zip's own directory is read, and every entry is inflated with its true size counted
 * and the work bounded by the limit (preflight/inflate-part.ts), because a zip bomb can lie about its sizes in the
 * directory. The parts the sheet pre-flight reads are kept from that pass rather than inflated twice.
 */
export const WORKBOOK_LIMITS = {
  /** A filled-in review is about 30 kB; a client's copy with pictures pasted in is still far below this. */
  fileBytes: 10 * 1024 * 1024,
  unpackedBytes: 60 * 1024 * 1024,
  /**
   * ExcelJS turns XML into objects at roughly ten times its size and about 3 s per 10 MB here: a review unpacks to
   * about 200 kB of XML, so 8 MB leaves room for anything a person adds while keeping memory and time bounded.
   */
  xmlBytes: 8 * 1024 * 1024,
  entries: 2_000,
} as const;

/**
 * How much one sheet may hold, counted element by element in the sheet pre-flight's streaming pass (sheet-xml.ts)
 * before ExcelJS builds a row or cell object. The bytes above bound memory but not sense: a plain list of 10,000
 * people is well under a megabyte. The longest sheet the app writes and reads is the Respondents sheet of a review
 * (at most LIMITS.respondents = 200 rows plus its headings) or the Parking lot (at most 200 items); the response form
 * and the blank form use under 70 rows. 2,000 rows leaves ten times that for anything a person adds; 50,000 cells is
 * 25 columns on every one of those rows. A sheet past either is a survey export or a padded file, not a form.
 */
export const SHEET_CONTENT_LIMITS = {
  rows: 2_000,
  cells: 50_000,
} as const;

/** The parts counted against `xmlBytes`: the text ExcelJS parses into objects. */
function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export interface CheckedWorkbook {
  entries: ZipEntry[];
  unpackedBytes: number;
  /** The unpacked bytes of the parts `keep` asked for, by part name. */
  kept: Map<string, Uint8Array>;
}

/** Everything that must hold before ExcelJS is allowed to open the bytes. */
export function checkWorkbookBytes(bytes: Uint8Array, keep: (name: string) => boolean = () => false): Result<CheckedWorkbook> {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) {
    return err('too-large', `The file is ${mb(bytes.length)}; workbooks over ${mb(WORKBOOK_LIMITS.fileBytes)} are not accepted.`);
  }
  const directory = readZipDirectory(bytes, WORKBOOK_LIMITS.entries);
  if (!directory.ok) return directory;
  const entries = directory.value;
  const tooBig = err(
    'too-large',
    `The workbook unpacks to more than ${mb(WORKBOOK_LIMITS.unpackedBytes)}; it is refused as a possible zip bomb.`,
  );
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > WORKBOOK_LIMITS.unpackedBytes) return tooBig;
  let unpacked = 0;
  let xml = 0;
  const kept = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const wanted = keep(entry.name);
    const part = inflatePart(bytes, entry, WORKBOOK_LIMITS.unpackedBytes - unpacked, wanted);
    if (part === 'broken') return err('corrupt-zip', `The workbook is damaged and cannot be read (part "${entry.name}" does not unpack).`);
    unpacked += part.size;
    if (unpacked > WORKBOOK_LIMITS.unpackedBytes) return tooBig;
    if (isXmlPart(entry.name)) xml += part.size;
    if (xml > WORKBOOK_LIMITS.xmlBytes) {
      return err(
        'too-large',
        `The workbook's sheets hold more than ${mb(WORKBOOK_LIMITS.xmlBytes)} of data, far more than a review form; it is not accepted.`,
      );
    }
    if (wanted && part.data) kept.set(entry.name, part.data);
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    return err('not-xlsx', 'This zip file is not an Excel workbook (.xlsx): it has no workbook part. Save it from Excel as .xlsx.');
  }
  return ok({ entries, unpackedBytes: unpacked, kept });
}
