import { err, type AppError, type Err } from '../result.ts';

/**
 * Every kind of file the app reads or writes, in one table: its extension, MIME type, the name shown in a file
 * dialog's filter, and the most bytes the app will read of it. Both shells and the command line take these from here;
 * no other module may restate an extension, a MIME type or a size limit.
 */
export interface FileKind {
  /** Shown in native open/save dialogs, e.g. "Excel workbook". */
  label: string;
  /** The extension written, without a dot (e.g. "review.json"); the first of `opens` as the dialog filter sees it. */
  extension: string;
  /** Extensions accepted when opening, without dots; a dialog filter can only match the last part. */
  opens: readonly string[];
  mime: string;
  /**
   * Far above any real file of this kind, low enough that a hostile file cannot exhaust memory before parsing.
   * Null for kinds the app only writes.
   */
  maxReadBytes: number | null;
}

const MiB = 1024 * 1024;
/** The review file's own extension; electron-builder.config.mjs registers it (a test checks they agree). */
export const REVIEW_FILE_EXTENSION = 'partnershipreview';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const fileKinds = {
  /** A filled-in review is about 30 kB; a client's copy with pictures pasted in is still far below 10 MB. */
  workbook: { label: 'Excel workbook', extension: 'xlsx', opens: ['xlsx'], mime: XLSX, maxReadBytes: 10 * MiB },
  /**
   * A review with 200 respondents' comments is well under 2 MB. Its own extension (registered with the desktop as
   * the app's document type, so a double-click opens it here); files saved as "….review.json" still open.
   */
  reviewFile: {
    label: 'Partnership review',
    extension: REVIEW_FILE_EXTENSION,
    opens: [REVIEW_FILE_EXTENSION, 'json'],
    mime: 'application/json',
    maxReadBytes: 10 * MiB,
  },
  /** A consultant's whole library over years: thousands of reviews. */
  library: {
    label: 'Partnership Review library backup',
    extension: 'json',
    opens: ['json'],
    mime: 'application/json',
    maxReadBytes: 200 * MiB,
  },
  /** Many files in one download (the response forms for partners); the app never reads one. */
  zip: { label: 'Zip archive', extension: 'zip', opens: ['zip'], mime: 'application/zip', maxReadBytes: null },
  pdf: { label: 'PDF document', extension: 'pdf', opens: ['pdf'], mime: 'application/pdf', maxReadBytes: null },
} as const satisfies Record<string, FileKind>;

export type FileKindName = keyof typeof fileKinds;

/** "10 MB" for messages, from the same number the check uses. */
export function describeBytes(bytes: number): string {
  return `${Math.round(bytes / MiB)} MB`;
}

/** The refusal of a file over its kind's limit, worded once for every shell. */
export function tooLargeError(fileName: string, limit: number): Err<AppError> {
  return err('too-large', `"${fileName}" is larger than ${describeBytes(limit)}, too large to be a file this app wrote.`, [
    { where: fileName, message: `larger than ${describeBytes(limit)}` },
  ]);
}
