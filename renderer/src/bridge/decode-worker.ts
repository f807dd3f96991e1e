import { runDecoder } from '@shared/bridge/codecs.ts';
import { messageOf } from '@shared/message.ts';
import { err, type Result } from '@shared/result.ts';
import { DecodeRequestSchema, type DecodeReply } from './decode-protocol.ts';

/**
 * Runs the registered readers of untrusted files off the page's thread: however long a hostile workbook takes to
 * parse, the page stays responsive, and the bridge can end this worker after its time limit. Every outcome is
 * posted back as a Result; nothing thrown is left for the page to guess at.
 */
// The renderer compiles against the DOM library, not the worker one; this is the little of the worker scope used.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: DecodeReply): void;
};

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  void answer(event.data).then((reply) => scope.postMessage(reply));
});

async function answer(data: unknown): Promise<DecodeReply> {
  const request = DecodeRequestSchema.safeParse(data);
  const id = typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : '';
  if (!request.success) return { id, result: err('bad-request', 'The file reader was asked something it does not understand.') };
  const { name, bytes, ctx } = request.data;
  let result: Result<unknown>;
  try {
    result = await runDecoder(name, bytes, ctx, () => crypto.randomUUID());
  } catch (error) {
    result = err('read-failed', `${ctx.fileName} could not be read: ${messageOf(error)}`, [
      { where: ctx.fileName, message: messageOf(error) },
    ]);
  }
  return { id: request.data.id, result };
}
