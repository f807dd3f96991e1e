import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import type { Clock } from '@shared/clock.ts';
import type { Decode, Encode } from '@shared/bridge/codecs.ts';
import { fileChannels, type FileChannel } from '@shared/bridge/jobs.ts';
import { runFileJob, type FileShell } from '@shared/bridge/run-job.ts';
import { err, ok } from '@shared/result.ts';
import { askWhereToSave, askWhichToOpen, askWhichToOpenMany, describe, dialogFilters, readFileLimited, saveBytes } from './files.ts';
import type { CallContext, Handlers } from './ipc.ts';
import { writeRollingBackup } from './rolling-backup.ts';

export interface HandlerDeps {
  clock: Clock;
  /** Runs a registered writer; loaded on first use so that ExcelJS is not parsed while the window opens. */
  encode: Encode;
  /** Runs a registered reader of untrusted bytes, contained (a worker thread), with a time limit. */
  decode: Decode;
  backupsFolder: () => string;
}

/** The desktop's two file primitives: native dialogs parented to the asking window, atomic writes, limited reads. */
function desktopShell(deps: HandlerDeps, context: CallContext): FileShell {
  const parent = () => BrowserWindow.fromWebContents(context.sender);
  return {
    clock: deps.clock,
    encode: deps.encode,
    decode: deps.decode,
    async save({ kind, title, fileName }, data) {
      const target = await askWhereToSave(parent(), title, fileName, dialogFilters(kind));
      if (!target) return ok({ status: 'cancelled' });
      return saveBytes(target, await data());
    },
    async open({ kind, title }) {
      const source = await askWhichToOpen(parent(), title, dialogFilters(kind));
      if (!source) return ok(null);
      const bytes = await readFileLimited(source, kind);
      return bytes.ok ? ok({ fileName: path.basename(source), bytes: bytes.value }) : bytes;
    },
    async openMany({ kind, title }) {
      const sources = await askWhichToOpenMany(parent(), title, dialogFilters(kind));
      if (!sources) return ok(null);
      const files = [];
      for (const source of sources) {
        const fileName = path.basename(source);
        const bytes = await readFileLimited(source, kind);
        files.push(bytes.ok ? ok({ fileName, bytes: bytes.value }) : { ok: false as const, error: { ...bytes.error, fileName } });
      }
      return ok(files);
    },
  };
}

/** Every file channel from the job table, then the two only the desktop shell answers. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const files = Object.fromEntries(
    fileChannels.map((channel) => [
      channel,
      (input: never, context: CallContext) => runFileJob(channel, input, desktopShell(deps, context)),
    ]),
  ) as Pick<Handlers, FileChannel>;
  return {
    ...files,
    'library:rollingBackup': async ({ library }) => {
      const now = deps.clock.now();
      try {
        const contents = await deps.encode('library', { library }, { now });
        return ok({ kept: await writeRollingBackup(deps.backupsFolder(), contents, new Date(now)) });
      } catch (error) {
        return err('backup-failed', `The automatic backup could not be written: ${describe(error)}.`);
      }
    },
    'app:info': async () => ok({ version: app.getVersion(), platform: process.platform, shell: 'electron' as const }),
  };
}
