import { z } from '../zod.ts';
import { emptyAnswer, ReviewSchema } from './review.ts';
import { PARTNERSHIP_DEFAULTS, REVIEW_DEFAULTS } from './defaults.ts';

/**
 * Reviews saved before respondents existed (store schema v1–v3, review and library files of format 1, workbooks of
 * format 1) lack the agreed-rating fields and the respondents. They are read as what they always meant: no
 * respondents, not anonymous, every answer agreed or not yet discussed (never "No agreement reached"). Only missing
 * fields are added; anything present is left for the schema to judge, so a damaged record stays damaged.
 */
export function upgradeReviewRecord(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  const review: Record<string, unknown> = { ...raw };
  for (const [key, value] of Object.entries(REVIEW_DEFAULTS)) if (!(key in review)) review[key] = structuredClone(value);
  if (isPlainObject(review.answers)) {
    const { noAgreement, agreedWhy } = emptyAnswer();
    const answers: Record<string, unknown> = {};
    for (const [id, answer] of Object.entries(review.answers)) {
      answers[id] = isPlainObject(answer) ? { noAgreement, agreedWhy, ...answer } : answer;
    }
    review.answers = answers;
  }
  return review;
}

/** A review of any earlier generation, read as today's shape; for boundaries that may hold old records. */
export const AnyGenerationReviewSchema = z.pipe(z.transform(upgradeReviewRecord), ReviewSchema);

/**
 * Partnerships saved before the review interval existed (store schema v1–v4, files of format 1–2, workbooks of
 * format 1–2) are read as reviewed once a year. Only the missing field is added.
 */
export function upgradePartnershipRecord(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  const partnership: Record<string, unknown> = { ...raw };
  for (const [key, value] of Object.entries(PARTNERSHIP_DEFAULTS)) if (!(key in partnership)) partnership[key] = value;
  return partnership;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
