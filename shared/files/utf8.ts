import { err, ok, type Result } from '../result.ts';

type Utf8Decoder = new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };

/**
 * Decodes UTF-8 strictly, as every shell must: a binary or mis-encoded file is an error naming the file, never a page
 * of replacement characters. TextDecoder exists in browsers, workers and Node alike, but not in the pure core's
 * ES-only types, hence the one cast.
 */
export function decodeUtf8(bytes: Uint8Array, fileName: string): Result<string> {
  const TextDecoderImpl = (globalThis as unknown as { TextDecoder: Utf8Decoder }).TextDecoder;
  try {
    return ok(new TextDecoderImpl('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    return err('not-text', `"${fileName}" is not a text file.`, [{ where: fileName, message: 'not UTF-8 text' }]);
  }
}
