import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, parseEnvelope, reviewFormProblems } from '@shared/files/format.ts';
import { issuePath } from '@shared/zod.ts';
import { describeBytes, fileKinds } from '@shared/files/kinds.ts';
import { parseReviewFile, serializeReviewFile } from '@shared/files/review-file.ts';
import { NOW, sampleBundle } from '../excel/sample.ts';

describe('file kinds', () => {
  it('describes sizes in whole megabytes of 1024 × 1024 bytes', () => {
    expect(describeBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(describeBytes(1.6 * 1024 * 1024)).toBe('2 MB');
    expect(describeBytes(fileKinds.library.maxReadBytes)).toBe('200 MB');
  });
});

describe('the JSON file envelope', () => {
  const envelope = (fields: Record<string, unknown>) =>
    JSON.stringify({ format: 'partnership-review/review', formatVersion: 1, savedAt: NOW, ...fields });

  it('refuses a file over the limit before parsing it, saying what it should have been', () => {
    const text = ' '.repeat(FILE_LIMITS['partnership-review/review'] + 1);
    expect(parseEnvelope(text, 'big.json', 'partnership-review/review')).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'big.json is too large to be a Partnership Review review file.' },
    });
  });

  it('names an unknown format by its own name', () => {
    expect(parseEnvelope(envelope({ format: 'spreadsheet/thing' }), 'x.json', 'partnership-review/review')).toEqual({
      ok: false,
      error: { code: 'wrong-format', message: 'x.json is a "spreadsheet/thing" file, not a Partnership Review review file.' },
    });
  });

  it('names a library backup opened as a review file', () => {
    const result = parseEnvelope(envelope({ format: 'partnership-review/library' }), 'lib.json', 'partnership-review/review');
    expect(result.ok || result.error.message).toBe(
      'lib.json is a Partnership Review library backup, not a Partnership Review review file.',
    );
  });

  it.each([0, 1.5, -1])('refuses formatVersion %s with the place to fix', (formatVersion) => {
    expect(parseEnvelope(envelope({ formatVersion }), 'v.json', 'partnership-review/review')).toEqual({
      ok: false,
      error: {
        code: 'wrong-format',
        message: `v.json has an invalid formatVersion (${formatVersion}).`,
        problems: [{ where: 'formatVersion', message: 'must be a whole number from 1' }],
      },
    });
  });

  it('hands back the body without the envelope', () => {
    expect(parseEnvelope(envelope({ review: 1 }), 'ok.json', 'partnership-review/review')).toEqual({ ok: true, value: { review: 1 } });
  });
});

describe('a review file against the forms the app knows', () => {
  it('says to update the app for a newer version of a known form, and names an unknown form', () => {
    const { review } = sampleBundle();
    expect(reviewFormProblems({ ...review, instrument: { id: review.instrument.id, version: 3 } }, 'review')).toEqual([
      { where: 'review.instrument', message: 'made with version 3 of the form; this app knows up to version 1: update the app' },
    ]);
    expect(reviewFormProblems({ ...review, instrument: { id: 'other-form', version: 3 } }, 'r')).toEqual([
      { where: 'r.instrument', message: 'made with a form this app does not know (other-form version 3)' },
    ]);
  });

  it('counts the invalid values in its message: one, or how many', () => {
    const json = JSON.parse(serializeReviewFile(sampleBundle(), NOW));
    json.review.date = 'yesterday';
    const one = parseReviewFile(JSON.stringify(json), 'one.json');
    expect(one.ok || one.error.message).toBe('one.json cannot be opened: one value is not valid.');
    json.review.status = 'sent';
    const two = parseReviewFile(JSON.stringify(json), 'two.json');
    expect(two.ok || two.error.message).toBe('two.json cannot be opened: 2 values are not valid.');
  });
});

describe('places in a JSON file', () => {
  it('writes a path as a person would type it into a script', () => {
    expect(issuePath([], '(top level)')).toBe('(top level)');
    expect(issuePath([0], '(top level)')).toBe('[0]');
    expect(issuePath(['review', 'answers', 'leadership-common-vision', 'rating'], '(top level)')).toBe(
      'review.answers["leadership-common-vision"].rating',
    );
    expect(issuePath(['reviews', 3, 'date'], '(top level)')).toBe('reviews[3].date');
  });

  it('accepts a file exactly at the size limit (it is then read, and here found not to be JSON)', () => {
    const text = ' '.repeat(FILE_LIMITS['partnership-review/review']);
    const result = parseEnvelope(text, 'edge.json', 'partnership-review/review');
    expect(result.ok || result.error.code).toBe('not-json');
    expect(result.ok || result.error.message).toMatch(
      /^edge\.json is not a Partnership Review review file: it is not valid JSON \(.+\)\.$/,
    );
  });

  it("refuses a review filed under another partnership, at the review's partnershipId", () => {
    const { partnership, review } = sampleBundle();
    const text = JSON.stringify({
      format: 'partnership-review/review',
      formatVersion: 1,
      savedAt: NOW,
      partnership,
      review: { ...review, partnershipId: '00000000-0000-4000-8000-000000000777' },
    });
    const result = parseReviewFile(text, 'moved.json');
    expect(result.ok || result.error.problems).toEqual([
      { where: 'review.partnershipId', message: 'the review belongs to a different partnership' },
    ]);
  });
});
