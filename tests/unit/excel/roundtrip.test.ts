import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportReviewWorkbook, importWorkbook } from '@shared/excel/index.ts';
import { forSharing } from '@shared/respondents/anonymity.ts';
import { bundleArbitrary } from './arbitraries.ts';
import { idMaker, NOW, sampleBundle } from './sample.ts';

describe('review workbook round trip', () => {
  it('gives back the same review, partnership, ids and timestamps, and says it came from the app', async () => {
    const bundle = sampleBundle();
    const result = await importWorkbook(await exportReviewWorkbook(bundle), { fileName: 'r.xlsx', newId: idMaker(), now: NOW });
    expect(result.ok && result.value.warnings).toEqual([]);
    expect(result.ok && result.value.fromApp).toBe(true);
    expect(result.ok && result.value.bundle).toEqual(bundle);
  });

  it('property: any valid review -> export -> import is the same review (an anonymous one without names or roles)', async () => {
    await fc.assert(
      fc.asyncProperty(bundleArbitrary, async (bundle) => {
        const bytes = await exportReviewWorkbook(bundle);
        const result = await importWorkbook(bytes, { fileName: 'p.xlsx', newId: idMaker(), now: NOW });
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        expect(result.value.bundle).toEqual({ ...bundle, review: forSharing(bundle.review) });
        expect(result.value.warnings).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
