import { EXIT, OUTPUT_OPTION, type Command } from '../command.ts';
import { baseName, printError, readInput, writeOutput } from '../file-access.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'read a review workbook (exported, or a filled-in blank form) into a review file (.json)',
  synopsis: 'import <file.xlsx> [--partnership <a.json>] -o <review.json>',
  details:
    'Every problem in the workbook is listed, one per line as "Sheet!Cell: message", and nothing is written\nunless the whole workbook is valid. Warnings (e.g. a missing date replaced by today) go to standard error.\nWith --partnership, the review is filed under the partnership of that review file (so "compare" takes\nthem as one partnership), whatever partnership the workbook names.',
  ...OUTPUT_OPTION,
  options: { ...OUTPUT_OPTION.options, partnership: { type: 'string' } },
  optionHelp: [...OUTPUT_OPTION.optionHelp, '    --partnership <a.json>  file the review under the partnership of this review file'],
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
    let bundle = result.value.bundle;
    const inputs = [file];
    if (values.partnership !== undefined) {
      const home = String(values.partnership);
      inputs.push(home);
      const read = await readInput(home, 'reviewFile');
      const other = read.ok ? await io.decode('reviewFile', read.value, { fileName: baseName(home), now }) : read;
      if (!other.ok) {
        printError(io.err, baseName(home), other.error);
        return EXIT.failed;
      }
      const partnership = other.value.partnership;
      bundle = { partnership, review: { ...bundle.review, partnershipId: partnership.id } };
    }
    const { serializeReviewFile } = await import('@shared/files/review-file.ts');
    const written = await writeOutput(output, serializeReviewFile(bundle, now), {
      inputs,
      force: values.force === true,
    });
    if (!written.ok) {
      printError(io.err, baseName(output), written.error);
      return EXIT.failed;
    }
    const { partnership, review } = bundle;
    io.out(`Wrote "${review.title}" (${partnership.name}, ${review.date}) to ${output}`);
    return EXIT.ok;
  },
};
