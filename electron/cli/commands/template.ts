import { EXIT, OUTPUT_OPTION, type Command } from '../command.ts';
import { baseName, printError, writeOutput } from '../file-access.ts';
import { FACTOR_SYMBOLS } from '@shared/vocabulary/factors.ts';

export const template: Command = {
  name: 'template',
  summary: 'write the blank form (an Excel workbook) for partner organisations to fill in',
  synopsis: 'template -o <blank.xlsx>',
  details: `In the blank form a person marks one rating column per benchmark (x, X, ✓, yes or any text),\ntypes actions and owners, and marks typical factors ${FACTOR_SYMBOLS.tick} or ${FACTOR_SYMBOLS.cross}. Read it back with "import".`,
  ...OUTPUT_OPTION,
  positionals: { min: 0, max: 0 },
  // The workbook code (ExcelJS) loads only when the command runs, so --help answers at once.
  async run({ values }, io) {
    const { exportTemplateWorkbook } = await import('@shared/excel/index.ts');
    const output = String(values.output);
    const written = await writeOutput(output, await exportTemplateWorkbook(), { inputs: [], force: values.force === true });
    if (!written.ok) {
      printError(io.err, baseName(output), written.error);
      return EXIT.failed;
    }
    io.out(`Wrote the blank form to ${output}`);
    return EXIT.ok;
  },
};
