import { Worker } from 'node:worker_threads';
import type { DecodeContext, DecodedBy, DecoderName } from '@shared/bridge/decoders.ts';
import { ImportedWorkbookSchema, ProblemSchema } from '@shared/bridge/contract.ts';
import { LibrarySnapshotSchema, ReviewBundleSchema } from '@shared/files/bundle.ts';
import { ReturnedResponseSchema } from '@shared/respondents/returned.ts';
import { messageOf } from '@shared/message.ts';
import { err, ok, type Result } from '@shared/result.ts';
import { z } from '@shared/zod.ts';
import type { DecodeJob } from './decode-serve.ts';

/**
 * Runs a parser of untrusted bytes (shared/bridge/decoders.ts) in a worker thread with a memory cap and a time limit,
 * so that a parser blow-up nobody foresaw — a workbook that makes ExcelJS loop or allocate without end — ends in a
 * clear error naming the file while the desktop app (or the command line) stays alive, and nothing is saved.
 * One fresh worker per file: nothing a hostile file did can linger into the next.
 */

/** Where the worker's code is: the bundled dist-electron/decode-worker.cjs, or the TypeScript source under tsx. */
export interface WorkerSpec {
  file: string | URL;
  execArgv?: string[];
}

export interface ContainOptions {
  worker: WorkerSpec;
  /** Reading a real review workbook takes about a second; 20 s means the file is hostile or broken. */
  timeoutMs?: number;
  /** The V8 heap a parse may use; ExcelJS reads a real review form in well under 100 MB. */
  maxOldGenerationSizeMb?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MEMORY_MB = 512;

export type Decode = <N extends DecoderName>(name: N, bytes: Uint8Array, ctx: DecodeContext) => Promise<Result<DecodedBy<N>>>;

/** What each decoder must hand back; checked on arrival, as any message from another thread is. */
const valueSchemas = {
  workbook: ImportedWorkbookSchema,
  responseForm: ReturnedResponseSchema,
  reviewFile: ReviewBundleSchema,
  library: LibrarySnapshotSchema,
} satisfies { [N in DecoderName]: z.ZodMiniType<DecodedBy<N>> };

const ErrorSchema = z.object({ code: z.string(), message: z.string(), problems: z.optional(z.array(ProblemSchema)) });
const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorSchema }),
]);

const seconds = (ms: number) => `${Math.round(ms / 1000)} seconds`;

/** The bytes are moved to the worker, not copied, when they own their whole buffer; otherwise a copy is moved. */
function transferable(bytes: Uint8Array): Uint8Array {
  const whole =
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer &&
    !Buffer.isBuffer(bytes);
  return whole ? bytes : new Uint8Array(bytes);
}

export function containedDecoder(options: ContainOptions): Decode {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memoryMb = options.maxOldGenerationSizeMb ?? DEFAULT_MEMORY_MB;

  return <N extends DecoderName>(name: N, bytes: Uint8Array, ctx: DecodeContext) =>
    new Promise<Result<DecodedBy<N>>>((resolve) => {
      const file = ctx.fileName;
      let settled = false;
      let worker: Worker;
      const finish = (result: Result<DecodedBy<N>>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker?.terminate();
        resolve(result);
      };
      const timer = setTimeout(
        () =>
          finish(
            err(
              'too-slow',
              `"${file}" could not be read within ${seconds(timeoutMs)}; it may be damaged or far larger than a review form. Nothing was saved.`,
              [{ where: file, message: `not read within ${seconds(timeoutMs)}` }],
            ),
          ),
        timeoutMs,
      );
      try {
        worker = new Worker(options.worker.file, {
          execArgv: options.worker.execArgv ?? [],
          resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 4) },
          stdout: false,
          stderr: false,
        });
      } catch (error) {
        finish(err('decode-failed', `"${file}" could not be read: the reader could not start (${messageOf(error)}).`));
        return;
      }
      worker.on('message', (message: unknown) => finish(checked(name, message, file)));
      worker.on('error', (error: Error & { code?: string }) => {
        finish(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? err(
                'too-much-memory',
                `"${file}" needs more memory to read than any review file does (over ${memoryMb} MB); it may be damaged or built to exhaust memory. Nothing was saved.`,
                [{ where: file, message: `needs over ${memoryMb} MB to read` }],
              )
            : err('decode-failed', `"${file}" could not be read: ${messageOf(error)}. Nothing was saved.`, [
                { where: file, message: messageOf(error) },
              ]),
        );
      });
      worker.on('exit', (code) =>
        finish(err('decode-failed', `"${file}" could not be read: the reader stopped unexpectedly (exit ${code}). Nothing was saved.`)),
      );
      const job: DecodeJob = { name, bytes: transferable(bytes), ctx: { fileName: ctx.fileName, now: ctx.now } };
      worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
}

/** A message from the worker is data from another thread: only a well-formed Result with a valid value is believed. */
function checked<N extends DecoderName>(name: N, message: unknown, file: string): Result<DecodedBy<N>> {
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return err('decode-failed', `"${file}" could not be read: the reader gave a malformed answer.`);
  if (!envelope.data.ok) {
    const { code, message: text, problems } = envelope.data.error;
    return err(code, text, problems);
  }
  const value = (valueSchemas[name] as unknown as z.ZodMiniType<DecodedBy<N>>).safeParse(envelope.data.value);
  return value.success ? ok(value.data) : err('decode-failed', `"${file}" could not be read: the reader's answer was not a valid ${name}.`);
}
