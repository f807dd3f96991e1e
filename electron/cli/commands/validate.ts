import { decodeUtf8, type DecoderName } from '@shared/bridge/decoders.ts';
import type { AppError, Result } from '@shared/result.ts';
import { EXIT, type Command, type Io } from '../command.ts';
import { baseName, errorLines, readInput } from '../file-access.ts';

/**
 * Which reader a JSON file needs, by PARSING it and reading its own "format" (wherever that key is, whatever
 * whitespace comes first); anything else is read as a review file, whose reader says precisely what is wrong.
 */
export function jsonKindOf(bytes: Uint8Array, fileName: string): DecoderName {
  const text = decodeUtf8(bytes, fileName);
  if (!text.ok) return 'reviewFile';
  try {
    const json: unknown = JSON.parse(text.value);
    const format = json && typeof json === 'object' && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined;
    return format === 'partnership-review/library' ? 'library' : 'reviewFile';
  } catch {
    return 'reviewFile';
  }
}

async function check(file: string, io: Io): Promise<Result<string, AppError>> {
  const name = baseName(file);
  const ctx = { fileName: name, now: io.now() };
  if (!/\.json$/i.test(file)) {
    const input = await readInput(file, 'workbook');
    const r = input.ok ? await io.decode('workbook', input.value, ctx) : input;
    return r.ok ? { ok: true, value: `the review "${r.value.bundle.review.title}" of ${r.value.bundle.partnership.name}` } : r;
  }
  // Read within the larger limit of the two JSON kinds; the kind's own reader then applies its rules.
  const input = await readInput(file, 'library');
  if (!input.ok) return input;
  if (jsonKindOf(input.value, name) === 'library') {
    const r = await io.decode('library', input.value, ctx);
    return r.ok
      ? { ok: true, value: `a library backup of ${r.value.partnerships.length} partnerships and ${r.value.reviews.length} reviews` }
      : r;
  }
  const r = await io.decode('reviewFile', input.value, ctx);
  return r.ok ? { ok: true, value: `the review "${r.value.review.title}" of ${r.value.partnership.name}` } : r;
}

export const validate: Command = {
  name: 'validate',
  summary: 'check a workbook (.xlsx) or a review or library file (.json) without writing anything',
  synopsis: 'validate <file.xlsx|file.json>',
  details:
    'Exit status 0 when the file is valid; 1 with every problem listed on standard output,\none per line as "where: message" (a sheet and cell, or a JSON path).',
  options: {},
  optionHelp: [],
  positionals: { min: 1, max: 1 },
  async run({ positionals }, io) {
    const file = positionals[0]!;
    const name = baseName(file);
    const result = await check(file, io);
    if (!result.ok) {
      // The problems are the answer (standard output, for scripts); the summary that counts them goes to standard error.
      const { summary, lines } = errorLines(name, result.error);
      for (const line of lines) io.out(line);
      if (summary) io.err(summary);
      return EXIT.failed;
    }
    io.out(`${name}: valid (${result.value})`);
    return EXIT.ok;
  },
};
