import { EXIT, OUTPUT_OPTION, printProblems, type Command } from '../command.ts';
import { baseName, readInput, writeOutput } from '../files.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'read a review workbook (exported, or a filled-in blank form) into a review file (.json)',
  synopsis: 'import <file.xlsx> -o <review.json>',
  details: 'Every problem in the workbook is listed, one per line as "Sheet!Cell: message", and nothing is written\nunless the whole workbook is valid. Warnings (e.g. a missing date replaced by today) go to standard error.',
  ...OUTPUT_OPTION,
  positionals: { min: 1, max: 1 },
  // The workbook and file code (ExcelJS, zod) loads only when the command runs, so --help answers at once.
  async run({ positionals, values }, io) {
    const { importWorkbook, WORKBOOK_LIMITS } = await import('../../../shared/excel/index.ts');
    const { serializeReviewFile } = await import('../../../shared/files/review-file.ts');
    const file = positionals[0]!;
    const input = await readInput(file, WORKBOOK_LIMITS.fileBytes + 1);
    if (!input.ok) {
      io.err(input.message);
      return EXIT.failed;
    }
    const now = io.now();
    const result = await importWorkbook(input.bytes, { fileName: baseName(file), newId: io.newId, now });
    if (!result.ok) {
      io.err(result.error.message);
      printProblems(io.err, baseName(file), result.error);
      return EXIT.failed;
    }
    for (const w of result.value.warnings) io.err(`warning: ${w.where}: ${w.message}`);
    const output = String(values.output);
    const written = await writeOutput(output, serializeReviewFile(result.value.bundle, now));
    if (!written.ok) {
      io.err(written.message);
      return EXIT.failed;
    }
    const { partnership, review } = result.value.bundle;
    io.out(`Wrote "${review.title}" (${partnership.name}, ${review.date}) to ${output}`);
    return EXIT.ok;
  },
};
