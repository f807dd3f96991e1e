import { ImportedWorkbookSchema } from '@shared/bridge/contract.ts';
import { LibrarySnapshotSchema, ReviewBundleSchema } from '@shared/files/bundle.ts';
import { findInstrument } from '@shared/instrument/catalogue.ts';
import { conformanceProblems } from '@shared/model/conformance.ts';
import type { Review } from '@shared/model/review.ts';
import type { AppError, Result } from '@shared/result.ts';
import { HANG_LIMIT_MS, WALL_LIMIT_FACTOR } from './config.ts';

/**
 * The one rule every fuzz case is judged by: the import answers (no throw, no hang) with either a valid value or an
 * error a person can act on.
 */

export class FuzzFailure extends Error {}

/**
 * Races the import against the hang limit; also fails a synchronous stall that blocked the timer itself. CPU time
 * decides (a slow machine stretches wall time, not the work done); wall time only catches a promise that never settles.
 */
export async function withinLimit<T>(what: string, run: () => Promise<T> | T, limitMs = HANG_LIMIT_MS): Promise<T> {
  const cpuAtStart = process.cpuUsage();
  const wallLimitMs = limitMs * WALL_LIMIT_FACTOR;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FuzzFailure(`hang: ${what} did not answer within ${wallLimitMs} ms of wall time`)), wallLimitMs);
  });
  try {
    const value = await Promise.race([Promise.resolve().then(run), hang]);
    const used = process.cpuUsage(cpuAtStart);
    const cpuMs = (used.user + used.system) / 1000;
    if (cpuMs > limitMs) throw new FuzzFailure(`hang: ${what} used ${Math.round(cpuMs)} ms of CPU (limit ${limitMs} ms)`);
    return value;
  } finally {
    clearTimeout(timer);
  }
}

/** A short, plain sentence: no leaked object dumps, no stack traces, no megabytes of echoed input. */
function checkMessage(text: unknown, what: string): void {
  if (typeof text !== 'string' || text.trim() === '') throw new FuzzFailure(`${what} is empty`);
  if (/\[object Object\]|\n\s+at /.test(text)) throw new FuzzFailure(`${what} is not clear: ${text.slice(0, 300)}`);
  if (text.length > 2_000) throw new FuzzFailure(`${what} is ${text.length} characters long: ${text.slice(0, 200)}…`);
}

export function checkError(error: AppError): void {
  if (typeof error.code !== 'string' || !/^[a-z][a-z-]*$/.test(error.code))
    throw new FuzzFailure(`error code ${JSON.stringify(error.code)} is not a code`);
  checkMessage(error.message, `the ${error.code} message`);
  if (error.problems !== undefined) {
    if (!Array.isArray(error.problems)) throw new FuzzFailure('problems is not a list');
    for (const p of error.problems) {
      checkMessage(p.where, `the "where" of a ${error.code} problem`);
      checkMessage(p.message, `a ${error.code} problem at ${p.where}`);
    }
  }
  if (/^invalid-/.test(error.code) && !(error.problems && error.problems.length > 0)) {
    throw new FuzzFailure(`${error.code} names no problem (where + message)`);
  }
}

function checkConforms(review: Review, where: string): void {
  const instrument = findInstrument(review.instrument.id, review.instrument.version);
  if (!instrument)
    throw new FuzzFailure(`${where} was accepted with an unknown form ${review.instrument.id} v${review.instrument.version}`);
  const problems = conformanceProblems(review, instrument, where);
  if (problems.length > 0)
    throw new FuzzFailure(`${where} was accepted but does not match its form: ${problems[0]!.where}: ${problems[0]!.message}`);
}

export type Outcome = { kind: 'valid' } | { kind: 'error'; code: string };

function judge<T>(result: Result<T>, validate: (value: T) => void): Outcome {
  if (result === null || typeof result !== 'object' || typeof result.ok !== 'boolean')
    throw new FuzzFailure(`not a Result: ${String(result)}`);
  if (!result.ok) {
    checkError(result.error);
    return { kind: 'error', code: result.error.code };
  }
  validate(result.value);
  return { kind: 'valid' };
}

export function judgeWorkbook(result: Result<unknown>): Outcome {
  return judge(result, (value) => {
    const parsed = ImportedWorkbookSchema.safeParse(value);
    if (!parsed.success) throw new FuzzFailure(`an accepted workbook gave an invalid review: ${parsed.error.issues[0]?.message}`);
    checkConforms(parsed.data.bundle.review, 'review');
    for (const w of parsed.data.warnings) checkMessage(w.message, `a warning at ${w.where}`);
  });
}

export function judgeReviewFile(result: Result<unknown>): Outcome {
  return judge(result, (value) => {
    const parsed = ReviewBundleSchema.safeParse(value);
    if (!parsed.success) throw new FuzzFailure(`an accepted review file gave an invalid review: ${parsed.error.issues[0]?.message}`);
    checkConforms(parsed.data.review, 'review');
  });
}

export function judgeLibraryFile(result: Result<unknown>): Outcome {
  return judge(result, (value) => {
    const parsed = LibrarySnapshotSchema.safeParse(value);
    if (!parsed.success) throw new FuzzFailure(`an accepted library gave an invalid snapshot: ${parsed.error.issues[0]?.message}`);
    const ids = new Set(parsed.data.partnerships.map((p) => p.id));
    parsed.data.reviews.forEach((r, i) => {
      if (!ids.has(r.partnershipId)) throw new FuzzFailure(`an accepted library has review ${i} without its partnership`);
      checkConforms(r, `reviews[${i}]`);
    });
  });
}

/** Import functions return values and never write: not even into the bytes they were handed. */
export function digest(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < bytes.length; i += 1) {
    h1 = Math.imul(h1 ^ bytes[i]!, 16777619);
    h2 = Math.imul(h2 + bytes[i]!, 2246822507);
  }
  return `${bytes.length}:${(h1 >>> 0).toString(16)}:${(h2 >>> 0).toString(16)}`;
}
