import { benchmarksOf } from '../instrument/catalogue.ts';
import type { Instrument } from '../instrument/schema.ts';
import type { Problem } from '../result.ts';
import { ACTION_STATUS_LABELS, ActionStatus, answerOf, LIMITS, type BenchmarkAnswer } from '../model/review.ts';
import { ACTION_PLAN_HEADER_ROW as HEADER_ROW, PLAN_COLUMNS as C } from './action-plan-layout.ts';
import { labelOf, readText, shown, where, type CellReader } from './cells.ts';
import type { Worksheet } from './exceljs.ts';
import { planFingerprint } from './fingerprints.ts';
import { sectionSheetName, SHEETS } from './layout.ts';

export interface ActionPlanRead {
  statuses: Record<string, ActionStatus>;
  /** What the plan shows for each action, to warn when a person edited it here instead of on the section sheet. */
  shown: Record<string, { row: number; actionNeeded: string; byWhom: string }>;
}

/**
 * The plan is a view of the section sheets; the one thing read back from it is each action's Status, the column a
 * client updates as work gets done.
 */
export function readActionPlan(reader: CellReader, sheet: Worksheet, numbers: Map<string, string>): ActionPlanRead {
  const out: ActionPlanRead = { statuses: {}, shown: {} };
  const byLabel = new Map(
    (Object.entries(ACTION_STATUS_LABELS) as [ActionStatus, string][]).map(([id, label]) => [label.toLowerCase(), id]),
  );
  const last = Math.min(sheet.rowCount, 2_000);
  const quiet: CellReader = { problems: [], warnings: [] };
  for (let r = HEADER_ROW + 1; r <= last; r += 1) {
    const id = numbers.get(labelOf(sheet, `${C.number}${r}`));
    if (!id) continue;
    out.shown[id] = {
      row: r,
      actionNeeded: readText(quiet, sheet, `${C.actionNeeded}${r}`, LIMITS.longText, ''),
      byWhom: readText(quiet, sheet, `${C.byWhom}${r}`, LIMITS.shortText, ''),
    };
    const text = labelOf(sheet, `${C.status}${r}`);
    if (text === '') continue;
    const status = byLabel.get(text.toLowerCase()) ?? ActionStatus.safeParse(text.toLowerCase()).data;
    if (status) out.statuses[id] = status;
    else
      reader.problems.push({
        where: where(sheet, `${C.status}${r}`),
        message: `the status "${shown(text)}" is not one of ${Object.values(ACTION_STATUS_LABELS).join(', ')}`,
      });
  }
  return out;
}

/**
 * Edits to the plan's action or owner columns are not read; say so rather than drop them silently. A plan that still
 * shows what was exported is only stale (the section sheets were edited), which is fine.
 */
export function planEditWarnings(
  plan: ActionPlanRead,
  answers: Record<string, BenchmarkAnswer>,
  instrument: Instrument,
  exported: string | undefined,
): Problem[] {
  const warnings: Problem[] = [];
  const shownRows = Object.fromEntries(
    Object.entries(plan.shown).map(([id, r]) => [id, { actionNeeded: r.actionNeeded, byWhom: r.byWhom }]),
  );
  if (exported !== undefined && planFingerprint(shownRows) === exported) return warnings;
  for (const { section, benchmark } of benchmarksOf(instrument)) {
    const seen = plan.shown[benchmark.id];
    if (!seen) continue;
    const a = answerOf({ answers }, benchmark.id);
    const check = (column: string, planText: string, sheetText: string, heading: string) => {
      if (planText.trim() === sheetText.trim()) return;
      warnings.push({
        where: `${SHEETS.actionPlan}!${column}${seen.row}`,
        message: `edits on the Action plan are not read: change ${heading} for ${benchmark.number} on the "${sectionSheetName(section)}" sheet`,
      });
    };
    check(C.actionNeeded, seen.actionNeeded, a.actionNeeded, instrument.headings.actionNeeded);
    check(C.byWhom, seen.byWhom, a.byWhom, instrument.headings.byWhom);
  }
  return warnings;
}
