import { PARTNERSHIP_DEFAULTS, REVIEW_DEFAULTS } from '../model/defaults.ts';
import type { ImportedWorkbook } from '../bridge/contract.ts';
import { localDayOf } from '../clock.ts';
import { ReviewBundleSchema } from '../files/bundle.ts';
import { allInstruments, benchmarksOf, findInstrument } from '../instrument/catalogue.ts';
import type { Instrument } from '../instrument/schema.ts';
import { conformanceProblems } from '../model/conformance.ts';
import type { BenchmarkAnswer, Partnership, Review, SectionFactors } from '../model/review.ts';
import { messageOf } from '../message.ts';
import { err, ok, type Problem, type Result } from '../result.ts';
import { planEditWarnings, readActionPlan } from './action-plan-read.ts';
import type { CellReader } from './cells.ts';
import { loadWorkbook, type Workbook } from './exceljs.ts';
import { partnershipFingerprint, reviewFingerprint } from './fingerprints.ts';
import { SHEETS, sectionSheetName } from './layout.ts';
import { readMeta, WORKBOOK_FORMAT_VERSION, type MetaRead, type WorkbookMeta } from './meta.ts';
import { preflightWorkbook } from './preflight/index.ts';
import { readSectionSheet, type SectionRead } from './section-read.ts';
import { readSummarySheet } from './summary-read.ts';
import { joinLines, splitLines } from './text.ts';
import { issuePath } from '../zod.ts';

export interface ImportContext {
  fileName: string;
  newId: () => string;
  now: string;
}

/**
 * Reads a workbook the app exported, the blank form filled in by a partner, or either after a person edited it in
 * Excel or LibreOffice. Every problem in the file is collected before answering, and nothing is stored here: the
 * caller saves the bundle only after the person confirms.
 */
export async function importWorkbook(bytes: Uint8Array, ctx: ImportContext): Promise<Result<ImportedWorkbook>> {
  const checked = preflightWorkbook(bytes);
  if (!checked.ok) return checked;
  let workbook: Workbook;
  try {
    workbook = await loadWorkbook(checked.value.bytes);
  } catch (e) {
    return err('corrupt-workbook', `The workbook is damaged and cannot be read (${messageOf(e)}).`);
  }
  try {
    return readWorkbook(workbook, ctx, checked.value.clipped);
  } catch (e) {
    return err('unreadable-workbook', `The workbook could not be read (${messageOf(e)}).`);
  }
}

/** The review's details: on the Summary of a review workbook, on the Introduction of a blank form. */
function detailsSheet(workbook: Workbook) {
  return workbook.getWorksheet(SHEETS.summary) ?? workbook.getWorksheet(SHEETS.introduction);
}

type Located = { ok: true; instrument: Instrument; meta: WorkbookMeta | null } | { ok: false; error: ReturnType<typeof err> };

function locateInstrument(workbook: Workbook, ctx: ImportContext, meta: MetaRead): Located {
  if (meta.status === 'newer') {
    return {
      ok: false,
      error: err(
        'newer-format',
        `${ctx.fileName} was written by a newer version of Partnership Review (workbook format ${meta.version}; this app reads up to ${WORKBOOK_FORMAT_VERSION}). Update the app to open it.`,
      ),
    };
  }
  const known = allInstruments();
  let ref: { id: string; version: number } | null = meta.status === 'ok' ? meta.meta.instrument : null;
  if (!ref) {
    const summary = detailsSheet(workbook);
    const version = summary ? readSummarySheet({ problems: [], warnings: [] }, summary).formVersion : null;
    const looksLike = known.find((i) => i.sections.every((s) => workbook.getWorksheet(sectionSheetName(s))));
    if (!looksLike) {
      const first = known[known.length - 1]!;
      return {
        ok: false,
        error: err(
          'another-form',
          `${ctx.fileName} is not a "${first.name}" workbook: it has no sheets named ${first.sections.map((s) => `"${sectionSheetName(s)}"`).join(', ')}.`,
        ),
      };
    }
    ref = { id: looksLike.id, version: version ?? looksLike.version };
  }
  const instrument = findInstrument(ref.id, ref.version);
  if (instrument) return { ok: true, instrument, meta: meta.status === 'ok' ? meta.meta : null };
  const newest = Math.max(0, ...known.filter((i) => i.id === ref.id).map((i) => i.version));
  if (newest > 0 && ref.version > newest) {
    return {
      ok: false,
      error: err(
        'newer-instrument',
        `${ctx.fileName} uses version ${ref.version} of the form; this app knows up to version ${newest}. Update the app to open it.`,
      ),
    };
  }
  return {
    ok: false,
    error: err('unknown-instrument', `${ctx.fileName} uses a form this app does not know (${ref.id} version ${ref.version}).`),
  };
}

