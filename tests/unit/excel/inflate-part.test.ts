import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFLATE_MAX_RATIO, inflatePart } from '@shared/excel/preflight/inflate-part.ts';
import type { ZipEntry } from '@shared/excel/preflight/zip-directory.ts';

/**
 * The zip-bomb guard's inflate of one part. Small parts are inflated in one call into a buffer of their declared
 * size; these tests pin that this quick path measures exactly what the streaming pass does, whatever the directory
 * claims about the size.
 */
const text = strToU8('<worksheet>'.concat('<row><c r="A1"><v>1</v></c></row>'.repeat(300), '</worksheet>'));

function entry(packed: Uint8Array, declaredSize: number, method = 8): { bytes: Uint8Array; entry: ZipEntry } {
  // A few bytes in front, as a part sits inside a zip after its local header.
  const bytes = new Uint8Array(7 + packed.length);
  bytes.set(packed, 7);
  return { bytes, entry: { name: 'xl/worksheets/sheet1.xml', method, compressedSize: packed.length, declaredSize, crc: 0, dataStart: 7 } };
}

const BUDGET = 60 * 1024 * 1024;

describe('inflatePart', () => {
  it('gives an honest part back byte for byte, with its size', () => {
    const { bytes, entry: e } = entry(deflateSync(text), text.length);
    expect(inflatePart(bytes, e, BUDGET, true)).toEqual({ size: text.length, data: text });
    expect(inflatePart(bytes, e, BUDGET, false)).toEqual({ size: text.length, data: null });
  });

  it('measures the true size of a part that claims to be smaller or larger than it is', () => {
    for (const claimed of [0, 1, text.length - 1, text.length + 1, text.length * 3]) {
      const { bytes, entry: e } = entry(deflateSync(text), claimed);
      expect(inflatePart(bytes, e, BUDGET, true)).toEqual({ size: text.length, data: text });
    }
  });

  it('stops at the budget, also for a part that lies about its size', () => {
    for (const claimed of [10, text.length]) {
      const { bytes, entry: e } = entry(deflateSync(text), claimed);
      expect(inflatePart(bytes, e, text.length - 1, true)).toEqual({ size: text.length, data: null });
    }
    // Past deflate's ceiling for the budget, the part goes through the streaming pass and still stops at it.
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const packed = deflateSync(zeros, { level: 9 });
    expect(packed.length * DEFLATE_MAX_RATIO).toBeGreaterThan(1024 * 1024);
    const { bytes, entry: e } = entry(packed, 1);
    expect(inflatePart(bytes, e, 1024 * 1024, true)).toEqual({ size: 1024 * 1024 + 1, data: null });
  });

  it('calls a cut-short or garbled part broken, and reads a stored part as it is', () => {
    const packed = deflateSync(text);
    const cut = entry(packed.subarray(0, packed.length >> 1), text.length);
    expect(inflatePart(cut.bytes, cut.entry, BUDGET, true)).toBe('broken');
    const garbled = entry(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 10);
    expect(inflatePart(garbled.bytes, garbled.entry, BUDGET, false)).toBe('broken');
    const stored = entry(text, text.length, 0);
    expect(inflatePart(stored.bytes, stored.entry, BUDGET, true)).toEqual({ size: text.length, data: text });
    const empty = entry(new Uint8Array(0), 0);
    expect(inflatePart(empty.bytes, empty.entry, BUDGET, true)).toEqual({ size: 0, data: new Uint8Array(0) });
  });
});
