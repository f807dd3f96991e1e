import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ReviewBundle } from '@shared/files/bundle.ts';
import { LIMITS } from '@shared/model/fields.ts';
import type { Result } from '@shared/result.ts';
import { respondentLabel } from '@shared/respondents/anonymity.ts';
import {
  applyCollect,
  planCollect,
  TooManyRespondentsError,
  type CollectDecision,
  type ReturnedError,
  type ReturnedResponse,
} from '@shared/respondents/collect.ts';
import { EXIT, OUTPUT_OPTION, type Command } from '../command.ts';
import { baseName, printError, readInput, writeOutput } from '../file-access.ts';

export const collectCommand: Command = {
  name: 'collect',
  summary: 'add returned response forms (.xlsx) to a review file as its respondents',
  synopsis: 'collect <review.json> <response.xlsx> [more.xlsx ...] -o <review.json>',
  details: [
    'Each valid form becomes a respondent of the review; -o may be the review file itself. Collecting is',
    'idempotent: a form collected before (or two copies of one form) adds nothing, and a filled-in blank form',
    '(no form id) is recognised by what it says. A refused file is listed on standard error, one line per',
    'problem as "file: Sheet!Cell: message", and nothing of it is kept; the good files are collected all',
    'the same, and the exit status is 1. A changed re-submission of a form already collected, and a form',
    'sent out for another review, are refused too unless you accept them with the options below.',
  ].join('\n'),
  options: { ...OUTPUT_OPTION.options, 'replace-changed': { type: 'boolean' }, 'accept-other-review': { type: 'boolean' } },
  optionHelp: [
    ...OUTPUT_OPTION.optionHelp,
    '    --replace-changed      replace a respondent by the changed re-submission of their form',
    '    --accept-other-review  add forms that were sent out for another review',
  ],
  positionals: { min: 2, max: 2 * LIMITS.respondents + 1 },
  required: ['output'],
  async run({ positionals, values }, io) {
    const [file, ...forms] = positionals as [string, ...string[]];
    const now = io.now();
    const input = await readInput(file, 'reviewFile');
    const parsed = input.ok ? await io.decode('reviewFile', input.value, { fileName: baseName(file), now }) : input;
    if (!parsed.ok) {
      printError(io.err, baseName(file), parsed.error);
      return EXIT.failed;
    }
    const bundle: ReviewBundle = parsed.value;

    // One file at a time, each in its own contained worker: a hostile file ends only its own reading.
    const returned: Result<ReturnedResponse, ReturnedError>[] = [];
    for (const form of forms) {
      const fileName = baseName(form);
      const bytes = await readInput(form, 'workbook');
      const read = bytes.ok ? await io.decode('responseForm', bytes.value, { fileName, now }) : bytes;
      returned.push(read.ok ? read : { ok: false, error: { ...read.error, fileName } });
    }
    const plan = planCollect(bundle.review, returned, { newId: randomUUID, now });

    const accepted: CollectDecision[] = [];
    let refused = 0;
    const counts = { added: 0, replaced: 0, already: 0 };
    for (const decision of plan) {
      switch (decision.kind) {
        case 'add':
          accepted.push(decision);
          counts.added += 1;
          break;
        case 'already-in':
          counts.already += 1;
          io.out(
            `${decision.fileName}: already collected${decision.duplicateOf ? ` (the same form as ${decision.duplicateOf})` : ` (${respondentLabel(bundle.review, decision.index)})`}; nothing added`,
          );
          break;
        case 'changed':
          if (values['replace-changed'] === true) {
            accepted.push(decision);
            counts.replaced += 1;
            io.out(`${decision.fileName}: replaces ${respondentLabel(bundle.review, decision.index)}: ${decision.changes.join('; ')}`);
          } else {
            refused += 1;
            io.err(
              `${decision.fileName}: a changed re-submission of the form of ${respondentLabel(bundle.review, decision.index)} (${decision.changes.join('; ')}); not replaced — give --replace-changed to replace it`,
            );
          }
          break;
        case 'other-review':
          if (values['accept-other-review'] === true) {
            accepted.push(decision);
            counts.added += 1;
          } else {
            refused += 1;
            io.err(
              `${decision.fileName}: a response form sent out for another review (id ${decision.reviewId}), not for “${bundle.review.title}”; not added — give --accept-other-review to add it`,
            );
          }
          break;
        case 'refused':
          refused += 1;
          for (const p of decision.problems)
            io.err(p.where === decision.fileName ? `${p.where}: ${p.message}` : `${decision.fileName}: ${p.where}: ${p.message}`);
          break;
      }
    }

    let review;
    try {
      review = applyCollect(bundle.review, accepted);
    } catch (error) {
      if (!(error instanceof TooManyRespondentsError)) throw error;
      io.err(`${baseName(file)}: ${error.message}. Nothing was written.`);
      return EXIT.failed;
    }
    const output = String(values.output);
    const unchanged = review === bundle.review;
    if (unchanged && path.resolve(output) === path.resolve(file)) {
      io.out(`Nothing new to collect; ${output} is as it was`);
    } else {
      const { serializeReviewFile } = await import('@shared/files/review-file.ts');
      const collected = unchanged ? bundle : { ...bundle, review: { ...review, updatedAt: now } };
      // The review file is read whole above, so writing the result over it (atomically) is safe.
      const written = await writeOutput(output, serializeReviewFile(collected, now), { inputs: forms, force: values.force === true });
      if (!written.ok) {
        printError(io.err, baseName(output), written.error);
        return EXIT.failed;
      }
      io.out(
        `Collected into ${output}: ${counts.added} added, ${counts.replaced} replaced, ${counts.already} already in, ${refused} refused; the review has ${review.respondents.length} respondent${review.respondents.length === 1 ? '' : 's'}`,
      );
    }
    return refused > 0 ? EXIT.failed : EXIT.ok;
  },
};
