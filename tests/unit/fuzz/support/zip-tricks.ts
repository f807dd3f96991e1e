import fc from 'fast-check';
import { Deflate } from 'fflate';
import type { Parts } from './zip-parts.ts';

/**
 * Attacks on the zip container itself: a part that inflates to far more than the file's size (a zip bomb), a
 * directory that lies about sizes, thousands of parts, two parts with one name.
 */
export type ZipTrick =
  | { kind: 'bomb'; megabytes: number; part: string }
  | { kind: 'many-parts'; count: number }
  | { kind: 'lie-sizes'; at: number; size: number }
  | { kind: 'duplicate-name'; at: number };

const bombs = new Map<number, Uint8Array>();

/** Zeros deflated in 1 MB pushes: a few hundred kB of file that unpacks to `megabytes` MB. Cached per size. */
export function zerosDeflated(megabytes: number): Uint8Array {
  const cached = bombs.get(megabytes);
  if (cached) return cached;
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const mb = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i += 1) deflate.push(mb, i === megabytes - 1);
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  bombs.set(megabytes, out);
  return out;
}

/** Tricks applied to the parts before packing. */
export function applyPartTricks(parts: Parts, tricks: readonly ZipTrick[]): void {
  for (const t of tricks) {
    if (t.kind === 'many-parts') for (let i = 0; i < t.count; i += 1) parts.set(`xl/media/filler${i}.bin`, new Uint8Array(0));
  }
}

/**
 * A zip writer for the bomb, which must be stored pre-deflated: fflate's zipSync would inflate nothing but would
 * have to deflate hundreds of MB. The bomb part is appended to an existing archive by rewriting its directory.
 */
export function appendDeflatedPart(zip: Uint8Array, name: string, deflated: Uint8Array, unpackedSize: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) return zip;
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirStart = view.getUint32(end + 16, true);
  const nameBytes = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, unpackedSize >>> 0, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, unpackedSize >>> 0, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, dirStart, true);
  central.set(nameBytes, 46);
  const oldDir = zip.subarray(dirStart, dirStart + dirSize);
  const newDirStart = dirStart + local.length + deflated.length;
  const eocd = zip.slice(end, zip.length);
  const ev = new DataView(eocd.buffer);
  ev.setUint16(8, count + 1, true);
  ev.setUint16(10, count + 1, true);
  ev.setUint32(12, dirSize + central.length, true);
  ev.setUint32(16, newDirStart, true);
  // Existing entries' local offsets are unchanged: the new part goes where the old directory began.
  const out = new Uint8Array(dirStart + local.length + deflated.length + oldDir.length + central.length + eocd.length);
  let at = 0;
  for (const piece of [zip.subarray(0, dirStart), local, deflated, oldDir, central, eocd]) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** Central-directory entries of a packed zip: where each starts, for the tricks that rewrite it in place. */
function directoryEntries(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) return [];
  const out: number[] = [];
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0 && at + 46 <= zip.length; n -= 1) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    out.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** Tricks applied to the packed bytes. */
export function applyPackedTricks(zip: Uint8Array, tricks: readonly ZipTrick[]): Uint8Array {
  let out = zip;
  for (const t of tricks) {
    if (t.kind === 'bomb') out = appendDeflatedPart(out, t.part, zerosDeflated(t.megabytes), t.megabytes * 1024 * 1024);
    if (t.kind === 'lie-sizes' || t.kind === 'duplicate-name') {
      out = out.slice();
      const view = new DataView(out.buffer);
      const entries = directoryEntries(out);
      if (entries.length < 2) continue;
      const at = entries[t.at % entries.length]!;
      if (t.kind === 'lie-sizes') view.setUint32(at + 24, t.size >>> 0, true);
      else {
        // Give this entry the name of another of the same length, so both parts claim one name.
        const len = view.getUint16(at + 28, true);
        const twin = entries.find((e) => e !== at && view.getUint16(e + 28, true) === len);
        if (twin !== undefined) out.copyWithin(at + 46, twin + 46, twin + 46 + len);
      }
    }
  }
  return out;
}

export const zipTrick: fc.Arbitrary<ZipTrick> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bomb' as const),
      megabytes: fc.constantFrom(8, 59, 61, 250),
      part: fc.constantFrom('xl/media/image1.png', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'docProps/bomb.xml'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('many-parts' as const), count: fc.constantFrom(10, 1_990, 2_001) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('lie-sizes' as const),
      at: fc.nat(),
      size: fc.constantFrom(0, 1, 0x7fffffff, 0xffffffff, 61 * 1024 * 1024),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-name' as const), at: fc.nat() }) },
);
