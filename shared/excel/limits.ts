import { Inflate } from 'fflate';
import { err, ok, type Result } from '../result.ts';

/**
 * ExcelJS 4.4.0 is unmaintained and inflates every part of a workbook into memory, so nothing reaches it until the
 * file has been measured here: the zip's own directory is read, and every entry is inflated in a streaming pass that
 * counts bytes and stops at the limit, because a zip bomb can lie about its sizes in the directory.
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

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Reads the central directory; a zip64 archive is refused because no honest workbook of this size needs one. */
export function readZipDirectory(bytes: Uint8Array): Result<ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notZip = err('not-xlsx', 'This is not an Excel workbook (.xlsx): it is not a zip archive.');
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) return notZip;
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  const corrupt = (why: string) => err('corrupt-zip', `The workbook is damaged and cannot be read (${why}).`);
  if (end < 0) return corrupt('no zip directory at the end of the file');
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirStart = view.getUint32(end + 16, true);
  if (count === 0xffff || dirStart === 0xffffffff) return corrupt('zip64 archives are not supported');
  if (count > WORKBOOK_LIMITS.entries) return err('too-large', `The workbook has ${count} parts; at most ${WORKBOOK_LIMITS.entries} are accepted.`);
  if (dirStart + dirSize > end) return corrupt('the zip directory points outside the file');
  const entries: ZipEntry[] = [];
  let at = dirStart;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return corrupt(`zip directory entry ${n + 1} is broken`);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    // Part names are ASCII in every workbook; they only appear in messages, so bytes are read as Latin-1.
    const name = String.fromCharCode(...bytes.subarray(at + 46, at + 46 + Math.min(nameLength, 300)));
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL) return corrupt(`part "${name}" is missing`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) return corrupt(`part "${name}" is cut short`);
    entries.push({ name, method, compressedSize, declaredSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return ok(entries);
}

/** Small pushes bound the memory one push can inflate to (deflate expands at most about 1,000 times). */
const CHUNK = 4 * 1024;

/** Inflates one entry, discarding the output, and returns how many bytes it really unpacks to (capped at `budget` + 1). */
function trueSize(bytes: Uint8Array, entry: ZipEntry, budget: number): number | 'broken' {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) return 'broken';
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > budget) over = true;
  });
  try {
    for (let i = 0; i < data.length && !over; i += CHUNK) {
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    }
  } catch {
    return 'broken';
  }
  return over ? budget + 1 : total;
}

/** Everything that must hold before ExcelJS is allowed to open the bytes. */
export function checkWorkbookBytes(bytes: Uint8Array): Result<{ entries: ZipEntry[]; unpackedBytes: number }> {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) {
    return err('too-large', `The file is ${mb(bytes.length)}; workbooks over ${mb(WORKBOOK_LIMITS.fileBytes)} are not accepted.`);
  }
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  const entries = directory.value;
  const tooBig = err('too-large', `The workbook unpacks to more than ${mb(WORKBOOK_LIMITS.unpackedBytes)}; it is refused as a possible zip bomb.`);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > WORKBOOK_LIMITS.unpackedBytes) return tooBig;
  let unpacked = 0;
  let xml = 0;
  for (const entry of entries) {
    const size = trueSize(bytes, entry, WORKBOOK_LIMITS.unpackedBytes - unpacked);
    if (size === 'broken') return err('corrupt-zip', `The workbook is damaged and cannot be read (part "${entry.name}" does not unpack).`);
    unpacked += size;
    if (unpacked > WORKBOOK_LIMITS.unpackedBytes) return tooBig;
    if (/\.(xml|rels|vml)$/i.test(entry.name)) xml += size;
    if (xml > WORKBOOK_LIMITS.xmlBytes) {
      return err('too-large', `The workbook's sheets hold more than ${mb(WORKBOOK_LIMITS.xmlBytes)} of data, far more than a review form; it is not accepted.`);
    }
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    return err('not-xlsx', 'This zip file is not an Excel workbook (.xlsx): it has no workbook part. Save it from Excel as .xlsx.');
  }
  return ok({ entries, unpackedBytes: unpacked });
}
