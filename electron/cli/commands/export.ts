import { EXIT, OUTPUT_OPTION, type Command } from '../command.ts';
import { baseName, printError, readInput, writeOutput } from '../file-access.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the review workbook (.xlsx) for a review file (.json)',
  synopsis: 'export <review.json> -o <review.xlsx>',
  details:
    'The workbook has a Summary, one sheet per section, an Action plan and the Possible actions,\nand reads back losslessly with "import".',
  ...OUTPUT_OPTION,
  positionals: { min: 1, max: 1 },
  async run({ positionals, values }, io) {
    const file = positionals[0]!;
    const input = await readInput(file, 'reviewFile');
    const parsed = input.ok ? await io.decode('reviewFile', input.value, { fileName: baseName(file), now: io.now() }) : input;
    if (!parsed.ok) {
      printError(io.err, baseName(file), parsed.error);
      return EXIT.failed;
    }
    // The workbook code (ExcelJS) loads only when the command runs, so --help answers at once.
    const { exportReviewWorkbook } = await import('@shared/excel/index.ts');
    const output = String(values.output);
    const written = await writeOutput(output, await exportReviewWorkbook(parsed.value), { inputs: [file], force: values.force === true });
    if (!written.ok) {
      printError(io.err, baseName(output), written.error);
      return EXIT.failed;
    }
    io.out(`Wrote the workbook to ${output}`);
    return EXIT.ok;
  },
};
