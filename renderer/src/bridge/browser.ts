import type { Bridge } from '@shared/bridge/contract.ts';
import type { Decode, Encode } from '@shared/bridge/codecs.ts';
import { fileChannels, type FileChannel, type ShellChannel } from '@shared/bridge/jobs.ts';
import type { FileShell } from '@shared/bridge/run-job.ts';
import { systemClock, type Clock } from '@shared/clock.ts';
import { fileKinds, tooLargeError } from '@shared/files/kinds.ts';
import { err, ok } from '@shared/result.ts';
import { version } from '../../../package.json';
import { download, pickFile } from './file-io.ts';

export interface BrowserBridgeOptions {
  clock?: Clock;
  /** How opened files are decoded; by default in a Web Worker with a time limit. */
  decode?: Decode;
}

/** The browser's two file primitives: a download to save, a file input to open, read within the kind's limit. */
function browserShell(clock: Clock, decode: Decode): FileShell {
  return {
    clock,
    encode: lazyEncode,
    decode,
    async save({ kind, fileName }, data) {
      download(await data(), fileName, fileKinds[kind].mime);
      return ok({ status: 'saved', name: fileName });
    },
    async open(request) {
      const kind = fileKinds[request.kind];
      const file = await pickFile([...kind.opens.map((extension) => `.${extension}`), kind.mime].join(','));
      if (!file) return ok(null);
      if (kind.maxReadBytes !== null && file.size > kind.maxReadBytes) return tooLargeError(file.name, kind.maxReadBytes);
      return ok({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    },
  };
}

/** The writers (and the job runner below) are loaded on the first file command, keeping them out of start-up. */
const lazyEncode = (async (name, input, ctx) => (await import('@shared/bridge/codecs.ts')).runEncoder(name, input, ctx)) as Encode;

/** The worker and its client are loaded when the first file is opened, keeping them out of the start-up bundle. */
function lazyWorkerDecoder(): Decode {
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
  const shell = browserShell(clock, decode);
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
    'library:rollingBackup': async () => err('unsupported', 'Rolling backups are unsupported in the browser; use Back up library.'),
    'app:info': async () =>
      ok({ version, platform: (typeof navigator === 'undefined' ? '' : navigator.platform) || 'web', shell: 'browser' as const }),
  };
  return { ...files, ...own };
}
