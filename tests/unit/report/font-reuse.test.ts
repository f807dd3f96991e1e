import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport, reportDefinition } from '@shared/report/index.ts';
import { renderWith } from '@shared/report/pdfmake.ts';
import { reuse } from '@shared/report/font-reuse.ts';
import type { ReportFonts } from '@shared/report/fonts.ts';
import { earlierReview, fullReview, input, nodeFonts } from './fixtures.ts';

/** The PDF as text with what differs on every run (creation date, document ID) taken out. */
const stable = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(date)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID');

/**
 * Later reports in a process reuse the first report's parsed faces and word layouts (shared/report/font-reuse.ts).
 * That must leave every PDF exactly as it was; the poppler checks in pdf.test.ts read reports made this way too.
 */
describe('reusing the fonts from one report to the next', () => {
  let fonts: ReportFonts;
  beforeAll(async () => {
    fonts = await nodeFonts();
  });

  it('takes hold from the second report with the same font bytes: all three faces, each once', async () => {
    const report = input(fullReview(), [earlierReview()]);
    // The first keeps its faces (in this worker another test may already have done so).
    await renderReport(report, fonts);
    const before = reuse.faces;
    await renderReport(report, fonts);
    expect(reuse.faces - before).toBe(3);
  }, 60_000);

  it('makes byte for byte the same PDF as a report that parses its fonts afresh', async () => {
    const report = input(fullReview(), [earlierReview()]);
    await renderReport(report, fonts);
    const before = reuse.faces;
    const reused = await renderReport(report, fonts);
    expect(reuse.faces).toBeGreaterThan(before);
    // pdfkit parsing every face itself, as it does without this file.
    reuse.enabled = false;
    try {
      const countBefore = reuse.faces;
      const fresh = await renderReport(report, fonts);
      expect(reuse.faces).toBe(countBefore);
      expect(stable(reused)).toBe(stable(fresh));
    } finally {
      reuse.enabled = true;
    }
  }, 60_000);

  it('takes hold in pdfmake’s browser build, which the app runs, once per face even where two styles share one', async () => {
    const browserBuild = createRequire(import.meta.url)('pdfmake/build/pdfmake.js') as Parameters<typeof renderWith>[0];
    const definition = () => reportDefinition(input(fullReview(), [earlierReview()]));
    await renderWith(browserBuild, definition(), fonts);
    const before = reuse.faces;
    const reused = await renderWith(browserBuild, definition(), fonts);
    // Its bold italic (the "Notes:" label) is the bold file: pdfkit hands the bold face out again for it.
    expect(reuse.faces - before).toBe(3);
    reuse.enabled = false;
    try {
      expect(stable(reused)).toBe(stable(await renderWith(browserBuild, definition(), fonts)));
    } finally {
      reuse.enabled = true;
    }
  }, 60_000);
});
