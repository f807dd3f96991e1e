import type { Bridge } from '@shared/bridge/contract.ts';
import type { Decode, Encode } from '@shared/bridge/codecs.ts';
import { fileChannels, type FileChannel, type ShellChannel } from '@shared/bridge/jobs.ts';
import { LIBRARY_FILE_LABELS } from '@shared/bridge/menu.ts';
import type { FileShell, PickedFile } from '@shared/bridge/run-job.ts';
import { systemClock, type Clock } from '@shared/clock.ts';
import { fileKinds, tooLargeError, type FileKindName } from '@shared/files/kinds.ts';
import { err, ok, type AppError, type Result } from '@shared/result.ts';
import { version } from '../../../package.json';
import { download, pickFiles } from './file-io.ts';

export interface BrowserBridgeOptions {
  clock?: Clock;
  /** How opened files are decoded; by default in a Web Worker with a time limit. */
  decode?: Decode;
  /** Where an opened file comes from: a file chooser, or (drop/) the files dropped on the window. */
  pick?: typeof pickFiles;
}

/** The browser's two file primitives: a download to save, a file input to open, read within the kind's limit. */
function browserShell(clock: Clock, decode: Decode, pick: typeof pickFiles): FileShell {
  return {
    clock,
    encode: lazyEncode,
    decode,
    async save({ kind, fileName }, data) {
      download(await data(), fileName, fileKinds[kind].mime);
      return ok({ status: 'saved', name: fileName });
    },
    async open(request) {
      const file = (await pick(accepts(request.kind), false))?.[0];
      return file ? read(file, request.kind) : ok(null);
    },
    async openMany(request) {
      const files = await pick(accepts(request.kind));
      // Each file is read on its own: one too large is that file's error, never the batch's.
      return ok(files && (await Promise.all(files.map(async (f) => withName(f.name, await read(f, request.kind))))));
    },
  };
}

const accepts = (name: FileKindName) => [...fileKinds[name].opens.map((extension) => `.${extension}`), fileKinds[name].mime].join(',');

/** A picked file's bytes, refusing one larger than its kind's limit before reading it. */
async function read(file: File, name: FileKindName): Promise<Result<PickedFile>> {
  const limit = fileKinds[name].maxReadBytes;
  if (limit !== null && file.size > limit) return tooLargeError(file.name, limit);
  return ok({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
}

const withName = <T>(fileName: string, result: Result<T>): Result<T, AppError & { fileName: string }> =>
  result.ok ? result : { ok: false, error: { ...result.error, fileName } };

/** The writers (and the job runner below) are loaded on the first file command, keeping them out of start-up. */
const lazyEncode = (async (name, input, ctx) => (await import('@shared/bridge/codecs.ts')).runEncoder(name, input, ctx)) as Encode;

/** The worker and its client are loaded when the first file is opened, keeping them out of the start-up bundle. */
export function lazyWorkerDecoder(): Decode {
  let started: Promise<Decode> | undefined;
  return async (name, bytes, ctx) => {
    started ??= import('./worker-decoder.ts').then(({ workerDecoder, startDecodeWorker }) => workerDecoder(startDecodeWorker));
    return (await started)(name, bytes, ctx);
  };
}

/** Every file channel from the job table, then the two the browser answers itself. */
export function browserBridge(options: BrowserBridgeOptions = {}): Bridge {
  const clock = options.clock ?? systemClock;
  // The worker starts on the first file opened, not with the page.
  const decode = options.decode ?? lazyWorkerDecoder();
  const shell = browserShell(clock, decode, options.pick ?? pickFiles);
  const files = Object.fromEntries(
    fileChannels.map((channel) => [
      channel,
      async (input: unknown) => {
        // Loaded on the first file command: what checks and runs a job is not needed to draw the first page.
        const [{ callChecked }, { runFileJob }] = await Promise.all([
          import('@shared/bridge/checked.ts'),
          import('@shared/bridge/run-job.ts'),
        ]);
        return callChecked(channel, input, (valid) => runFileJob(channel, valid, shell));
      },
    ]),
  ) as Pick<Bridge, FileChannel>;
  const own: Pick<Bridge, ShellChannel> = {
    'library:rollingBackup': async () =>
      err('unsupported', `Rolling backups are unsupported in the browser; use ${LIBRARY_FILE_LABELS.backup}.`),
    'app:info': async () =>
      ok({ version, platform: (typeof navigator === 'undefined' ? '' : navigator.platform) || 'web', shell: 'browser' as const }),
  };
  return { ...files, ...own };
}
