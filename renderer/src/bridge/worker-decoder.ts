import type { Decode } from '@shared/bridge/codecs.ts';
import type { DecodedBy, DecoderName } from '@shared/bridge/decoders.ts';
import { err, type Result } from '@shared/result.ts';
import { DecodeReplySchema, type DecodeRequest } from './decode-protocol.ts';

/** The part of a Web Worker used here, so tests can stand in a fake. */
export interface WorkerLike {
  postMessage(message: DecodeRequest, transfer: Transferable[]): void;
  terminate(): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
}

/**
 * Far beyond the second or two a real review workbook takes on a slow laptop, short enough that a person is told
 * rather than left waiting.
 */
const DECODE_TIME_LIMIT_MS = 20_000;

interface Pending {
  fileName: string;
  resolve: (result: Result<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Decodes untrusted files in a worker with a time limit. A worker that overruns is terminated (the only way to stop
 * a parser stuck in a loop) and one that crashes is dropped; either way the next file gets a fresh worker. Nothing is
 * decided here about saving: an error simply reaches the caller as a Result, and nothing was decoded to save.
 */
export function workerDecoder(create: () => WorkerLike, timeLimitMs = DECODE_TIME_LIMIT_MS): Decode {
  let worker: WorkerLike | undefined;
  const pending = new Map<string, Pending>();

  /** Ends the current worker and answers everything it still owed. */
  const stop = (answer: (fileName: string) => Result<unknown>) => {
    worker?.terminate();
    worker = undefined;
    for (const entry of pending.values()) {
      clearTimeout(entry.timer);
      entry.resolve(answer(entry.fileName));
    }
    pending.clear();
  };

  const start = (): WorkerLike => {
    const started = create();
    started.addEventListener('message', (event) => {
      const reply = DecodeReplySchema.safeParse((event as MessageEvent<unknown>).data);
      if (!reply.success) return;
      const entry = pending.get(reply.data.id);
      if (!entry) return;
      pending.delete(reply.data.id);
      clearTimeout(entry.timer);
      entry.resolve(reply.data.result as Result<unknown>);
    });
    const crashed = (event: Event) => {
      // Handled here: the browser need not also report it as an uncaught error of the page.
      event.preventDefault();
      if (worker !== started) return;
      const detail = (event as ErrorEvent).message;
      stop((fileName) =>
        err('reader-failed', `${fileName} could not be read: the file reader stopped${detail ? ` (${detail})` : ''}. Nothing was saved.`, [
          { where: fileName, message: 'the file reader stopped' },
        ]),
      );
    };
    started.addEventListener('error', crashed);
    started.addEventListener('messageerror', crashed);
    return started;
  };

  return <N extends DecoderName>(name: N, bytes: Uint8Array, ctx: { fileName: string; now: string }) =>
    new Promise<Result<DecodedBy<N>>>((resolve) => {
      const running = (worker ??= start());
      const id = crypto.randomUUID();
      const timer = setTimeout(() => {
        pending.delete(id);
        stop((fileName) => err('reader-restarted', `${fileName} was not read because another file's reading was stopped; try again.`));
        const seconds = Math.round(timeLimitMs / 1000);
        resolve(
          err(
            'timed-out',
            `${ctx.fileName} could not be read within ${seconds} seconds; it may be damaged or far larger than a review form. Nothing was saved.`,
            [{ where: ctx.fileName, message: `not read within ${seconds} seconds` }],
          ),
        );
      }, timeLimitMs);
      pending.set(id, { fileName: ctx.fileName, resolve: resolve as (result: Result<unknown>) => void, timer });
      // The bytes are handed over, not copied: a workbook can be megabytes, and the page has no further use for them.
      const owned = bytes as Uint8Array<ArrayBuffer>;
      running.postMessage({ id, name, bytes: owned, ctx }, [owned.buffer]);
    });
}

/** The real worker; Vite bundles decode-worker.ts (and ExcelJS, on first use) as separate files. */
export function startDecodeWorker(): WorkerLike {
  return new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}
