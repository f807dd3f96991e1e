import type { Respondent } from './respondent.ts';
import type { HandCounts, ParkedItem } from './workshop.ts';

/**
 * What a new review starts with beyond its answers, and what a review saved before these fields existed (store
 * schema v1–v3, file and workbook format 1) is read as: no respondents, named, a minimum group size of 3, no show of
 * hands and an empty parking lot. Copy with structuredClone before changing.
 */
export const REVIEW_DEFAULTS = {
  respondents: [] as Respondent[],
  anonymous: false,
  minGroupSize: 3,
  hands: {} as Record<string, HandCounts>,
  parkingLot: [] as ParkedItem[],
} as const;

/**
 * What a new partnership starts with beyond its name, and what one saved before the field existed (store schema
 * v1–v4, file format 1–2, workbook format 1–2) is read as: reviewed once a year.
 */
export const PARTNERSHIP_DEFAULTS = {
  reviewIntervalMonths: 12,
} as const;
