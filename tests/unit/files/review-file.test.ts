import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReviewFile, serializeReviewFile } from '@shared/files/review-file.ts';
import { serializeLibrary } from '@shared/files/library-file.ts';
import { bundleArbitrary } from '../excel/arbitraries.ts';
import { NOW, sampleBundle } from '../excel/sample.ts';

describe('the portable review file', () => {
  it('writes the format, its version and when it was saved, then the partnership and review', () => {
    const json = JSON.parse(serializeReviewFile(sampleBundle(), NOW));
    expect(Object.keys(json)).toEqual(['format', 'formatVersion', 'savedAt', 'partnership', 'review']);
    expect(json).toMatchObject({ format: 'partnership-review/review', formatVersion: 3, savedAt: NOW });
  });

  it('property: any valid review reads back equal', () => {
    fc.assert(
      fc.property(bundleArbitrary, (bundle) => {
        const result = parseReviewFile(serializeReviewFile(bundle, NOW), 'r.json');
        expect(result.ok && result.value).toEqual(bundle);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses text that is not JSON', () => {
    const result = parseReviewFile('{"format": "partnership-review/review",', 'broken.json');
    expect(!result.ok && result.error.code).toBe('not-json');
    expect(!result.ok && result.error.message).toMatch(/^broken\.json is not a Partnership Review review file: it is not valid JSON/);
  });

  it('refuses a library backup opened as a review, saying what it is', () => {
    const result = parseReviewFile(serializeLibrary({ partnerships: [], reviews: [] }, NOW), 'backup.json');
    expect(!result.ok && result.error).toMatchObject({
      code: 'wrong-format',
      message: 'backup.json is a Partnership Review library backup, not a Partnership Review review file.',
    });
  });

  it('refuses a newer formatVersion with a clear message', () => {
    const text = serializeReviewFile(sampleBundle(), NOW).replace('"formatVersion": 3', '"formatVersion": 4');
    const result = parseReviewFile(text, 'future.json');
    expect(!result.ok && result.error).toEqual({
      code: 'newer-format',
      message:
        'future.json was saved by a newer version of Partnership Review (file format 4; this app reads up to 3). Update the app to open it.',
    });
  });

  it('names the JSON path of every invalid value', () => {
    const json = JSON.parse(serializeReviewFile(sampleBundle(), NOW));
    json.review.answers['leadership-common-vision'].rating = 'excellent';
    json.review.date = '14/03/2025';
    json.partnership.partners[1] = 42;
    const result = parseReviewFile(JSON.stringify(json), 'bad.json');
    expect(!result.ok && result.error.code).toBe('invalid-file');
    const wheres = !result.ok ? result.error.problems?.map((p) => p.where).sort() : [];
    expect(wheres).toEqual(['partnership.partners[1]', 'review.answers["leadership-common-vision"].rating', 'review.date']);
  });

  it('refuses answers to benchmarks the form does not have, and a newer version of the form', () => {
    const json = JSON.parse(serializeReviewFile(sampleBundle(), NOW));
    json.review.answers['made-up'] = json.review.answers['leadership-common-vision'];
    expect(parseReviewFile(JSON.stringify(json), 'x.json')).toMatchObject({
      ok: false,
      error: { problems: [{ where: 'review.answers.made-up', message: 'no benchmark "made-up" in this form' }] },
    });
    json.review.instrument.version = 9;
    delete json.review.answers['made-up'];
    const result = parseReviewFile(JSON.stringify(json), 'x.json');
    expect(!result.ok && result.error.problems).toEqual([
      { where: 'review.instrument', message: 'made with version 9 of the form; this app knows up to version 1: update the app' },
    ]);
  });
});
