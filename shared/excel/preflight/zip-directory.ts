import { err, ok, type Result } from '../../result.ts';
import { CENTRAL_SIGNATURE, CENTRAL_SIZE, END_SIGNATURE, END_SIZE, LOCAL_SIGNATURE, LOCAL_SIZE } from './zip-format.ts';

/**
 * Reads a zip's central directory by its real extent: the end record says where the directory starts and how long
 * it is, and every record in that span is read, whatever the end record's count says. JSZip (inside ExcelJS) reads
 * every record present, so a pre-flight that stopped at the claimed count could be shown two small parts while
 * ExcelJS inflates more. Each record is cross-checked with its local header, and parts may not overlap.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  /** The CRC-32 the directory gives for the unpacked part (not checked here; JSZip does not check it either). */
  crc: number;
  dataStart: number;
}

/** General-purpose flag bits: 0 encrypted, 3 sizes in a data descriptor after the data. */
const ENCRYPTED = 0x1;
const DATA_DESCRIPTOR = 0x8;

const corrupt = (why: string) => err('corrupt-zip', `The workbook is damaged and cannot be read (${why}).`);

/** Part names are ASCII in every workbook; they only appear in messages and comparisons, so bytes are read as Latin-1. */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** The end record whose comment runs exactly to the end of the file; anything after it is refused. */
function findEnd(bytes: Uint8Array, view: DataView): number {
  for (let i = bytes.length - END_SIZE; i >= Math.max(0, bytes.length - END_SIZE - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === END_SIGNATURE && i + END_SIZE + view.getUint16(i + 20, true) === bytes.length) return i;
  }
  return -1;
}

/** A zip64 archive is refused because no honest workbook of this size needs one. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): Result<ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < END_SIZE || view.getUint32(0, true) !== LOCAL_SIGNATURE) {
    return err('not-xlsx', 'This is not an Excel workbook (.xlsx): it is not a zip archive.');
  }
  const end = findEnd(bytes, view);
  if (end < 0) return corrupt('no zip directory at the end of the file');
  const disk = view.getUint16(end + 4, true);
  const dirDisk = view.getUint16(end + 6, true);
  const onDisk = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirStart = view.getUint32(end + 16, true);
  if (count === 0xffff || dirStart === 0xffffffff || dirSize === 0xffffffff) return corrupt('zip64 archives are not supported');
  if (disk !== 0 || dirDisk !== 0 || onDisk !== count) return corrupt('archives split over several files are not supported');
  // The directory must end where the end record begins: nothing hidden between them, nothing outside the file.
  if (dirStart + dirSize !== end) return corrupt('the zip directory does not end where the end record begins');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const spans: Array<[number, number, string]> = [];
  let at = dirStart;
  while (at < end) {
    const n = entries.length + 1;
    if (n > maxEntries) return err('too-large', `The workbook has more than ${maxEntries} parts; at most ${maxEntries} are accepted.`);
    if (at + CENTRAL_SIZE > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return corrupt(`zip directory entry ${n} is broken`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) return corrupt(`zip directory entry ${n} runs past the directory`);
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const name = latin1(nameBytes.subarray(0, 300));
    if (flags & ENCRYPTED) return corrupt(`part "${name}" is encrypted`);
    if (method !== 0 && method !== 8) return corrupt(`part "${name}" is packed in an unknown way`);
    if (names.has(name)) return corrupt(`two parts are named "${name}"`);
    names.add(name);

    if (localOffset + LOCAL_SIZE > dirStart || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE)
      return corrupt(`part "${name}" is missing`);
    const localFlags = view.getUint16(localOffset + 6, true);
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    const localName = bytes.subarray(localOffset + LOCAL_SIZE, localOffset + LOCAL_SIZE + localNameLength);
    const sameName = localNameLength === nameLength && localName.every((b, i) => b === nameBytes[i]);
    if (!sameName || view.getUint16(localOffset + 8, true) !== method || (localFlags & ENCRYPTED) !== (flags & ENCRYPTED)) {
      return corrupt(`part "${name}" does not match its entry in the zip directory`);
    }
    // Without a data descriptor the local header repeats both sizes; with one they may be zero there.
    const localCompressed = view.getUint32(localOffset + 18, true);
    const localSize = view.getUint32(localOffset + 22, true);
    const describedLater = (localFlags & DATA_DESCRIPTOR) !== 0 && localCompressed === 0 && localSize === 0;
    if (!describedLater && (localCompressed !== compressedSize || localSize !== declaredSize)) {
      return corrupt(`part "${name}" gives two different sizes`);
    }
    const dataStart = localOffset + LOCAL_SIZE + localNameLength + localExtraLength;
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > dirStart) return corrupt(`part "${name}" is cut short`);
    spans.push([localOffset, dataEnd, name]);
    entries.push({ name, method, compressedSize, declaredSize, crc, dataStart });
    at = next;
  }
  if (entries.length !== count) return corrupt(`the zip directory holds ${entries.length} parts but its end record says ${count}`);

  // Two entries sharing bytes are how "overlapping" zip bombs multiply one compressed block.
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i += 1) {
    if (spans[i]![0] < spans[i - 1]![1]) return corrupt(`parts "${spans[i - 1]![2]}" and "${spans[i]![2]}" overlap`);
  }
  return ok(entries);
}
