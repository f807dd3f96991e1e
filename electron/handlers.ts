import { app, BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ImportedWorkbook } from '../shared/bridge/contract.ts';
import type { LibrarySnapshot, ReviewBundle } from '../shared/files/bundle.ts';
import type { Partnership, Review } from '../shared/model/review.ts';
import { err, ok, type Result } from '../shared/result.ts';
import {
  askWhereToSave,
  askWhichToOpen,
  describe,
  dialogFilters,
  readFileLimited,
  readTextLimited,
  saveBytes,
} from './files.ts';
import type { CallContext, Handlers } from './ipc.ts';
import { writeRollingBackup } from './rolling-backup.ts';
import { localDayOf } from '../shared/clock.ts';

/** The file formats, all of them pure code in shared/ (Engineer B's modules); injected so tests can use fakes. */
export interface Formats {
  exportReviewWorkbook(bundle: ReviewBundle): Promise<Uint8Array>;
  exportTemplateWorkbook(): Promise<Uint8Array>;
  exportComparisonWorkbook(partnership: Partnership, reviews: Review[]): Promise<Uint8Array>;
  importWorkbook(bytes: Uint8Array, ctx: { fileName: string; newId: () => string; now: string }): Promise<Result<ImportedWorkbook>>;
  workbookFileName(bundle: ReviewBundle): string;
  serializeReviewFile(bundle: ReviewBundle, now: string): string;
  parseReviewFile(text: string, fileName: string): Result<ReviewBundle>;
  serializeLibrary(snapshot: LibrarySnapshot, now: string): string;
  parseLibraryFile(text: string, fileName: string): Result<LibrarySnapshot>;
}

export interface HandlerDeps {
  /** Loaded on first use so that ExcelJS is not parsed while the window opens. */
  formats: () => Promise<Formats>;
  now: () => Date;
  backupsFolder: () => string;
}

const windowOf = (context: CallContext) => BrowserWindow.fromWebContents(context.sender);
const cancelled = { status: 'cancelled' } as const;

/** Asks for a JSON file, reads it within the limit for its kind, and parses it; cancelling is not an error. */
async function openJson<T>(
  context: CallContext,
  title: string,
  kind: 'reviewFile' | 'library',
  parse: (text: string, fileName: string) => Result<T>,
): Promise<Result<{ status: 'opened'; value: T } | typeof cancelled>> {
  const source = await askWhichToOpen(windowOf(context), title, dialogFilters(kind));
  if (!source) return ok(cancelled);
  const text = await readTextLimited(source, kind);
  if (!text.ok) return text;
  const parsed = parse(text.value, path.basename(source));
  return parsed.ok ? ok({ status: 'opened' as const, value: parsed.value }) : parsed;
}

function today(now: Date): string {
  return localDayOf(now);
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'excel:exportReview': async ({ bundle }, context) => {
      const formats = await deps.formats();
      const target = await askWhereToSave(windowOf(context), 'Export to Excel', formats.workbookFileName(bundle), dialogFilters('workbook'));
      if (!target) return ok(cancelled);
      return saveBytes(target, await formats.exportReviewWorkbook(bundle));
    },

    'excel:exportTemplate': async (_input, context) => {
      const formats = await deps.formats();
      const target = await askWhereToSave(windowOf(context), 'Export blank form', 'Digging Deeper – blank form.xlsx', dialogFilters('workbook'));
      if (!target) return ok(cancelled);
      return saveBytes(target, await formats.exportTemplateWorkbook());
    },

    'excel:exportComparison': async ({ partnership, reviews }, context) => {
      const formats = await deps.formats();
      const name = `${partnership.name} – comparison ${today(deps.now())}.xlsx`;
      const target = await askWhereToSave(windowOf(context), 'Export comparison to Excel', name, dialogFilters('workbook'));
      if (!target) return ok(cancelled);
      return saveBytes(target, await formats.exportComparisonWorkbook(partnership, reviews));
    },

    'excel:import': async (_input, context) => {
      const source = await askWhichToOpen(windowOf(context), 'Import from Excel', dialogFilters('workbook'));
      if (!source) return ok(cancelled);
      const bytes = await readFileLimited(source, 'workbook');
      if (!bytes.ok) return bytes;
      const formats = await deps.formats();
      const imported = await formats.importWorkbook(bytes.value, {
        fileName: path.basename(source),
        newId: randomUUID,
        now: deps.now().toISOString(),
      });
      return imported.ok ? ok({ status: 'opened', value: imported.value }) : imported;
    },

    'review:saveFile': async ({ bundle }, context) => {
      const formats = await deps.formats();
      const name = `${bundle.partnership.name} – ${bundle.review.title} ${bundle.review.date}.json`;
      const target = await askWhereToSave(windowOf(context), 'Save review file', name, dialogFilters('reviewFile'));
      if (!target) return ok(cancelled);
      return saveBytes(target, formats.serializeReviewFile(bundle, deps.now().toISOString()));
    },

    'review:openFile': async (_input, context) => {
      const formats = await deps.formats();
      return openJson(context, 'Open review file', 'reviewFile', formats.parseReviewFile);
    },

    'report:save': async ({ pdf, fileName }, context) => {
      const target = await askWhereToSave(windowOf(context), 'Save report as PDF', path.basename(fileName), [{ name: 'PDF document', extensions: ['pdf'] }]);
      if (!target) return ok(cancelled);
      return saveBytes(target, pdf);
    },

    'library:saveBackup': async ({ library }, context) => {
      const formats = await deps.formats();
      const name = `Partnership Review library ${today(deps.now())}.json`;
      const target = await askWhereToSave(windowOf(context), 'Back up library', name, dialogFilters('library'));
      if (!target) return ok(cancelled);
      return saveBytes(target, formats.serializeLibrary(library, deps.now().toISOString()));
    },

    'library:openBackup': async (_input, context) => {
      const formats = await deps.formats();
      return openJson(context, 'Restore library', 'library', formats.parseLibraryFile);
    },

    'library:rollingBackup': async ({ library }) => {
      const now = deps.now();
      const contents = (await deps.formats()).serializeLibrary(library, now.toISOString());
      try {
        return ok({ kept: await writeRollingBackup(deps.backupsFolder(), contents, now) });
      } catch (error) {
        return err('backup-failed', `The automatic backup could not be written: ${describe(error)}.`);
      }
    },

    'app:info': async () => ok({ version: app.getVersion(), platform: process.platform, shell: 'electron' as const }),
  };
}
