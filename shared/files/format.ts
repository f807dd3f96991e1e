import { issuePath, z } from '../zod.ts';
import { allInstruments, findInstrument } from '../instrument/catalogue.ts';
import { conformanceProblems } from '../model/conformance.ts';
import { fileKinds } from './kinds.ts';
import type { Review } from '../model/review.ts';
import { err, ok, type Problem, type Result } from '../result.ts';
import { messageOf } from '../message.ts';
import { upgradePartnershipRecord, upgradeReviewRecord } from '../model/upgrade.ts';

/**
 * The envelope shared by the portable JSON files: a format name, a format version this app can refuse when it is
 * newer, and when it was saved. Problems name the JSON path so a person (or a script) can find the bad value.
 */
export const FILE_FORMAT_VERSION = 3;
/** Format 1 reviews predate respondents and agreed ratings; they are read as today's shape (model/upgrade.ts). */
const FIRST_WITH_RESPONDENTS = 2;
/** Format 1–2 partnerships predate the review interval; they are read as reviewed once a year. */
const FIRST_WITH_REVIEW_INTERVAL = 3;
export type FileFormat = 'partnership-review/review' | 'partnership-review/library';
const FORMAT_NAMES: Record<FileFormat, string> = {
  'partnership-review/review': 'a Partnership Review review file',
  'partnership-review/library': 'a Partnership Review library backup',
};

/** JSON.parse of a hostile file can exhaust memory; no honest file comes near its kind's limit (kinds.ts). */
export const FILE_LIMITS: Record<FileFormat, number> = {
  'partnership-review/review': fileKinds.reviewFile.maxReadBytes,
  'partnership-review/library': fileKinds.library.maxReadBytes,
};

export function serializeFile(format: FileFormat, now: string, body: Record<string, unknown>): string {
  return `${JSON.stringify({ format, formatVersion: FILE_FORMAT_VERSION, savedAt: now, ...body }, null, 2)}\n`;
}

const Envelope = z.looseObject({ format: z.string(), formatVersion: z.number(), savedAt: z.string() });

/** Checks the envelope and hands back the rest; every refusal says what the file is and what to do. */
export function parseEnvelope(text: string, fileName: string, expected: FileFormat): Result<Record<string, unknown>> {
  if (text.length > FILE_LIMITS[expected]) {
    return err('too-large', `${fileName} is too large to be ${FORMAT_NAMES[expected]}.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err('not-json', `${fileName} is not ${FORMAT_NAMES[expected]}: it is not valid JSON (${messageOf(e)}).`);
  }
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) {
    return err(
      'wrong-format',
      `${fileName} is not ${FORMAT_NAMES[expected]}: it has no format, formatVersion and savedAt.`,
      issuesToProblems(envelope.error.issues),
    );
  }
  const { format, formatVersion } = envelope.data;
  if (format !== expected) {
    const what = format in FORMAT_NAMES ? FORMAT_NAMES[format as FileFormat] : `a "${format}" file`;
    return err('wrong-format', `${fileName} is ${what}, not ${FORMAT_NAMES[expected]}.`);
  }
  if (!Number.isInteger(formatVersion) || formatVersion < 1) {
    return err('wrong-format', `${fileName} has an invalid formatVersion (${formatVersion}).`, [
      { where: 'formatVersion', message: 'must be a whole number from 1' },
    ]);
  }
  if (formatVersion > FILE_FORMAT_VERSION) {
    return err(
      'newer-format',
      `${fileName} was saved by a newer version of Partnership Review (file format ${formatVersion}; this app reads up to ${FILE_FORMAT_VERSION}). Update the app to open it.`,
    );
  }
  const { format: _f, formatVersion: _v, savedAt: _s, ...body } = envelope.data;
  return ok(formatVersion < FIRST_WITH_REVIEW_INTERVAL ? upgradeBody(body, formatVersion) : body);
}

function upgradeBody(body: Record<string, unknown>, formatVersion: number): Record<string, unknown> {
  const upgraded = { ...body };
  if (formatVersion < FIRST_WITH_RESPONDENTS) {
    if ('review' in body) upgraded.review = upgradeReviewRecord(body.review);
    if (Array.isArray(body.reviews)) upgraded.reviews = body.reviews.map(upgradeReviewRecord);
  }
  if ('partnership' in body) upgraded.partnership = upgradePartnershipRecord(body.partnership);
  if (Array.isArray(body.partnerships)) upgraded.partnerships = body.partnerships.map(upgradePartnershipRecord);
  return upgraded;
}

export function issuesToProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((i) => ({ where: issuePath(i.path, '(top level)'), message: i.message }));
}

/** A review must be of a form this app knows and use only that form's benchmarks, sections and factors. */
export function reviewFormProblems(review: Review, where: string): Problem[] {
  const instrument = findInstrument(review.instrument.id, review.instrument.version);
  if (instrument) return conformanceProblems(review, instrument, where);
  const newest = Math.max(
    0,
    ...allInstruments()
      .filter((i) => i.id === review.instrument.id)
      .map((i) => i.version),
  );
  const message =
    newest > 0 && review.instrument.version > newest
      ? `made with version ${review.instrument.version} of the form; this app knows up to version ${newest}: update the app`
      : `made with a form this app does not know (${review.instrument.id} version ${review.instrument.version})`;
  return [{ where: `${where}.instrument`, message }];
}
