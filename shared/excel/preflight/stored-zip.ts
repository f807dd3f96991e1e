/**
 * A zip of stored (uncompressed) entries, written from parts already unpacked, for ExcelJS to load. Each entry keeps
 * the CRC-32 the original file's directory gave it, because the bytes are that part unpacked: computing it again
 * cost a fifth of the pre-flight. Names are plain ASCII (the caller checks), so no name needs an encoding flag.
 */
import { CENTRAL_SIGNATURE, CENTRAL_SIZE, END_SIGNATURE, END_SIZE, LOCAL_SIGNATURE, LOCAL_SIZE } from './zip-format.ts';
export interface StoredPart {
  name: string;
  data: Uint8Array;
  crc: number;
}

/** Version 2.0: what stored entries need. */
const VERSION = 20;
/** 1 January 1980, the earliest date a zip can hold; the time is not used by anyone reading these bytes. */
const DOS_DATE = 0x21;

export function storedZip(parts: readonly StoredPart[]): Uint8Array {
  const names = parts.map((p) => Uint8Array.from(p.name, (c) => c.charCodeAt(0)));
  const localBytes = parts.reduce((sum, p, i) => sum + LOCAL_SIZE + names[i]!.length + p.data.length, 0);
  const centralBytes = names.reduce((sum, n) => sum + CENTRAL_SIZE + n.length, 0);
  const out = new Uint8Array(localBytes + centralBytes + END_SIZE);
  const view = new DataView(out.buffer);
  const header = (at: number, signature: number, part: StoredPart, name: Uint8Array, central: boolean) => {
    let o = at;
    view.setUint32(o, signature, true);
    o += 4;
    if (central) {
      view.setUint16(o, VERSION, true);
      o += 2;
    }
    view.setUint16(o, VERSION, true); // version needed
    view.setUint16(o + 2, 0, true); // flags
    view.setUint16(o + 4, 0, true); // method: stored
    view.setUint16(o + 6, 0, true); // time
    view.setUint16(o + 8, DOS_DATE, true);
    view.setUint32(o + 10, part.crc, true);
    view.setUint32(o + 14, part.data.length, true);
    view.setUint32(o + 18, part.data.length, true);
    view.setUint16(o + 22, name.length, true);
    return o + 26; // after the extra-field length, left zero
  };
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    offsets.push(at);
    at = header(at, LOCAL_SIGNATURE, part, names[i]!, false);
    out.set(names[i]!, at);
    at += names[i]!.length;
    out.set(part.data, at);
    at += part.data.length;
  });
  const centralStart = at;
  parts.forEach((part, i) => {
    // Then comment length, disk, attributes: all zero; the local header's offset last.
    at = header(at, CENTRAL_SIGNATURE, part, names[i]!, true);
    view.setUint32(at + 10, offsets[i]!, true);
    at += 14;
    out.set(names[i]!, at);
    at += names[i]!.length;
  });
  view.setUint32(at, END_SIGNATURE, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
