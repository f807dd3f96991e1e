import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { containedDecoder, type Decode } from '../../../electron/node/contain.ts';
import { serializeReviewFile } from '@shared/files/review-file.ts';
import { sampleBundle } from './fixtures.ts';

/** Workers run bundled, as the app ships them: the real entry and a test-only hostile one, built once. */
const root = path.resolve(import.meta.dirname, '../../..');
let real: Decode;
let hostile: Decode;
beforeAll(async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'pr-contain-'));
  const { buildWorker, DECODE_WORKER_ENTRY } = (await import(pathToFileURL(path.join(root, 'build/build-electron.mjs')).href)) as {
    buildWorker: (entry: string, outfile: string) => Promise<string>;
    DECODE_WORKER_ENTRY: string;
  };
  const [realFile, hostileFile] = await Promise.all([
    buildWorker(DECODE_WORKER_ENTRY, path.join(out, 'decode-worker.cjs')),
    buildWorker('tests/unit/electron/helpers/hostile-decode-worker.ts', path.join(out, 'hostile-worker.cjs')),
  ]);
  real = containedDecoder({ worker: { file: realFile } });
  hostile = containedDecoder({ worker: { file: hostileFile }, timeoutMs: 4_000, maxOldGenerationSizeMb: 64 });
}, 60_000);
const ctx = (fileName: string) => ({ fileName, now: '2026-03-04T10:00:00.000Z' });
const bytes = (text: string) => new TextEncoder().encode(text);

describe('contained decoding (electron/node/contain.ts)', { timeout: 60_000 }, () => {
  it('ends a parser that never finishes with a clear error naming the file, and this process carries on', async () => {
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 50);
    const result = await hostile('workbook', bytes('PK'), ctx('loop.xlsx'));
    clearInterval(ticking);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too-slow', message: expect.stringMatching(/^"loop\.xlsx" could not be read within 4 seconds/) },
    });
    // The event loop here kept turning while the worker spun: the parse did not run on this thread.
    expect(ticks).toBeGreaterThan(10);
  });

  it('ends a parser that allocates without bound at the memory cap, naming the file', async () => {
    const result = await hostile('workbook', bytes('PK'), ctx('hog.xlsx'));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too-much-memory', message: expect.stringContaining('"hog.xlsx" needs more memory') },
    });
  });

  it('answers a parser that throws with an error naming the file', async () => {
    const result = await hostile('reviewFile', bytes('{}'), ctx('throw.json'));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'decode-failed', message: '"throw.json" could not be read: unexpected end of the world. Nothing was saved.' },
    });
  });

  it('refuses an answer that is not what the decoder promises', async () => {
    const result = await hostile('library', bytes('{}'), ctx('liar.json'));
    expect(result).toMatchObject({ ok: false, error: { code: 'decode-failed', message: expect.stringContaining('not a valid library') } });
  });

  it('runs the real decoders in the real worker entry: a review file round-trips, invalid UTF-8 is refused', async () => {
    const decode = real;
    const text = serializeReviewFile(sampleBundle(), '2026-03-04T10:00:00.000Z');
    expect(await decode('reviewFile', bytes(text), ctx('r.json'))).toEqual({ ok: true, value: sampleBundle() });
    const invalid = new Uint8Array([...bytes('{"a":"'), 0xff, 0xfe, ...bytes('"}')]);
    expect(await decode('reviewFile', invalid, ctx('bad.json'))).toMatchObject({ ok: false, error: { code: 'not-text' } });
  });
});
