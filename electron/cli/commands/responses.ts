import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeUtf8 } from '@shared/bridge/decoders.ts';
import { localDayOf } from '@shared/clock.ts';
import type { FormToSend } from '@shared/excel/response-form/batch.ts';
import { LIMITS } from '@shared/model/fields.ts';
import type { Problem, Result } from '@shared/result.ts';
import { err, ok } from '@shared/result.ts';
import { EXIT, type Command } from '../command.ts';
import { baseName, printError, readInput, writeOutput } from '../file-access.ts';
import { describeError, readFileLimited } from '../../node/files.ts';
import { checkTarget } from '../../node/targets.ts';

/** A names file is a list of people, one a line: far below this even at the respondent limit. */
const MAX_NAMES_BYTES = 1024 * 1024;

/** "Name, Organisation" per line (the organisation optional); blank lines are skipped. */
export function parseNames(text: string, fileName: string): Result<Pick<FormToSend, 'name' | 'organisation'>[]> {
  const people: Pick<FormToSend, 'name' | 'organisation'>[] = [];
  const problems: Problem[] = [];
  text.split(/\r\n?|\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const comma = line.indexOf(',');
    const name = (comma < 0 ? line : line.slice(0, comma)).trim();
    const organisation = comma < 0 ? '' : line.slice(comma + 1).trim();
    const where = `${fileName}:${i + 1}`;
    if (name.length > LIMITS.shortText || organisation.length > LIMITS.shortText)
      problems.push({ where, message: `longer than ${LIMITS.shortText} characters` });
    else people.push({ name, organisation });
  });
  if (people.length === 0 && problems.length === 0)
    problems.push({ where: fileName, message: 'no names in it (one "Name, Organisation" a line)' });
  if (people.length > LIMITS.respondents)
    problems.push({ where: fileName, message: `${people.length} names; a review holds at most ${LIMITS.respondents} respondents` });
  return problems.length > 0 ? err('invalid-names', `${fileName} cannot be used`, problems) : ok(people);
}

export const responsesCommand: Command = {
  name: 'responses',
  summary: 'write one response form (.xlsx) per respondent of a review file, into a folder',
  synopsis: 'responses <review.json> (--names <names.txt> | --count <n>) -o <folder>',
  details: [
    'Each form is the blank form for one respondent: it names the partnership and review, asks for the',
    'respondent’s name, organisation and role at the top of its Introduction (filled in from --names), and',
    'carries the review’s id and its own form id, so "collect" knows where it belongs and whether it came back',
    'before. --names: a text file with one "Name, Organisation" a line; --count: that many anonymous copies.',
    'Nothing is written unless every form can be; a form already in the folder is not replaced without --force.',
  ].join('\n'),
  options: { output: { type: 'string', short: 'o' }, names: { type: 'string' }, count: { type: 'string' }, force: { type: 'boolean' } },
  optionHelp: [
    '-o, --output <folder>  the folder to write the forms into (made if missing)',
    '    --names <file>     one "Name, Organisation" a line: one form each, prefilled',
    '    --count <n>        n anonymous copies (1 to 200), the respondent fills in who they are',
    '    --force            replace forms of the same name already in the folder',
  ],
  positionals: { min: 1, max: 1 },
  required: ['output'],
  async run({ positionals, values }, io) {
    const file = positionals[0]!;
    const folder = String(values.output);
    if ((values.names === undefined) === (values.count === undefined)) {
      io.err('partnership-review responses: give either --names <names.txt> or --count <n>');
      return EXIT.usage;
    }
    let people: Pick<FormToSend, 'name' | 'organisation'>[];
    if (values.count !== undefined) {
      const count = Number(values.count);
      if (!Number.isInteger(count) || count < 1 || count > LIMITS.respondents) {
        io.err(`partnership-review responses: --count "${String(values.count)}" must be a whole number from 1 to ${LIMITS.respondents}`);
        return EXIT.usage;
      }
      people = Array.from({ length: count }, () => ({ name: '', organisation: '' }));
    } else {
      const namesFile = String(values.names);
      const bytes = await readFileLimited(namesFile, MAX_NAMES_BYTES);
      const text = bytes.ok ? decodeUtf8(bytes.value, baseName(namesFile)) : bytes;
      const parsed = text.ok ? parseNames(text.value, baseName(namesFile)) : text;
      if (!parsed.ok) {
        printError(io.err, baseName(namesFile), parsed.error);
        return EXIT.failed;
      }
      people = parsed.value;
    }

    const input = await readInput(file, 'reviewFile');
    const bundle = input.ok ? await io.decode('reviewFile', input.value, { fileName: baseName(file), now: io.now() }) : input;
    if (!bundle.ok) {
      printError(io.err, baseName(file), bundle.error);
      return EXIT.failed;
    }

    const made = await fs.mkdir(folder, { recursive: true }).then(
      () => fs.stat(folder),
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
    if (made instanceof Error || !made.isDirectory()) {
      io.err(`${folder}: ${made instanceof Error ? describeError(made) : 'is not a folder'}; give a folder for the forms`);
      return EXIT.failed;
    }
    const { exportResponseForms } = await import('@shared/excel/response-form/index.ts');
    const forms = await exportResponseForms(
      bundle.value,
      people.map((p) => ({ ...p, formId: randomUUID() })),
      localDayOf(new Date(io.now())),
    );
    // Every target is checked before any is written, so a refusal leaves the folder as it was.
    for (const form of forms) {
      const target = path.join(folder, form.fileName);
      const exists = await fs.lstat(target).then(
        () => true,
        () => false,
      );
      if (exists && values.force !== true) {
        io.err(`${target}: a form of that name is already there; give --force to replace it, or another folder`);
        return EXIT.failed;
      }
      const safe = await checkTarget(target, [file], { force: values.force === true });
      if (!safe.ok) {
        printError(io.err, baseName(target), safe.error);
        return EXIT.failed;
      }
    }
    const written: string[] = [];
    for (const form of forms) {
      const target = path.join(folder, form.fileName);
      const saved = await writeOutput(target, form.bytes, { inputs: [file], force: values.force === true });
      if (!saved.ok) {
        printError(io.err, baseName(target), saved.error);
        // Nothing half-done: the forms this run wrote go again (each was written whole, atomically).
        await Promise.all(written.map((w) => fs.unlink(w).catch(() => undefined)));
        return EXIT.failed;
      }
      written.push(target);
    }
    const { partnership, review } = bundle.value;
    io.out(`Wrote ${forms.length} response form${forms.length === 1 ? '' : 's'} for “${review.title}” (${partnership.name}) to ${folder}`);
    for (const form of forms) io.out(`  ${form.fileName}`);
    return EXIT.ok;
  },
};
