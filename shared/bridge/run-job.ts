import type { Clock } from '../clock.ts';
import type { FileKindName } from '../files/kinds.ts';
import { messageOf } from '../message.ts';
import { err, ok, type AppError, type Result } from '../result.ts';
import type { OutputOf, ParsedInputOf, SaveOutcome } from './contract.ts';
import type { Decode, Encode } from './codecs.ts';
import type { Encoded } from './encoders.ts';
import { jobs, suggestedName, type FileChannel, type OpenJob, type SaveJob } from './jobs.ts';

/** A file the person picked, read within its kind's limit. */
export interface PickedFile {
  /** The base name, for messages. */
  fileName: string;
  bytes: Uint8Array;
}

/**
 * What a shell brings to run the job table: its two file primitives and how it runs writers and readers. Cancelling
 * a dialog is `null`, never an error.
 */
export interface FileShell {
  clock: Clock;
  encode: Encode;
  /** Runs a reader contained (a worker); untrusted bytes are never parsed where the app's state lives. */
  decode: Decode;
  /** Ask where to save (suggesting `fileName`), then write what `data` makes: atomically, or as a download. */
  save(request: { kind: FileKindName; title: string; fileName: string }, data: () => Promise<Encoded>): Promise<Result<SaveOutcome>>;
  /** Ask which file to open, then read it, refusing one larger than its kind's `maxReadBytes` before reading it. */
  open(request: { kind: FileKindName; title: string }): Promise<Result<PickedFile | null>>;
  /**
   * Ask which files to open (any number), then read each within its kind's limit: a file too large or unreadable is
   * that file's error, never the whole batch's. A shell without it answers jobs that open many files "unsupported".
   */
  openMany?(request: { kind: FileKindName; title: string }): Promise<Result<Result<PickedFile, AppError & { fileName: string }>[] | null>>;
}

/** Runs one file channel's job; anything thrown becomes an error value naming what failed. */
export async function runFileJob<C extends FileChannel>(
  channel: C,
  input: ParsedInputOf<C>,
  shell: FileShell,
): Promise<Result<OutputOf<C>>> {
  const job = jobs[channel];
  try {
    const answer = job.action === 'save' ? await save(job as SaveJob<C>, input, shell) : await open(job as OpenJob<C>, shell);
    return answer as Result<OutputOf<C>>;
  } catch (error) {
    return err(`${job.action}-failed`, `${job.title} failed: ${messageOf(error)}`);
  }
}

async function save<C extends FileChannel>(job: SaveJob<C>, input: ParsedInputOf<C>, shell: FileShell): Promise<Result<SaveOutcome>> {
  const request = { kind: job.kind, title: job.title, fileName: await suggestedName(job, input, shell.clock) };
  // Encoded only once the person has chosen where, so cancelling costs nothing.
  return shell.save(request, () => shell.encode(job.encoder, input as never, { now: shell.clock.now() }));
}

async function open<C extends FileChannel>(
  job: OpenJob<C>,
  shell: FileShell,
): Promise<Result<{ status: 'opened'; value: unknown } | { status: 'cancelled' }>> {
  if (job.many) return openMany(job, shell);
  const picked = await shell.open({ kind: job.kind, title: job.title });
  if (!picked.ok) return picked;
  if (!picked.value) return ok({ status: 'cancelled' });
  const decoded = await shell.decode(job.decoder, picked.value.bytes, { fileName: picked.value.fileName, now: shell.clock.now() });
  return decoded.ok ? ok({ status: 'opened', value: decoded.value }) : decoded;
}

/** Each file decoded on its own, one after another (one contained worker at a time); one bad file blocks nothing. */
async function openMany<C extends FileChannel>(
  job: OpenJob<C>,
  shell: FileShell,
): Promise<Result<{ status: 'opened'; value: unknown[] } | { status: 'cancelled' }>> {
  if (!shell.openMany) return err('unsupported', `${job.title} is not available here yet.`);
  const picked = await shell.openMany({ kind: job.kind, title: job.title });
  if (!picked.ok) return picked;
  if (!picked.value) return ok({ status: 'cancelled' });
  const results: unknown[] = [];
  for (const file of picked.value) {
    if (!file.ok) {
      results.push(file);
      continue;
    }
    const { fileName, bytes } = file.value;
    const decoded = await shell.decode(job.decoder, bytes, { fileName, now: shell.clock.now() });
    results.push(decoded.ok ? decoded : { ok: false, error: { ...decoded.error, fileName } });
  }
  return ok({ status: 'opened', value: results });
}
