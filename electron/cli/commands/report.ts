import type { ReviewBundle } from '@shared/files/bundle.ts';
import { EXIT, OUTPUT_OPTION, type Command, type Io } from '../command.ts';
import { baseName, printError, readInput, writeOutput } from '../file-access.ts';
import { readReportFonts } from '../report-fonts.ts';

/** Reads and parses a review file in the contained parser, as every command does; problems are printed, once. */
async function readBundle(file: string, io: Io): Promise<ReviewBundle | undefined> {
  const input = await readInput(file, 'reviewFile');
  const parsed = input.ok ? await io.decode('reviewFile', input.value, { fileName: baseName(file), now: io.now() }) : input;
  if (!parsed.ok) {
    printError(io.err, baseName(file), parsed.error);
    return undefined;
  }
  return parsed.value;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the printable PDF report for a review file (.json)',
  synopsis: 'report <review.json> [--previous <older.json>] -o <report.pdf>',
  details: [
    'A4 pages: the cover, the index at a glance, the priorities and action plan, each section, and,',
    'with --previous, the change since that earlier review of the same partnership (↑ up, ↓ down, → same).',
  ].join('\n'),
  options: { ...OUTPUT_OPTION.options, previous: { type: 'string' } },
  optionHelp: [
    ...OUTPUT_OPTION.optionHelp,
    '    --previous <file>  an earlier review file of the same partnership to show the change since',
  ],
  required: OUTPUT_OPTION.required,
  positionals: { min: 1, max: 1 },
  async run({ positionals, values }, io) {
    const file = positionals[0]!;
    const previousFile = values.previous === undefined ? undefined : String(values.previous);
    // Both files are read before giving up, so one run lists every problem.
    const [bundle, previous] = await Promise.all([readBundle(file, io), previousFile === undefined ? null : readBundle(previousFile, io)]);
    if (!bundle || previous === undefined) return EXIT.failed;
    if (previous && previous.partnership.id !== bundle.partnership.id) {
      io.err(
        `${baseName(previousFile!)}: a review of “${previous.partnership.name}”, not of “${bundle.partnership.name}”; give an earlier review of the same partnership`,
      );
      return EXIT.failed;
    }
    if (previous && previous.review.id === bundle.review.id) {
      io.err(`${baseName(previousFile!)}: the same review as ${baseName(file)}; give an earlier review`);
      return EXIT.failed;
    }
    const { findInstrument } = await import('@shared/instrument/catalogue.ts');
    const instrument = findInstrument(bundle.review.instrument.id, bundle.review.instrument.version);
    if (!instrument) {
      io.err(`${baseName(file)}: made with form version ${bundle.review.instrument.version}, which this version of the app does not know`);
      return EXIT.failed;
    }
    // pdfmake loads only now, so --help and usage errors answer at once.
    const { renderReport } = await import('@shared/report/index.ts');
    const pdf = await renderReport(
      { partnership: bundle.partnership, review: bundle.review, instrument, earlier: previous ? [previous.review] : [] },
      // Always run bundled (dist-electron/cli.cjs, CommonJS), so __filename is this checkout's.
      await readReportFonts(__filename),
    );
    const output = String(values.output);
    const inputs = previousFile === undefined ? [file] : [file, previousFile];
    const written = await writeOutput(output, pdf, { inputs, force: values.force === true });
    if (!written.ok) {
      printError(io.err, baseName(output), written.error);
      return EXIT.failed;
    }
    io.out(`Wrote the report to ${output}`);
    return EXIT.ok;
  },
};
