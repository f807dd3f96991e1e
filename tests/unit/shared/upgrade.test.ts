import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReviewFile } from '@shared/files/review-file.ts';
import { upgradeReviewRecord } from '@shared/model/upgrade.ts';
import { asCurrentPartnership, asCurrentReview } from '../../fixtures/db/as-current.ts';

/** A review file saved by format 1 (before respondents), committed and never regenerated. */
const formatOne = readFileSync(new URL('../../fixtures/fuzz/bom.review.json', import.meta.url), 'utf8');

describe('reviews saved before respondents', () => {
  it('a format-1 review file opens with no respondents and every answer agreed or not yet discussed', () => {
    const raw = JSON.parse(formatOne.replace(/^\uFEFF/, '')) as { formatVersion: number; review: { answers: object }; partnership: object };
    expect(raw.formatVersion).toBe(1);
    const opened = parseReviewFile(formatOne.replace(/^\uFEFF/, ''), 'old.json');
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.review).toEqual(asCurrentReview(raw.review));
    expect(opened.value.partnership).toEqual(asCurrentPartnership(raw.partnership));
  });

  it('adds only what is missing and leaves what is there for the schema to judge', () => {
    const present = {
      respondents: 'not a list',
      anonymous: true,
      answers: { a: { rating: null, noAgreement: true, agreedWhy: 'x' }, b: 7 },
    };
    expect(upgradeReviewRecord(present)).toEqual({ ...present, minGroupSize: 3, hands: {}, parkingLot: [] });
    expect(upgradeReviewRecord(null)).toBe(null);
    expect(upgradeReviewRecord([1])).toEqual([1]);
  });
});
