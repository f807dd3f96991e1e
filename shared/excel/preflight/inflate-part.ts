import { Inflate, inflateSync } from 'fflate';
import type { ZipEntry } from './zip-directory.ts';

/**
 * Inflating one zip entry for the zip-bomb guard (limits.ts): how many bytes it really unpacks to, whatever the
 * directory claims, and those bytes when the caller keeps the part. The work and the memory stay bounded by the
 * budget either way.
 */
export interface InflatedPart {
  /** The true unpacked size, or budget + 1 once it is known to be over. */
  size: number;
  /** The unpacked bytes, when asked for and within budget. */
  data: Uint8Array | null;
}

/**
 * Deflate's own ceiling: the longest match (258 bytes) costs at least two bits, so no input unpacks to more than
 * 1,032 times its length. A part that cannot exceed the budget even at this ratio can be inflated in one call.
 */
export const DEFLATE_MAX_RATIO = 1032;

/** Small pushes bound the memory one streaming push can inflate to (about 4 MB at the ratio above). */
const CHUNK = 4 * 1024;

export function inflatePart(bytes: Uint8Array, entry: ZipEntry, budget: number, keep: boolean): InflatedPart | 'broken' {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return { size: data.length, data: keep && data.length <= budget ? data : null };
  if (entry.method !== 8) return 'broken';
  return inflateWhole(data, entry.declaredSize, budget, keep) ?? inflateStreaming(data, budget, keep);
}

/**
 * One call into a buffer of the declared size (one byte more, to see a part that is larger than it says). Taken only
 * when the declared size is within budget and the compressed length cannot unpack past it, so the time is bounded as
 * in the streaming pass; every honest part of a workbook qualifies. Anything unexpected — a part larger than
 * declared, or one that does not unpack — is left to the streaming pass, which measures it and says which. This path
 * exists for speed: the streaming inflater allocates a 160 kB window per part, for parts of a few kilobytes.
 */
function inflateWhole(data: Uint8Array, declared: number, budget: number, keep: boolean): InflatedPart | null {
  if (data.length === 0 || declared > budget || data.length * DEFLATE_MAX_RATIO > budget) return null;
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(declared + 1) });
  } catch {
    return null;
  }
  if (out.length > declared) return null;
  return { size: out.length, data: keep ? out : null };
}

/** Pushes the part through a streaming inflater in small chunks, counting bytes, and stops once past the budget. */
function inflateStreaming(data: Uint8Array, budget: number, keep: boolean): InflatedPart | 'broken' {
  let total = 0;
  let over = false;
  const chunks: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > budget) over = true;
    else if (keep) chunks.push(chunk.slice());
  });
  try {
    for (let i = 0; i < data.length && !over; i += CHUNK) {
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    }
  } catch {
    return 'broken';
  }
  if (over) return { size: budget + 1, data: null };
  return { size: total, data: keep ? joined(chunks) : null };
}

function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
