import type { AppError, Result } from '../../../shared/result.ts';
import { EXIT, printProblems, type Command } from '../command.ts';
import { baseName, readInput } from '../files.ts';

/** Review file or library backup: the file's own "format" decides, so the message names what it really is. */
async function checkJson(text: string, name: string): Promise<Result<string>> {
  if (/"format"\s*:\s*"partnership-review\/library"/.test(text.slice(0, 200))) {
    const { parseLibraryFile } = await import('../../../shared/files/library-file.ts');
    const r = parseLibraryFile(text, name);
    return r.ok ? { ok: true, value: `a library backup of ${r.value.partnerships.length} partnerships and ${r.value.reviews.length} reviews` } : r;
  }
  const { parseReviewFile } = await import('../../../shared/files/review-file.ts');
  const r = parseReviewFile(text, name);
  return r.ok ? { ok: true, value: `the review "${r.value.review.title}" of ${r.value.partnership.name}` } : r;
}

export const validate: Command = {
  name: 'validate',
  summary: 'check a workbook (.xlsx) or a review or library file (.json) without writing anything',
  synopsis: 'validate <file.xlsx|file.json>',
  details: 'Exit status 0 when the file is valid; 1 with every problem listed on standard output,\none per line as "where: message" (a sheet and cell, or a JSON path).',
  options: {},
  optionHelp: [],
  positionals: { min: 1, max: 1 },
  // The workbook and file code (ExcelJS, zod) loads only when the command runs, so --help answers at once.
  async run({ positionals }, io) {
    const { importWorkbook, WORKBOOK_LIMITS } = await import('../../../shared/excel/index.ts');
    const { FILE_LIMITS } = await import('../../../shared/files/format.ts');
    const file = positionals[0]!;
    const name = baseName(file);
    const isJson = /\.json$/i.test(file);
    const input = await readInput(file, isJson ? FILE_LIMITS['partnership-review/library'] : WORKBOOK_LIMITS.fileBytes + 1);
    if (!input.ok) {
      io.out(input.message);
      return EXIT.failed;
    }
    let result: Result<string, AppError>;
    if (isJson) {
      result = await checkJson(new TextDecoder().decode(input.bytes), name);
    } else {
      const r = await importWorkbook(input.bytes, { fileName: name, newId: io.newId, now: io.now() });
      result = r.ok ? { ok: true, value: `the review "${r.value.bundle.review.title}" of ${r.value.bundle.partnership.name}` } : r;
    }
    if (!result.ok) {
      printProblems(io.out, name, result.error);
      io.err(result.error.message);
      return EXIT.failed;
    }
    io.out(`${name}: valid (${result.value})`);
    return EXIT.ok;
  },
};
