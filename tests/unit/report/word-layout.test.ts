import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '@shared/report/index.ts';
import { REPORT_FONT } from '@shared/report/style.ts';
import { wordLayout, type LaidOutFont } from '@shared/report/word-layout.ts';
import { fullReview, input, nodeFonts } from './fixtures.ts';

/** pdfkit's own word layout (EmbeddedFont.layout) against the faster loop that replaces it (word-layout.ts). */
describe('laying out words without an array per character', () => {
  let face: LaidOutFont;
  beforeAll(async () => {
    // A report registers the fonts and puts the faster loop in place; a blank document then opens a face.
    await renderReport(input(fullReview()), await nodeFonts());
    const pdfmake = (await import('pdfmake')).default as unknown as {
      createPdf(d: object): { getStream(): Promise<{ provideFont(f: string, b: boolean, i: boolean): LaidOutFont }> };
    };
    face = (await pdfmake.createPdf({ content: [], defaultStyle: { font: REPORT_FONT } }).getStream()).provideFont(
      REPORT_FONT,
      false,
      true,
    );
  }, 60_000);

  const both = (text: string, onlyWidth: boolean) => {
    wordLayout.enabled = false;
    const theirs = face.layout(text, undefined, onlyWidth);
    wordLayout.enabled = true;
    const ours = face.layout(text, undefined, onlyWidth);
    return { theirs, ours };
  };

  it('gives the same glyphs, positions and width for any text, spaces and tabs anywhere', () => {
    const text = fc.stringMatching(/^[ \tA-Za-zéœ’–✓0-9.,-]{0,40}$/);
    fc.assert(
      fc.property(text, fc.boolean(), (t, onlyWidth) => {
        const { theirs, ours } = both(t, onlyWidth);
        expect(ours.advanceWidth).toBe(theirs.advanceWidth);
        expect(ours.glyphs).toEqual(theirs.glyphs);
        expect(ours.positions).toEqual(theirs.positions);
      }),
      { numRuns: 300 },
    );
  });

  it('is in place: the report takes the faster loop', () => {
    wordLayout.enabled = true;
    expect(face.layout.toString()).not.toContain('includes');
  });
});
