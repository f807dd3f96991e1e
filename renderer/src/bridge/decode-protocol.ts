import { decoderNames, type DecoderName } from '@shared/bridge/decoders.ts';
import { z } from '@shared/zod.ts';

/**
 * What the page and the decode worker say to each other. The request is checked by the worker; the reply's value is
 * checked against the contract's output schema by the bridge, like any answer from another process.
 */
export const DecodeRequestSchema = z.strictObject({
  id: z.string(),
  name: z.enum(decoderNames as [DecoderName, ...DecoderName[]]),
  bytes: z.instanceof(Uint8Array),
  ctx: z.strictObject({ fileName: z.string(), now: z.string() }),
});
export type DecodeRequest = z.infer<typeof DecodeRequestSchema>;

export const DecodeReplySchema = z.strictObject({
  id: z.string(),
  result: z.union([
    z.strictObject({ ok: z.literal(true), value: z.unknown() }),
    z.strictObject({
      ok: z.literal(false),
      error: z.object({
        code: z.string(),
        message: z.string(),
        problems: z.optional(z.array(z.object({ where: z.string(), message: z.string() }))),
      }),
    }),
  ]),
});
export type DecodeReply = z.infer<typeof DecodeReplySchema>;
