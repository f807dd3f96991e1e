import { systemClock } from '@shared/clock.ts';
import { CHANGE_LABELS } from '@shared/compare/change.ts';
import { compareReviews } from '@shared/compare/compare.ts';
import { MAX_COMPARED_REVIEWS } from '@shared/compare/limits.ts';
import type { ReviewBundle } from '@shared/files/bundle.ts';
import { IsoDate } from '@shared/model/review.ts';
import { EXIT, OUTPUT_OPTION, type Command } from '../command.ts';
import { baseName, printError, readInput, writeOutput } from '../file-access.ts';

export const compareCommand: Command = {
  name: 'compare',
  summary: 'write a comparison workbook (.xlsx) for two or more review files of one partnership',
  synopsis: 'compare <a.json> <b.json> [more.json ...] -o <comparison.xlsx>',
  details: [
    'The reviews are put in date order whatever order the files are given in. The workbook has an Overview,',
    'Benchmarks over time (benchmarks by reviews, with level colours and arrows: ↑ up, ↓ down, → same, • newly rated,',
    '✕ no longer rated), Section trends, Factors over time and the Action register.',
    'All the files must hold reviews of the same partnership, each review once.',
  ].join('\n'),
  options: { ...OUTPUT_OPTION.options, today: { type: 'string' } },
  optionHelp: [...OUTPUT_OPTION.optionHelp, '    --today <date>   judge overdue actions on this day, yyyy-mm-dd (default: today)'],
  positionals: { min: 2, max: MAX_COMPARED_REVIEWS },
  required: ['output'],
  async run({ positionals, values }, io) {
    // The local calendar day, which is what "overdue" means to the person running the command.
    const today = values.today === undefined ? systemClock.today() : String(values.today);
    if (!IsoDate.safeParse(today).success) {
      io.err(`partnership-review compare: --today "${today}" is not a date; write it as yyyy-mm-dd`);
      return EXIT.usage;
    }
    const bundles: { file: string; bundle: ReviewBundle }[] = [];
    let failed = false;
    // Every file is checked before giving up, so one run lists every problem.
    for (const file of positionals) {
      const input = await readInput(file, 'reviewFile');
      const parsed = input.ok ? await io.decode('reviewFile', input.value, { fileName: baseName(file), now: io.now() }) : input;
      if (!parsed.ok) {
        printError(io.err, baseName(file), parsed.error);
        failed = true;
        continue;
      }
      bundles.push({ file, bundle: parsed.value });
    }
    if (failed) return EXIT.failed;

    const first = bundles[0]!;
    const stranger = bundles.find((b) => b.bundle.partnership.id !== first.bundle.partnership.id);
    if (stranger) {
      const [a, b] = [first, stranger].map((x) => x.bundle.partnership.name.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' '));
      io.err(
        a === b
          ? // Same name, different records: typically each was imported from a workbook on its own.
            `${baseName(stranger.file)} and ${baseName(first.file)} both name “${first.bundle.partnership.name}”, but as two different partnership records (made separately, e.g. each imported from its own workbook), so they are not compared. To join them, import the workbook again filed under the other file's partnership: partnership-review import <workbook.xlsx> --partnership ${baseName(first.file)} -o <review.json>`
          : `${baseName(stranger.file)}: a review of “${stranger.bundle.partnership.name}”, not of “${first.bundle.partnership.name}” like ${baseName(first.file)}; compare reviews of one partnership`,
      );
      return EXIT.failed;
    }
    const seen = new Map<string, string>();
    for (const { file, bundle } of bundles) {
      const earlier = seen.get(bundle.review.id);
      if (earlier) {
        io.err(`${baseName(file)}: the same review as ${baseName(earlier)} (“${bundle.review.title}”); give each review once`);
        return EXIT.failed;
      }
      seen.set(bundle.review.id, file);
    }

    // Copies of one partnership travel in every file; the most recently edited copy names it.
    const partnership = bundles.map((b) => b.bundle.partnership).reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
    const reviews = bundles.map((b) => b.bundle.review);
    const output = String(values.output);
    // Loaded here, not at the top, so that --help and usage errors answer without parsing ExcelJS.
    const { exportComparisonWorkbook } = await import('@shared/excel/index.ts');
    const written = await writeOutput(output, await exportComparisonWorkbook(partnership, reviews, { today }), {
      inputs: positionals,
      force: values.force === true,
    });
    if (!written.ok) {
      printError(io.err, baseName(output), written.error);
      return EXIT.failed;
    }
    const comparison = compareReviews(reviews);
    io.out(`Compared ${reviews.length} reviews of “${partnership.name}” and wrote the workbook to ${output}`);
    comparison.columns.slice(1).forEach((c, i) => {
      const before = comparison.columns[i]!;
      const moves = (['up', 'down', 'same', 'new', 'gone'] as const).map((k) => `${c.changes[k]} ${CHANGE_LABELS[k]}`).join(', ');
      io.out(`  ${before.title} (${before.date}) → ${c.title} (${c.date}): ${moves}`);
    });
    if (comparison.partial.length > 0) {
      io.out(`  In only some of the form versions: ${comparison.partial.map((p) => p.number).join(', ')}`);
    }
    return EXIT.ok;
  },
};
