import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DecodeRequest } from '../../../renderer/src/bridge/decode-protocol.ts';
import { workerDecoder, type WorkerLike } from '../../../renderer/src/bridge/worker-decoder.ts';

/** A stand-in Web Worker: it records what it was sent and answers only when the test says so. */
class FakeWorker implements WorkerLike {
  static started: FakeWorker[] = [];
  readonly sent: Array<{ message: DecodeRequest; transfer: Transferable[] }> = [];
  terminated = false;
  private readonly listeners = new Map<string, Array<(event: Event) => void>>();
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: DecodeRequest, transfer: Transferable[]) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event: object) {
    for (const listener of this.listeners.get(type) ?? []) listener({ preventDefault() {}, ...event } as unknown as Event);
  }
  reply(result: unknown, index = this.sent.length - 1) {
    this.emit('message', { data: { id: this.sent[index]!.message.id, result } });
  }
}

const ctx = { fileName: 'x.xlsx', now: '2026-03-04T10:00:00.000Z' };
const bytes = () => new Uint8Array([1, 2, 3]);

beforeEach(() => {
  FakeWorker.started = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('decoding in a worker (renderer/src/bridge/worker-decoder.ts)', () => {
  it('starts no worker until a file is opened, then hands the bytes over (transferred, not copied) and passes the answer on', async () => {
    const decode = workerDecoder(() => new FakeWorker(), 20_000);
    expect(FakeWorker.started).toHaveLength(0);
    const input = bytes();
    const answer = decode('library', input, ctx);
    const [worker] = FakeWorker.started;
    expect(worker!.sent[0]!.message).toMatchObject({ name: 'library', ctx });
    expect(worker!.sent[0]!.transfer).toEqual([input.buffer]);
    worker!.reply({ ok: true, value: { partnerships: [], reviews: [] } });
    expect(await answer).toEqual({ ok: true, value: { partnerships: [], reviews: [] } });
    // The same worker serves the next file.
    void decode('library', bytes(), ctx);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('ends a worker that overruns the time limit with a clear error naming the file, and starts afresh', async () => {
    const decode = workerDecoder(() => new FakeWorker(), 20_000);
    const answer = decode('workbook', bytes(), ctx);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await answer).toMatchObject({
      ok: false,
      error: {
        code: 'timed-out',
        message: 'x.xlsx could not be read within 20 seconds; it may be damaged or far larger than a review form. Nothing was saved.',
      },
    });
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    // A late answer from the ended worker changes nothing; the next file gets a new worker.
    FakeWorker.started[0]!.reply({ ok: true, value: {} });
    const next = decode('workbook', bytes(), { ...ctx, fileName: 'y.xlsx' });
    expect(FakeWorker.started).toHaveLength(2);
    FakeWorker.started[1]!.reply({ ok: false, error: { code: 'not-a-review', message: 'no' } });
    expect(await next).toEqual({ ok: false, error: { code: 'not-a-review', message: 'no' } });
  });

  it('answers a crashed worker’s files with an error and starts a fresh worker for the next', async () => {
    const decode = workerDecoder(() => new FakeWorker(), 20_000);
    const answer = decode('workbook', bytes(), ctx);
    FakeWorker.started[0]!.emit('error', { message: 'out of memory' });
    expect(await answer).toMatchObject({
      ok: false,
      error: { code: 'reader-failed', message: expect.stringContaining('x.xlsx could not be read') },
    });
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    void decode('workbook', bytes(), ctx);
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('ignores a reply that is not in the protocol’s form', async () => {
    const decode = workerDecoder(() => new FakeWorker(), 20_000);
    const answer = decode('library', bytes(), ctx);
    FakeWorker.started[0]!.emit('message', { data: { id: FakeWorker.started[0]!.sent[0]!.message.id, result: 'yes' } });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await answer).toMatchObject({ ok: false, error: { code: 'timed-out' } });
  });
});
