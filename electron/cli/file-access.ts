import path from 'node:path';
import type { FileKindName } from '@shared/files/kinds.ts';
import type { AppError, Result } from '@shared/result.ts';
import { readFileLimited, saveBytes, type Saved } from '../node/files.ts';
import { checkTarget } from '../node/targets.ts';

/**
 * The command line's file access: the Node file service (limits from the file-kind table, atomic writes, errno in
 * plain words) plus the checks a command line needs before it replaces a file.
 */

export const baseName = (file: string) => path.basename(file);

/** Reads an input within its kind's limit; a missing, unreadable or oversized file is an error naming it. */
export function readInput(file: string, kind: FileKindName): Promise<Result<Uint8Array>> {
  return readFileLimited(file, kind);
}

export interface WriteOptions {
  /** The command's input files: the output may never be one of them. */
  inputs: readonly string[];
  /** --force: a symbolic link at the output is replaced by the file. */
  force: boolean;
}

/** Refuses an unsafe target (see checkTarget), then writes atomically; a failure never leaves half a file. */
export async function writeOutput(file: string, data: Uint8Array | string, options: WriteOptions): Promise<Result<Saved>> {
  const safe = await checkTarget(file, options.inputs, { force: options.force });
  if (!safe.ok) return safe;
  return saveBytes(path.resolve(file), data);
}

/**
 * An error as lines to print, each thing said once: problems about the whole file ("x.json: no such file") stand
 * alone; problems at places inside it follow the summary that counts them; an error without problems is the summary
 * prefixed with the file's name.
 */
export function errorLines(fileName: string, error: AppError): { summary: string | null; lines: string[] } {
  const problems = error.problems ?? [];
  if (problems.length === 0) return { summary: null, lines: [`${fileName}: ${error.message}`] };
  const lines = problems.map((p) => `${p.where}: ${p.message}`);
  const aboutWholeFile = problems.every((p) => p.where === fileName || baseName(p.where) === fileName);
  return { summary: aboutWholeFile ? null : error.message, lines };
}

/** Prints an error to one stream: the summary, if any, then one line per problem. */
export function printError(print: (line: string) => void, fileName: string, error: AppError): void {
  const { summary, lines } = errorLines(fileName, error);
  if (summary) print(summary);
  for (const line of lines) print(line);
}
