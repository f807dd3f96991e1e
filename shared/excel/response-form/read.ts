import { LIMITS } from '../../model/fields.ts';
import { messageOf } from '../../message.ts';
import { ok, type Result } from '../../result.ts';
import type { ReturnedError, ReturnedResponse } from '../../respondents/collect.ts';
import type { RespondentContent } from '../../respondents/fingerprint.ts';
import { labelOf, readText, type CellReader } from '../cells.ts';
import { loadWorkbook, type Workbook } from '../exceljs.ts';
import { readWorkbook, type ImportContext } from '../import.ts';
import { SHEETS } from '../layout.ts';
import { readMeta } from '../meta.ts';
import { preflightWorkbook } from '../preflight/index.ts';
import { RESPONDENT_LABELS } from './layout.ts';

/**
 * Reads a returned response form — or a plain blank form a partner filled in — as one respondent's answers. It is the
 * workbook import (same pre-flight, same cell rules, every problem named by sheet and cell), then the respondent's
 * name, organisation and role from the top of the Introduction, each benchmark's rating and "Notes" (the comment) and
 * the typical-factor marks. A full review workbook is refused: it is a review, not one person's view of one.
 */
export async function readResponseForm(bytes: Uint8Array, ctx: ImportContext): Promise<Result<ReturnedResponse, ReturnedError>> {
  const refuse = (code: string, message: string, problems = [{ where: ctx.fileName, message }]) => ({
    ok: false as const,
    error: { code, message, problems, fileName: ctx.fileName },
  });
  const checked = preflightWorkbook(bytes);
  if (!checked.ok) return { ok: false, error: { ...checked.error, fileName: ctx.fileName } };
  let workbook: Workbook;
  try {
    workbook = await loadWorkbook(checked.value.bytes);
  } catch (e) {
    return refuse('corrupt-workbook', `The workbook is damaged and cannot be read (${messageOf(e)}).`);
  }
  try {
    const meta = readMeta(workbook);
    const isReview =
      (meta.status === 'ok' && meta.meta.kind === 'review') ||
      (meta.status !== 'ok' && workbook.getWorksheet(SHEETS.summary) && !workbook.getWorksheet(SHEETS.introduction));
    if (isReview)
      return refuse(
        'not-a-response',
        `${ctx.fileName} is a review workbook (it has a "${SHEETS.summary}" sheet), not a response form or a filled-in blank form; open it with Import from Excel instead`,
      );
    const imported = readWorkbook(workbook, ctx, checked.value.clipped, meta);
    if (!imported.ok) return { ok: false, error: { ...imported.error, fileName: ctx.fileName } };
    const reader: CellReader = { problems: [], warnings: [] };
    const who = readRespondent(reader, workbook);
    if (reader.problems.length > 0) return refuse('invalid-workbook', reader.problems[0]!.message, reader.problems);
    const { review } = imported.value.bundle;
    const respondent: RespondentContent = { ...who, ratings: {}, comments: {}, factors: {} };
    for (const [id, answer] of Object.entries(review.answers)) {
      if (answer.rating) respondent.ratings[id] = answer.rating;
      if (answer.notes.trim() !== '') respondent.comments[id] = answer.notes;
    }
    for (const [id, section] of Object.entries(review.factors))
      if (Object.keys(section.marks).length > 0) respondent.factors[id] = { ...section.marks };
    const response = meta.status === 'ok' ? (meta.meta.response ?? null) : null;
    return ok({
      fileName: ctx.fileName,
      reviewId: response?.reviewId ?? null,
      formId: response?.formId ?? null,
      respondent,
    });
  } catch (e) {
    return refuse('unreadable-workbook', `The workbook could not be read (${messageOf(e)}).`);
  }
}

/** Name, organisation and role beside their labels on the Introduction; a plain blank form has none of them. */
function readRespondent(reader: CellReader, workbook: Workbook): Pick<RespondentContent, 'name' | 'organisation' | 'role'> {
  const out = { name: '', organisation: '', role: '' };
  const sheet = workbook.getWorksheet(SHEETS.introduction);
  if (!sheet) return out;
  const byLabel = new Map(Object.entries(RESPONDENT_LABELS).map(([key, label]) => [label.toLowerCase(), key as keyof typeof out]));
  const seen = new Set<string>();
  for (let r = 1; r <= Math.min(sheet.rowCount, 60); r += 1) {
    const key = byLabel.get(labelOf(sheet, `A${r}`).toLowerCase());
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out[key] = readText(reader, sheet, `B${r}`, LIMITS.shortText, `your ${key}`).trim();
  }
  return out;
}
