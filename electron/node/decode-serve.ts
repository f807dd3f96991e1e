import { randomUUID } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { DecodeContext, NewId } from '@shared/bridge/decoders.ts';
import { messageOf } from '@shared/message.ts';
import { err, type Result } from '@shared/result.ts';

export type DecoderTable = Record<string, (bytes: Uint8Array, ctx: DecodeContext, newId: NewId) => Promise<Result<unknown>>>;

/** What the runner posts to a decode worker: one job per worker, the bytes transferred. */
export interface DecodeJob {
  name: string;
  bytes: Uint8Array;
  ctx: DecodeContext;
}

/**
 * The inside of a decode worker: answers its one job with the decoder's Result. A decoder that throws is answered as
 * an error naming the file, so the only ways to get no answer are the runner's time limit and memory cap.
 */
export function serveDecoders(table: DecoderTable): void {
  const port = parentPort;
  if (!port) throw new Error('A decode worker must run in a worker thread.');
  port.once('message', async ({ name, bytes, ctx }: DecodeJob) => {
    let result: Result<unknown>;
    try {
      const decoder = Object.hasOwn(table, name) ? table[name] : undefined;
      result = decoder ? await decoder(bytes, ctx, randomUUID) : err('unknown-decoder', `No reader for "${name}" files.`);
    } catch (error) {
      result = err('decode-failed', `"${ctx.fileName}" could not be read: ${messageOf(error)}. Nothing was saved.`, [
        { where: ctx.fileName, message: messageOf(error) },
      ]);
    }
    port.postMessage(result);
  });
}
