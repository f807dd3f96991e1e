import type { Result } from '../result.ts';
import { decoders, type DecodeContext, type DecodedBy, type DecoderName, type NewId } from './decoders.ts';
import { encoders, type EncodeContext, type EncodedBy, type EncoderInput, type EncoderName } from './encoders.ts';

/**
 * How a shell runs the registered readers and writers. Each shell injects its own `Decode` — a Web Worker in the
 * browser build, a worker thread on the desktop — so untrusted bytes are parsed contained; these run them in-process,
 * inside such a worker or where no container exists yet.
 */
export type Decode = <N extends DecoderName>(name: N, bytes: Uint8Array, ctx: DecodeContext) => Promise<Result<DecodedBy<N>>>;
export type Encode = <N extends EncoderName>(name: N, input: EncoderInput<N>, ctx: EncodeContext) => Promise<EncodedBy<N>>;

export function runDecoder<N extends DecoderName>(
  name: N,
  bytes: Uint8Array,
  ctx: DecodeContext,
  newId: NewId,
): Promise<Result<DecodedBy<N>>> {
  // The registry's entries differ in their parameters; each ignores what it does not need.
  const decode = decoders[name] as (bytes: Uint8Array, ctx: DecodeContext, newId: NewId) => Promise<Result<DecodedBy<N>>>;
  return decode(bytes, ctx, newId);
}

export function runEncoder<N extends EncoderName>(name: N, input: EncoderInput<N>, ctx: EncodeContext): Promise<EncodedBy<N>> {
  const encode = encoders[name] as (input: EncoderInput<N>, ctx: EncodeContext) => Promise<EncodedBy<N>>;
  return encode(input, ctx);
}
