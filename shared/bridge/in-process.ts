import type { NewId } from './decoders.ts';
import type { Decode, Encode, runDecoder, runEncoder } from './codecs.ts';

/**
 * Encode and Decode that run in the calling process, from a module loaded on first use — `load` is a dynamic import
 * of a module re-exporting codecs.ts — so that its heavy code (ExcelJS) is not read at start-up. Only types are
 * imported here for the same reason. For a shell without a worker runner yet.
 */
export function inProcessCodecs(
  load: () => Promise<{ runEncoder: typeof runEncoder; runDecoder: typeof runDecoder }>,
  newId: NewId,
): { encode: Encode; decode: Decode } {
  return {
    encode: (name, input, ctx) =>
      load().then((module) => module.runEncoder(name, input, ctx)) as ReturnType<typeof runEncoder<typeof name>>,
    decode: (name, bytes, ctx) =>
      load().then((module) => module.runDecoder(name, bytes, ctx, newId)) as ReturnType<typeof runDecoder<typeof name>>,
  };
}