/** `metaRead` is the hidden data as read from this workbook, passed in by a caller that has read it already. */
export function readWorkbook(
  workbook: Workbook,
  ctx: ImportContext,
  clipped: Problem[],
  metaRead: MetaRead = readMeta(workbook),
): Result<ImportedWorkbook> {
  const located = locateInstrument(workbook, ctx, metaRead);
  if (!located.ok) return located.error;
  const { instrument } = located;
  const meta = located.meta?.kind === 'review' ? located.meta : null;
  const reader: CellReader = { problems: [], warnings: [...clipped] };

  const summarySheet = detailsSheet(workbook);
  if (!summarySheet) reader.problems.push({ where: ctx.fileName, message: `no sheet named "${SHEETS.summary}"` });
  const summary = summarySheet ? readSummarySheet(reader, summarySheet) : null;

  const sections = new Map<string, SectionRead>();
  for (const section of instrument.sections) {
    const sheet = workbook.getWorksheet(sectionSheetName(section));
    if (!sheet) reader.problems.push({ where: ctx.fileName, message: `no sheet named "${sectionSheetName(section)}"` });
    else sections.set(section.id, readSectionSheet(reader, sheet, instrument, section));
  }
  const plan = workbook.getWorksheet(SHEETS.actionPlan);
  const numbers = new Map(benchmarksOf(instrument).map(({ benchmark }) => [benchmark.number, benchmark.id]));
  const planRead = plan ? readActionPlan(reader, plan, numbers) : { statuses: {}, shown: {} };
  const statuses = planRead.statuses;
  if (!summary) return err('invalid-workbook', problemsMessage(ctx, reader.problems), reader.problems);

  const at = (field: keyof typeof summary.at, fallback: string) => `${summarySheet!.name}!${summary.at[field] ?? fallback}`;
  const stem = ctx.fileName.replace(/\.[^.]*$/, '').slice(0, 200) || 'Imported workbook';
  const fromApp = meta !== null && meta.review !== null && meta.partnership !== null;
  const list = (visible: string, exact: string[] | undefined) => (exact && visible === joinLines(exact) ? exact : splitLines(visible));

  let name = summary.partnership;
  if (name === '') {
    if (fromApp) reader.problems.push({ where: at('partnership', 'B4'), message: 'the partnership needs a name' });
    else reader.warnings.push({ where: at('partnership', 'B4'), message: `no partnership name; "${stem}" is used` });
    name = stem;
  }
  let title = summary.title;
  if (title === '' && !fromApp) {
    title = stem;
    reader.warnings.push({ where: at('title', 'B7'), message: `no review title; "${stem}" is used` });
  }
  let date = summary.date;
  if (!date) {
    date = localDayOf(new Date(ctx.now));
    reader.warnings.push({ where: at('date', 'B8'), message: `no review date; today (${date}) is used` });
  }

  const answers: Record<string, BenchmarkAnswer> = {};
  const factors: Record<string, SectionFactors> = {};
  const answerKeys = new Set(meta?.review?.answerKeys ?? []);
  const factorKeys = new Set(meta?.review?.factorKeys ?? []);
  for (const section of instrument.sections) {
    const read = sections.get(section.id);
    if (!read) continue;
    for (const benchmark of section.benchmarks) {
      const visible = read.answers[benchmark.id];
      if (!visible) continue;
      const stored = meta?.review?.actions[benchmark.id];
      const status = statuses[benchmark.id];
      const touched =
        visible.rating !== null ||
        visible.noAgreement ||
        visible.agreedWhy !== '' ||
        visible.actionNeeded !== '' ||
        visible.byWhom !== '' ||
        visible.dueDate !== null ||
        visible.notes !== '';
      if (!touched && !answerKeys.has(benchmark.id) && !stored && !status) continue;
      answers[benchmark.id] = {
        ...visible,
        actionStatus: status ?? stored?.actionStatus ?? 'open',
        carriedFrom: stored?.carriedFrom ?? null,
      };
    }
    if (Object.keys(read.marks).length > 0 || read.notes !== '' || factorKeys.has(section.id))
      factors[section.id] = { marks: read.marks, notes: read.notes };
  }

  reader.warnings.push(...planEditWarnings(planRead, answers, instrument, meta?.review?.planFingerprint));

  const partnership: Partnership = {
    id: fromApp ? meta.partnership!.id : ctx.newId(),
    name,
    partners: list(summary.partners, meta?.partnership?.partners),
    notes: summary.partnershipNotes,
    reviewIntervalMonths: meta?.partnership?.reviewIntervalMonths ?? PARTNERSHIP_DEFAULTS.reviewIntervalMonths,
    createdAt: fromApp ? meta.partnership!.createdAt : ctx.now,
    updatedAt: fromApp ? meta.partnership!.updatedAt : ctx.now,
  };
  const review: Review = {
    id: fromApp ? meta.review!.id : ctx.newId(),
    partnershipId: partnership.id,
    title,
    date,
    facilitator: summary.facilitator,
    participants: list(summary.participants, meta?.review?.participants),
    status: summary.status ?? meta?.review?.status ?? 'draft',
    instrument: { id: instrument.id, version: instrument.version },
    answers,
    factors,
    // What the room collected before agreeing comes from "_data" alone (format 2); the sheets only show it.
    ...structuredClone(REVIEW_DEFAULTS),
    ...(fromApp ? collectedOf(meta.review!) : {}),
    createdAt: fromApp ? meta.review!.createdAt : ctx.now,
    updatedAt: fromApp ? meta.review!.updatedAt : ctx.now,
  };
  if (fromApp && reviewFingerprint(review) !== meta.review!.fingerprint) {
    review.updatedAt = ctx.now;
    reader.warnings.push({ where: ctx.fileName, message: 'the review was changed outside the app since it was exported' });
  }
  // A workbook from before the review interval fingerprinted the partnership without it: compare like with like.
  const fingerprinted =
    meta?.partnership?.reviewIntervalMonths === undefined ? { ...partnership, reviewIntervalMonths: undefined } : partnership;
  if (fromApp && partnershipFingerprint(fingerprinted) !== meta.partnership!.fingerprint) partnership.updatedAt = ctx.now;

  const problems: Problem[] = [...reader.problems];
  const parsed = ReviewBundleSchema.safeParse({ partnership, review });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ where: `${ctx.fileName} (${issuePath(issue.path, 'the whole workbook')})`, message: issue.message });
  } else {
    problems.push(...conformanceProblems(parsed.data.review, instrument, ctx.fileName));
  }
  if (problems.length > 0) return err('invalid-workbook', problemsMessage(ctx, problems), problems);
  return ok({ bundle: parsed.success ? parsed.data : { partnership, review }, fromApp, warnings: reader.warnings, fileName: ctx.fileName });
}

function collectedOf(stored: NonNullable<WorkbookMeta['review']>): Partial<Review> {
  const { respondents, anonymous, minGroupSize, hands, parkingLot } = stored;
  return Object.fromEntries(
    Object.entries({ respondents, anonymous, minGroupSize, hands, parkingLot }).filter(([, v]) => v !== undefined),
  ) as Partial<Review>;
}

function problemsMessage(ctx: ImportContext, problems: Problem[]): string {
  const n = problems.length;
  return `${ctx.fileName} cannot be imported: ${n === 1 ? 'one problem needs' : `${n} problems need`} fixing first. Nothing was saved.`;
}
