import type { Clock } from '../clock.ts';
import { datedStem } from '../dates.ts';
import { fileKinds, type FileKindName } from '../files/kinds.ts';
import type { Channel, OutputOf, ParsedInputOf, SaveOutcome } from './contract.ts';
import type { DecodedBy, DecoderName } from './decoders.ts';
import type { EncoderInput, EncoderName } from './encoders.ts';
import { LIBRARY_FILE_LABELS } from './menu.ts';

/**
 * The one file-job table: for every channel that saves or opens a file, what kind of file it is (extension, MIME
 * type, dialog filter and size limit, from shared/files/kinds.ts), the dialog's title, the suggested name and the
 * registered writer or reader. Both shells are a loop over this table plus two primitives of their own — ask where
 * to save and write, ask which to open and read within the kind's limit (see run-job.ts) — so a new file channel is
 * a contract entry and one job here, and neither shell changes.
 */

/** Channels that are not file jobs: each shell answers these itself. */
export const shellChannels = ['library:rollingBackup', 'app:info'] as const satisfies readonly Channel[];
export type ShellChannel = (typeof shellChannels)[number];
export type FileChannel = Exclude<Channel, ShellChannel>;

/** Writers whose input the channel's parsed input satisfies. */
type EncoderFor<C extends Channel> = { [N in EncoderName]: ParsedInputOf<C> extends EncoderInput<N> ? N : never }[EncoderName];
/** Readers whose result is what the channel answers with once a file is opened. */
type OpenedValue<C extends Channel> = Extract<OutputOf<C>, { status: 'opened' }> extends { value: infer V } ? V : never;
/** A job that opens many files answers with each file's own result. */
type Each<V> = V extends readonly (infer R)[] ? (R extends { ok: true; value: infer T } ? T : never) : never;
type DecoderFor<C extends Channel> = {
  [N in DecoderName]: DecodedBy<N> extends OpenedValue<C> | Each<OpenedValue<C>> ? N : never;
}[DecoderName];

export interface SaveJob<C extends Channel> {
  action: 'save';
  kind: FileKindName;
  /** The save dialog's title. */
  title: string;
  /** The suggested name without its extension; `suggestedName` cleans it and adds the kind's extension. */
  stem(input: ParsedInputOf<C>, clock: Clock): string;
  encoder: EncoderFor<C>;
}

export interface OpenJob<C extends Channel> {
  action: 'open';
  kind: FileKindName;
  /** The open dialog's title. */
  title: string;
  decoder: DecoderFor<C>;
  /** Many files at once, each read within the kind's limit and decoded on its own (run-job.ts). */
  many?: OpenedValue<C> extends readonly unknown[] ? true : never;
}

export type Job<C extends Channel> = OutputOf<C> extends SaveOutcome ? SaveJob<C> : OpenJob<C>;

/** A review's file names: "<partnership> – <review title> <review date>". */
const reviewStem = ({ bundle }: { bundle: { partnership: { name: string }; review: { title: string; date: string } } }) =>
  `${bundle.partnership.name} – ${datedStem(bundle.review.title, bundle.review.date)}`;

/** The mapped type makes a file channel without a job, or a job for no channel, a compile error. */
export const jobs: { [C in FileChannel]: Job<C> } = {
  'excel:exportReview': { action: 'save', kind: 'workbook', title: 'Export to Excel', stem: reviewStem, encoder: 'reviewWorkbook' },
  'excel:exportTemplate': {
    action: 'save',
    kind: 'workbook',
    title: 'Export blank form',
    stem: () => 'Digging Deeper – blank form',
    encoder: 'blankWorkbook',
  },
  'excel:exportComparison': {
    action: 'save',
    kind: 'workbook',
    title: 'Export comparison to Excel',
    stem: ({ partnership }, clock) => `${partnership.name} – comparison ${clock.today()}`,
    encoder: 'comparisonWorkbook',
  },
  'excel:exportPortfolio': {
    action: 'save',
    kind: 'workbook',
    title: 'Export portfolio to Excel',
    stem: (_input, clock) => `Partnership portfolio ${clock.today()}`,
    encoder: 'portfolioWorkbook',
  },
  'excel:import': { action: 'open', kind: 'workbook', title: 'Import from Excel', decoder: 'workbook' },
  'responses:forms': {
    action: 'save',
    kind: 'zip',
    title: 'Response forms for partners',
    stem: ({ bundle }) => `${reviewStem({ bundle })} – response forms`,
    encoder: 'responseForms',
  },
  'responses:import': { action: 'open', kind: 'workbook', title: 'Import responses', decoder: 'responseForm', many: true },
  'review:saveFile': { action: 'save', kind: 'reviewFile', title: 'Save review file', stem: reviewStem, encoder: 'reviewFile' },
  'review:openFile': { action: 'open', kind: 'reviewFile', title: 'Open review file', decoder: 'reviewFile' },
  'library:saveBackup': {
    action: 'save',
    kind: 'library',
    title: LIBRARY_FILE_LABELS.backup,
    stem: (_input, clock) => `Partnership Review library ${clock.today()}`,
    encoder: 'library',
  },
  'library:openBackup': { action: 'open', kind: 'library', title: LIBRARY_FILE_LABELS.restore, decoder: 'library' },
  'report:save': {
    action: 'save',
    kind: 'pdf',
    title: 'Save report as PDF',
    // The page names the report after its review; the kind adds ".pdf" back.
    stem: ({ fileName }) => fileName.replace(/\.pdf$/i, ''),
    encoder: 'pdfReport',
  },
};

export const fileChannels = Object.keys(jobs) as FileChannel[];

/**
 * The name a save dialog or download suggests: the job's stem, made safe, with its kind's extension. The sanitiser
 * is loaded on the first save, keeping it out of the start-up bundle.
 */
export async function suggestedName<C extends FileChannel>(job: SaveJob<C>, input: ParsedInputOf<C>, clock: Clock): Promise<string> {
  const { safeFileName } = await import('../files/file-name.ts');
  return safeFileName(job.stem(input, clock), fileKinds[job.kind].extension);
}
