import { z } from '../zod.ts';
import { MAX_COMPARED_REVIEWS } from '../compare/limits.ts';
import { LibrarySnapshotSchema, ReviewBundleSchema } from '../files/bundle.ts';
import { PartnershipSchema, ReviewSchema } from '../model/review.ts';
import { IdSchema, LIMITS, ShortText } from '../model/fields.ts';
import { ReturnedResponseSchema } from '../respondents/returned.ts';
import type { Result } from '../result.ts';

/**
 * The one contract between the renderer and whatever does file work for it: the Electron main process (over IPC)
 * or the browser bridge (downloads and file inputs). Main validates every input with these schemas; the preload and
 * the browser bridge are derived from the same channel list, so nothing can be exposed that is not declared here.
 */

export const ProblemSchema = z.strictObject({ where: z.string(), message: z.string() });

export const SaveOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), name: z.string() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcomeSchema>;

/** What a workbook import yields before the person decides where it goes. */
export const ImportedWorkbookSchema = z.strictObject({
  bundle: ReviewBundleSchema,
  /** True when the workbook carries the ids of a review this app exported, so it may update that review. */
  fromApp: z.boolean(),
  warnings: z.array(ProblemSchema),
  fileName: z.string(),
});
export type ImportedWorkbook = z.infer<typeof ImportedWorkbookSchema>;

function opened<T extends z.ZodMiniType>(value: T) {
  return z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('opened'), value }),
    z.strictObject({ status: z.literal('cancelled') }),
  ]);
}

const Nothing = z.strictObject({});

/**
 * A finished PDF report. The renderer makes it (shared/report, with the same pdfmake build and embedded font in the
 * browser and the desktop window), so the shells differ only in how they save bytes; main still checks that it is a
 * PDF of sane size before writing it.
 */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
export const ReportPdfSchema = z.strictObject({
  pdf: z.instanceof(Uint8Array).check(
    z.refine((b) => b.byteLength <= MAX_REPORT_BYTES, 'the report is too large'),
    z.refine((b) => PDF_MAGIC.every((byte, i) => b[i] === byte), 'not a PDF document'),
  ),
  fileName: z.string().check(z.minLength(1), z.maxLength(300)),
});

/** One response form to send: to a named recipient, or an anonymous copy (name and organisation blank). */
export const FormToSendSchema = z.strictObject({ formId: IdSchema, name: ShortText, organisation: ShortText });

/** What each of many opened files gave: its reading, or why it was refused (each file on its own). */
export const ReturnedFileSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), value: ReturnedResponseSchema }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.string(), message: z.string(), problems: z.optional(z.array(ProblemSchema)), fileName: z.string() }),
  }),
]);

export const contract = {
  'excel:exportReview': { input: z.strictObject({ bundle: ReviewBundleSchema }), output: SaveOutcomeSchema },
  'excel:exportTemplate': { input: Nothing, output: SaveOutcomeSchema },
  'excel:exportComparison': {
    input: z.strictObject({
      partnership: PartnershipSchema,
      reviews: z.array(ReviewSchema).check(z.minLength(2), z.maxLength(MAX_COMPARED_REVIEWS)),
    }),
    output: SaveOutcomeSchema,
  },
  /** The whole library, made into the portfolio workbook (shared/excel/portfolio/). */
  'excel:exportPortfolio': { input: z.strictObject({ library: LibrarySnapshotSchema }), output: SaveOutcomeSchema },
  'excel:import': { input: Nothing, output: opened(ImportedWorkbookSchema) },
  'responses:forms': {
    input: z.strictObject({
      bundle: ReviewBundleSchema,
      forms: z.array(FormToSendSchema).check(z.minLength(1), z.maxLength(LIMITS.respondents)),
    }),
    output: SaveOutcomeSchema,
  },
  /** Many files at once, each read within its kind's limit and decoded contained on its own. */
  'responses:import': { input: Nothing, output: opened(z.array(ReturnedFileSchema)) },
  'review:saveFile': { input: z.strictObject({ bundle: ReviewBundleSchema }), output: SaveOutcomeSchema },
  'review:openFile': { input: Nothing, output: opened(ReviewBundleSchema) },
  'report:save': { input: ReportPdfSchema, output: SaveOutcomeSchema },
  'library:saveBackup': { input: z.strictObject({ library: LibrarySnapshotSchema }), output: SaveOutcomeSchema },
  'library:openBackup': { input: Nothing, output: opened(LibrarySnapshotSchema) },
  /** Desktop only: the rolling daily backup kept in the app's data folder. The browser answers "unsupported". */
  'library:rollingBackup': { input: z.strictObject({ library: LibrarySnapshotSchema }), output: z.strictObject({ kept: z.int() }) },
  'app:info': {
    input: Nothing,
    output: z.strictObject({ version: z.string(), platform: z.string(), shell: z.enum(['electron', 'browser']) }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** An input after its schema has parsed it: what a handler or job works on. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

/** What the renderer calls; both the Electron preload and the browser bridge implement exactly this. */
export type Bridge = { [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
