import type { ImportedWorkbook } from './contract.ts';
import type { LibrarySnapshot, ReviewBundle } from '../files/bundle.ts';
import type { Result } from '../result.ts';
import type { ReturnedResponse } from '../respondents/collect.ts';
import { decodeUtf8 } from '../files/utf8.ts';

/** The one strict UTF-8 rule lives in its own module, so a shell can use it without loading every decoder. */
export { decodeUtf8 };

/**
 * Every parser of a file from someone else's hands, by name. These are the only functions that ever see untrusted
 * bytes, and each shell runs them contained — a Web Worker in the browser build, a worker thread in the desktop
 * main process and the command line — with a time limit and a memory cap, so that an unknown parser blow-up ends in a
 * clear error while the app stays responsive. Input and output are plain data so they cross a worker boundary.
 * Heavy code (ExcelJS) is imported on first use so a worker parsing JSON never loads it.
 */
export interface DecodeContext {
  /** The file's base name, used in every message that names the place. */
  fileName: string;
  /** The instant the import happens, ISO 8601. */
  now: string;
}

/** Ids for new records are made by the host (crypto.randomUUID exists in every host but not in the pure core's types). */
export type NewId = () => string;

export const decoders = {
  workbook: async (bytes: Uint8Array, ctx: DecodeContext, newId: NewId): Promise<Result<ImportedWorkbook>> => {
    const { importWorkbook } = await import('../excel/import.ts');
    return importWorkbook(bytes, { fileName: ctx.fileName, now: ctx.now, newId });
  },
  /** A returned response form (or a filled-in blank form) as one respondent's answers. */
  responseForm: async (bytes: Uint8Array, ctx: DecodeContext, newId: NewId): Promise<Result<ReturnedResponse>> => {
    const { readResponseForm } = await import('../excel/response-form/read.ts');
    return readResponseForm(bytes, { fileName: ctx.fileName, now: ctx.now, newId });
  },
  reviewFile: async (bytes: Uint8Array, ctx: DecodeContext): Promise<Result<ReviewBundle>> => {
    const text = decodeUtf8(bytes, ctx.fileName);
    if (!text.ok) return text;
    const { parseReviewFile } = await import('../files/review-file.ts');
    return parseReviewFile(text.value, ctx.fileName);
  },
  library: async (bytes: Uint8Array, ctx: DecodeContext): Promise<Result<LibrarySnapshot>> => {
    const text = decodeUtf8(bytes, ctx.fileName);
    if (!text.ok) return text;
    const { parseLibraryFile } = await import('../files/library-file.ts');
    return parseLibraryFile(text.value, ctx.fileName);
  },
} as const;

export type DecoderName = keyof typeof decoders;
export type DecodedBy<N extends DecoderName> = Awaited<ReturnType<(typeof decoders)[N]>> extends Result<infer T> ? T : never;
export const decoderNames = Object.keys(decoders) as DecoderName[];
