import { callChecked } from '../../../shared/bridge/checked.ts';
import type { Bridge } from '../../../shared/bridge/contract.ts';
import { runEncoder, type Decode } from '../../../shared/bridge/codecs.ts';
import { fileChannels, type FileChannel, type ShellChannel } from '../../../shared/bridge/jobs.ts';
import { runFileJob, type FileShell } from '../../../shared/bridge/run-job.ts';
import { systemClock, type Clock } from '../../../shared/clock.ts';
import { fileKinds, tooLargeError } from '../../../shared/files/kinds.ts';
import { err, ok } from '../../../shared/result.ts';
import { version } from '../../../package.json';
import { download, pickFile } from './file-io.ts';
import { startDecodeWorker, workerDecoder } from './worker-decoder.ts';

export interface BrowserBridgeOptions {
  clock?: Clock;
  /** How opened files are decoded; by default in a Web Worker with a time limit. */
  decode?: Decode;
}

/** The browser's two file primitives: a download to save, a file input to open, read within the kind's limit. */
function browserShell(clock: Clock, decode: Decode): FileShell {
  return {
    clock,
    encode: runEncoder,
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

/** Every file channel from the job table, then the two the browser answers itself. */
export function browserBridge(options: BrowserBridgeOptions = {}): Bridge {
  const clock = options.clock ?? systemClock;
  // The worker starts on the first file opened, not with the page.
  const decode = options.decode ?? workerDecoder(startDecodeWorker);
  const shell = browserShell(clock, decode);
  const files = Object.fromEntries(
    fileChannels.map((channel) => [channel, (input: unknown) => callChecked(channel, input, (valid) => runFileJob(channel, valid, shell))]),
  ) as Pick<Bridge, FileChannel>;
  const own: Pick<Bridge, ShellChannel> = {
    'library:rollingBackup': async () => err('unsupported', 'Rolling backups are unsupported in the browser; use Back up library.'),
    'app:info': async () =>
      ok({ version, platform: (typeof navigator === 'undefined' ? '' : navigator.platform) || 'web', shell: 'browser' as const }),
  };
  return { ...files, ...own };
}
