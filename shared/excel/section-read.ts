import type { Instrument, RatingLevelId, Section } from '../instrument/schema.ts';
import { LIMITS, type FactorMark } from '../model/review.ts';
import { labelOf, readDate, readText, shown, where, type CellReader } from './cells.ts';
import type { Worksheet } from './exceljs.ts';
import { sectionSheetName } from './layout.ts';
import { columnLetters } from './preflight/ranges.ts';
import { AGREEMENT_HEADINGS, NO_AGREEMENT_YES, NOTES_LABEL, SECTION_COLUMNS as C } from './section-layout.ts';
import { isMarked, parseFactorMark } from './text.ts';
import { FACTOR_MEANINGS, FACTOR_SYMBOLS } from '../vocabulary/factors.ts';

export interface VisibleAnswer {
  rating: RatingLevelId | null;
  actionNeeded: string;
  byWhom: string;
  dueDate: string | null;
  notes: string;
  noAgreement: boolean;
  agreedWhy: string;
}

/** Where the two agreement columns a person fills were found (by heading); absent in a format-1 workbook. */
interface AgreementFound {
  noAgreement: number | null;
  agreedWhy: number | null;
}

export interface SectionRead {
  answers: Record<string, VisibleAnswer>;
  marks: Record<string, FactorMark>;
  notes: string;
}

/** Rows are found by what they hold (benchmark number, factor wording), so a person may insert rows or reorder. */
export function readSectionSheet(reader: CellReader, sheet: Worksheet, instrument: Instrument, section: Section): SectionRead {
  const out: SectionRead = { answers: {}, marks: {}, notes: '' };
  const labels = instrument.ratingLevels.map((l) => l.label);
  const last = Math.min(sheet.rowCount, 2_000);

  let header = 0;
  for (let r = 1; r <= Math.min(last, 20) && !header; r += 1) {
    if (C.levels.every((col, i) => labelOf(sheet, `${col}${r}`) === labels[i])) header = r;
  }
  if (!header) {
    reader.problems.push({
      where: where(sheet, `${C.levels[0]}3`),
      message: `the rating columns are not headed "${labels.join('", "')}"; this sheet is not the ${sectionSheetName(section)} page of this form`,
    });
    return out;
  }

  const agreement = findAgreementColumns(sheet, header);
  const benchmarks = new Map(section.benchmarks.map((b) => [b.number, b]));
  const factors = new Map(section.factors.map((f) => [f.text.trim().toLowerCase(), f]));
  const seen = new Map<string, number>();
  for (let r = header + 1; r <= last; r += 1) {
    const first = labelOf(sheet, `A${r}`);
    const benchmark = benchmarks.get(first);
    if (benchmark) {
      if (seen.has(benchmark.id)) {
        reader.problems.push({
          where: where(sheet, `A${r}`),
          message: `benchmark ${benchmark.number} appears twice (also row ${seen.get(benchmark.id)})`,
        });
        continue;
      }
      seen.set(benchmark.id, r);
      out.answers[benchmark.id] = readBenchmarkRow(reader, sheet, r, instrument, benchmark.number, agreement);
      continue;
    }
    const factor = factors.get(labelOf(sheet, `B${r}`).toLowerCase());
    if (factor) {
      const text = labelOf(sheet, `A${r}`);
      const mark = parseFactorMark(text);
      if (mark === 'unknown') {
        reader.problems.push({
          where: where(sheet, `A${r}`),
          message: `"${shown(text)}" is neither a tick nor a cross; use ${FACTOR_SYMBOLS.tick} (${FACTOR_MEANINGS.tick}) or ${FACTOR_SYMBOLS.cross} (does not)`,
        });
      } else if (mark) out.marks[factor.id] = mark;
      continue;
    }
    if (first.toLowerCase() === NOTES_LABEL.toLowerCase())
      out.notes = readText(reader, sheet, `B${r}`, LIMITS.longText, 'the section notes');
  }
  for (const b of section.benchmarks) {
    if (!seen.has(b.id))
      reader.problems.push({ where: sheet.name, message: `no row for benchmark ${b.number} (column A must hold "${b.number}")` });
  }
  return out;
}

/** The agreement columns sit right of the form (K onwards) in format 2; found by heading so a moved column still reads. */
function findAgreementColumns(sheet: Worksheet, header: number): AgreementFound {
  const found: AgreementFound = { noAgreement: null, agreedWhy: null };
  const last = Math.min(sheet.findRow(header)?.cellCount ?? 0, 60);
  for (let c = 1; c <= last; c += 1) {
    const text = labelOf(sheet, `${columnLetters(c)}${header}`).toLowerCase();
    if (text === AGREEMENT_HEADINGS.noAgreement.toLowerCase()) found.noAgreement ??= c;
    if (text === AGREEMENT_HEADINGS.agreedWhy.toLowerCase()) found.agreedWhy ??= c;
  }
  return found;
}

const YES = new Set([NO_AGREEMENT_YES.toLowerCase(), 'y', 'x', '✓', '✔', 'true']);
const NO = new Set(['no', 'n', 'false']);

function readNoAgreement(reader: CellReader, sheet: Worksheet, address: string, number: string): boolean {
  const text = labelOf(sheet, address);
  const t = text.toLowerCase();
  if (t === '' || NO.has(t)) return false;
  if (YES.has(t)) return true;
  reader.problems.push({
    where: where(sheet, address),
    message: `"${shown(text)}" in ${AGREEMENT_HEADINGS.noAgreement} for ${number}: choose ${NO_AGREEMENT_YES} or leave it empty`,
  });
  return false;
}

function readBenchmarkRow(
  reader: CellReader,
  sheet: Worksheet,
  r: number,
  instrument: Instrument,
  number: string,
  agreement: AgreementFound,
): VisibleAnswer {
  const marked = C.levels.flatMap((col, i) => (isMarked(labelOf(sheet, `${col}${r}`)) ? [i] : []));
  let rating: RatingLevelId | null = null;
  if (marked.length === 1) rating = instrument.ratingLevels[marked[0]!]!.id;
  if (marked.length > 1) {
    const words = ['', '', 'two', 'three', 'four'];
    reader.problems.push({
      where: where(sheet, `${C.levels[marked[1]!]}${r}`),
      message: `${words[marked.length]} ratings marked for ${number}; mark one column only`,
    });
  }
  const cell = (column: number) => `${columnLetters(column)}${r}`;
  const noAgreement = agreement.noAgreement === null ? false : readNoAgreement(reader, sheet, cell(agreement.noAgreement), number);
  if (noAgreement && rating !== null)
    reader.problems.push({
      where: where(sheet, cell(agreement.noAgreement!)),
      message: `${number} has an agreed rating and “${AGREEMENT_HEADINGS.noAgreement}”; clear the rating or this cell`,
    });
  return {
    rating,
    noAgreement,
    agreedWhy:
      agreement.agreedWhy === null
        ? ''
        : readText(reader, sheet, cell(agreement.agreedWhy), LIMITS.longText, `${AGREEMENT_HEADINGS.agreedWhy} for ${number}`),
    actionNeeded: readText(reader, sheet, `${C.actionNeeded}${r}`, LIMITS.longText, `Action Needed for ${number}`),
    byWhom: readText(reader, sheet, `${C.byWhom}${r}`, LIMITS.shortText, `By Whom? for ${number}`),
    dueDate: readDate(reader, sheet, `${C.dueDate}${r}`, `the due date for ${number}`),
    notes: readText(reader, sheet, `${C.notes}${r}`, LIMITS.longText, `the notes for ${number}`),
  };
}
