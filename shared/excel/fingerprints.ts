import { emptyAnswer, type BenchmarkAnswer, type Partnership, type Review } from '../model/review.ts';
import { REVIEW_DEFAULTS } from '../model/defaults.ts';
import { hasAction } from './action-plan-layout.ts';
import { cellText } from './text.ts';

/**
 * The short hashes kept in "_data" at export and compared on import: the exporter and the importer both take them
 * from here, so neither reaches into the other.
 */

/**
 * A short hash of what a person can edit, taken at export: on import, a different hash means the workbook was edited
 * outside the app, so the review's updatedAt moves to the import time and a later merge prefers it.
 */
export function fingerprint(value: unknown): string {
  const text = canonicalJson(value);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What the fingerprint covers: everything but the clock, so an untouched round trip keeps its updatedAt. Fields added
 * after workbook format 1 count only when they differ from what an older review is read as, so a workbook exported
 * before they existed still matches its review.
 */
export function reviewFingerprint(review: Review): string {
  const unlessDefault = <T>(value: T, byDefault: T): T | undefined =>
    JSON.stringify(value) === JSON.stringify(byDefault) ? undefined : value;
  const fresh = emptyAnswer();
  return fingerprint({
    ...review,
    updatedAt: undefined,
    ...Object.fromEntries(
      Object.entries(REVIEW_DEFAULTS).map(([key, byDefault]) => [
        key,
        unlessDefault(review[key as keyof typeof REVIEW_DEFAULTS], byDefault),
      ]),
    ),
    answers: Object.fromEntries(
      Object.entries(review.answers).map(([id, a]) => [
        id,
        { ...a, noAgreement: unlessDefault(a.noAgreement, fresh.noAgreement), agreedWhy: unlessDefault(a.agreedWhy, fresh.agreedWhy) },
      ]),
    ),
  });
}
export function partnershipFingerprint(partnership: Partnership | Omit<Partnership, 'reviewIntervalMonths'>): string {
  return fingerprint({ ...partnership, updatedAt: undefined });
}

/** The action and owner text the plan shows, per benchmark, as a short hash. */
export function planFingerprint(rows: Record<string, { actionNeeded: string; byWhom: string }>): string {
  return fingerprint(Object.fromEntries(Object.entries(rows).map(([id, r]) => [id, [r.actionNeeded, r.byWhom]])));
}

export function exportedPlanFingerprint(answers: Record<string, BenchmarkAnswer>): string {
  const rows: Record<string, { actionNeeded: string; byWhom: string }> = {};
  for (const [id, a] of Object.entries(answers))
    if (hasAction(a)) rows[id] = { actionNeeded: cellText(a.actionNeeded), byWhom: cellText(a.byWhom) };
  return planFingerprint(rows);
}
