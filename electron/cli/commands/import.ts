import { EXIT, OUTPUT_OPTION, type Command } from '../command.ts';
import { baseName, printError, readInput, writeOutput } from '../file-access.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'read a review workbook (exported, or a filled-in blank form) into a review file (.json)',
  synopsis: 'import <file.xlsx> -o <review.json>',
  details:
    'Every problem in the workbook is listed, one per line as "Sheet!Cell: message", and nothing is written\nunless the whole workbook is valid. Warnings (e.g. a missing date replaced by today) go to standard error.',
  ...OUTPUT_OPTION,
  positionals: { min: 1, max: 1 },
  async run({ positionals, values }, io) {
    const file = positionals[0]!;
    const output = String(values.output);
    const now = io.now();
    const input = await readInput(file, 'workbook');
    const result = input.ok ? await io.decode('workbook', input.value, { fileName: baseName(file), now }) : input;
    if (!result.ok) {
      printError(io.err, baseName(file), result.error);
      return EXIT.failed;
    }
    for (const w of result.value.warnings) io.err(`warning: ${w.where}: ${w.message}`);
    const { serializeReviewFile } = await import('@shared/files/review-file.ts');
    const written = await writeOutput(output, serializeReviewFile(result.value.bundle, now), {
      inputs: [file],
      force: values.force === true,
    });
    if (!written.ok) {
      printError(io.err, baseName(output), written.error);
      return EXIT.failed;
    }
    const { partnership, review } = result.value.bundle;
    io.out(`Wrote "${review.title}" (${partnership.name}, ${review.date}) to ${output}`);
    return EXIT.ok;
  },
};
