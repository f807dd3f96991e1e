import { EXIT, OUTPUT_OPTION, printProblems, type Command } from '../command.ts';
import { baseName, readInput, writeOutput } from '../files.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the review workbook (.xlsx) for a review file (.json)',
  synopsis: 'export <review.json> -o <review.xlsx>',
  details: 'The workbook has a Summary, one sheet per section, an Action plan and the Possible actions,\nand reads back losslessly with "import".',
  ...OUTPUT_OPTION,
  positionals: { min: 1, max: 1 },
  // The workbook and file code (ExcelJS, zod) loads only when the command runs, so --help answers at once.
  async run({ positionals, values }, io) {
    const { exportReviewWorkbook } = await import('../../../shared/excel/index.ts');
    const { FILE_LIMITS } = await import('../../../shared/files/format.ts');
    const { parseReviewFile } = await import('../../../shared/files/review-file.ts');
    const file = positionals[0]!;
    const input = await readInput(file, FILE_LIMITS['partnership-review/review']);
    if (!input.ok) {
      io.err(input.message);
      return EXIT.failed;
    }
    const parsed = parseReviewFile(new TextDecoder().decode(input.bytes), baseName(file));
    if (!parsed.ok) {
      io.err(parsed.error.message);
      printProblems(io.err, baseName(file), parsed.error);
      return EXIT.failed;
    }
    const output = String(values.output);
    const written = await writeOutput(output, await exportReviewWorkbook(parsed.value));
    if (!written.ok) {
      io.err(written.message);
      return EXIT.failed;
    }
    io.out(`Wrote the workbook to ${output}`);
    return EXIT.ok;
  },
};
