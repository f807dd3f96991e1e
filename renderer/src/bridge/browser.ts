import { ReportPdfSchema, type Bridge } from '../../../shared/bridge/contract.ts';
import { LibrarySnapshotSchema, ReviewBundleSchema } from '../../../shared/files/bundle.ts';
import { err, ok, type Result } from '../../../shared/result.ts';
import { version } from '../../../package.json';
import { download, pickFile, safeFileName } from './file-io.ts';
import { messageOf } from '../../../shared/message.ts';
import { systemClock } from '../../../shared/clock.ts';

const JSON_TYPE = 'application/json';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Refuse absurd files before reading them into memory; a real review workbook is well under 1 MB. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** ExcelJS is large: it is fetched the first time someone exports or imports, never in the initial bundle. */
const excel = () => import('../../../shared/excel/index.ts');
/** The portable-file code is only needed when someone saves or opens a file, so it stays out of the first load too. */
const reviewFiles = () => import('../../../shared/files/review-file.ts');
const libraryFiles = () => import('../../../shared/files/library-file.ts');
// The local calendar day in file names, as everywhere a person reads a date.
const { now, today } = systemClock;

async function readPicked(accept: string): Promise<{ file: File } | null> {
  const file = await pickFile(accept);
  if (!file) return null;
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is too large to be a review file (${Math.round(file.size / 1e6)} MB).`);
  return { file };
}

type Opened<T> = { status: 'opened'; value: T } | { status: 'cancelled' };

/**
 * The open channels: a person picks a file, `parse` reads it into a Result; nothing picked is "cancelled", and
 * anything thrown (a file too large, unreadable) becomes an error value under `code`.
 */
async function openPicked<T>(code: string, accept: string, parse: (file: File) => Promise<Result<T>>): Promise<Result<Opened<T>>> {
  try {
    const picked = await readPicked(accept);
    if (!picked) return ok({ status: 'cancelled' });
    const parsed = await parse(picked.file);
    return parsed.ok ? ok({ status: 'opened', value: parsed.value }) : parsed;
  } catch (error) {
    return err(code, messageOf(error));
  }
}

/** Every bridge method answers with a Result; anything thrown here becomes an error value, as over IPC. */
function guarded<I, O>(code: string, fn: (input: I) => Promise<O>): (input: I) => Promise<ReturnType<typeof ok<O>> | ReturnType<typeof err>> {
  return async (input: I) => {
    try {
      return ok(await fn(input));
    } catch (error) {
      return err(code, messageOf(error));
    }
  };
}

export function browserBridge(): Bridge {
  return {
    'excel:exportReview': guarded('export-failed', async ({ bundle }) => {
      const valid = ReviewBundleSchema.parse(bundle);
      const { exportReviewWorkbook, workbookFileName } = await excel();
      const name = safeFileName(workbookFileName(valid));
      download(await exportReviewWorkbook(valid), name, XLSX_TYPE);
      return { status: 'saved' as const, name };
    }),
    'excel:exportTemplate': guarded('export-failed', async () => {
      const { exportTemplateWorkbook } = await excel();
      const name = 'Digging Deeper – blank form.xlsx';
      download(await exportTemplateWorkbook(), name, XLSX_TYPE);
      return { status: 'saved' as const, name };
    }),
    'excel:exportComparison': guarded('export-failed', async ({ partnership, reviews }) => {
      const { exportComparisonWorkbook } = await excel();
      const name = safeFileName(`${partnership.name} – comparison ${today()}.xlsx`);
      download(await exportComparisonWorkbook(partnership, reviews), name, XLSX_TYPE);
      return { status: 'saved' as const, name };
    }),
    'excel:import': () =>
      openPicked('import-failed', `.xlsx,${XLSX_TYPE}`, async (file) => {
        const { importWorkbook } = await excel();
        const bytes = new Uint8Array(await file.arrayBuffer());
        return importWorkbook(bytes, { fileName: file.name, newId: () => crypto.randomUUID(), now: now() });
      }),
    'review:saveFile': guarded('save-failed', async ({ bundle }) => {
      const valid = ReviewBundleSchema.parse(bundle);
      const name = safeFileName(`${valid.partnership.name} – ${valid.review.title} ${valid.review.date}.review.json`);
      const { serializeReviewFile } = await reviewFiles();
      download(serializeReviewFile(valid, now()), name, JSON_TYPE);
      return { status: 'saved' as const, name };
    }),
    'review:openFile': () =>
      openPicked('open-failed', `.json,${JSON_TYPE}`, async (file) => {
        const { parseReviewFile } = await reviewFiles();
        return parseReviewFile(await file.text(), file.name);
      }),
    'report:save': guarded('save-failed', async (input) => {
      const { pdf, fileName } = ReportPdfSchema.parse(input);
      const name = safeFileName(fileName);
      download(pdf, name, 'application/pdf');
      return { status: 'saved' as const, name };
    }),
    'library:saveBackup': guarded('save-failed', async ({ library }) => {
      const valid = LibrarySnapshotSchema.parse(library);
      const name = `Partnership Review library ${today()}.json`;
      const { serializeLibrary } = await libraryFiles();
      download(serializeLibrary(valid, now()), name, JSON_TYPE);
      return { status: 'saved' as const, name };
    }),
    'library:openBackup': () =>
      openPicked('open-failed', `.json,${JSON_TYPE}`, async (file) => {
        const { parseLibraryFile } = await libraryFiles();
        return parseLibraryFile(await file.text(), file.name);
      }),
    'library:rollingBackup': async () => err('unsupported', 'Rolling backups are unsupported in the browser; use Back up library.'),
    'app:info': async () => ok({ version, platform: (typeof navigator === 'undefined' ? '' : navigator.platform) || 'web', shell: 'browser' as const }),
  };
}
