import fc from 'fast-check';

/** Damage a disk, a mail gateway or a half-finished download does to a file: cut, flipped, spliced bytes. */
export type ByteMutation =
  | { kind: 'truncate'; keep: number }
  | { kind: 'flip-bits'; at: number[]; bit: number }
  | { kind: 'overwrite'; at: number; bytes: number[] }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'append'; bytes: number[] }
  | { kind: 'prepend'; bytes: number[] }
  | { kind: 'zero-range'; at: number; length: number };

export function applyByteMutations(input: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let out: Uint8Array = input.slice();
  for (const m of mutations) {
    const n = out.length;
    switch (m.kind) {
      case 'truncate':
        out = out.slice(0, m.keep % (n + 1));
        break;
      case 'flip-bits':
        for (const i of m.at) if (n > 0) out[i % n] = out[i % n]! ^ (1 << m.bit);
        break;
      case 'overwrite':
        m.bytes.forEach((b, k) => {
          if (n > 0) out[(m.at + k) % n] = b;
        });
        break;
      case 'zero-range':
        if (n > 0) out.fill(0, m.at % n, Math.min(n, (m.at % n) + m.length));
        break;
      case 'insert': {
        const at = m.at % (n + 1);
        out = concat(out.subarray(0, at), Uint8Array.from(m.bytes), out.subarray(at));
        break;
      }
      case 'delete': {
        const at = m.at % (n + 1);
        out = concat(out.subarray(0, at), out.subarray(Math.min(n, at + m.length)));
        break;
      }
      case 'append':
        out = concat(out, Uint8Array.from(m.bytes));
        break;
      case 'prepend':
        out = concat(Uint8Array.from(m.bytes), out);
        break;
    }
  }
  return out;
}

function concat(...arrays: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(arrays.reduce((s, a) => s + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

const byte = fc.integer({ min: 0, max: 255 });
/** Zip signatures among the junk, so that spliced bytes sometimes look like a header or a directory. */
const junk = fc.oneof(
  fc.array(byte, { minLength: 1, maxLength: 64 }),
  fc.constantFrom<number[]>([0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x01, 0x02], [0x50, 0x4b, 0x05, 0x06], [0xff, 0xff, 0xff, 0xff]),
);

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('flip-bits' as const),
      at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
      bit: fc.integer({ min: 0, max: 7 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: junk }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('zero-range' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4096 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: junk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('append' as const), bytes: junk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('prepend' as const), bytes: junk }) },
);

export const byteMutations = fc.array(byteMutation, { minLength: 1, maxLength: 3 });
