import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '@shared/report/index.ts';
import { prewrap } from '@shared/report/prewrap.ts';
import { PAGE } from '@shared/report/style.ts';
import type { ReportFonts } from '@shared/report/fonts.ts';
import type { ReportInput } from '@shared/report/input.ts';
import { contentLines, earlierReview, emptyReview, fullReview, input, nodeFonts, withFirstAnswer, withoutAndWith } from './fixtures.ts';

/**
 * Paragraphs broken into lines before pdfmake sees them (shared/report/prewrap.ts) against pdfmake breaking them
 * itself: poppler finds every word of both PDFs, and each must be on the same page at the same place.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'report-prewrap-'));

function file(pdf: Uint8Array, name: string): string {
  const at = path.join(dir, `${name}.pdf`);
  writeFileSync(at, pdf);
  return at;
}

interface Box {
  page: number;
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

/** Every word poppler finds, with its page and box in points. */
function wordBoxes(pdf: Uint8Array, name: string): Box[] {
  const html = execFileSync('pdftotext', ['-bbox', file(pdf, name), '-'], { encoding: 'utf8' });
  return html.split('<page ').flatMap((page, p) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      page: p,
      word: m[4]!,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
    })),
  );
}

/** The same words on the same pages at the same places, to a hundredth of a point (sums of widths round differently). */
function expectSameWords(actual: Box[], expected: Box[]): void {
  expect(actual.map((b) => `${b.page} ${b.word}`)).toEqual(expected.map((b) => `${b.page} ${b.word}`));
  actual.forEach((b, i) => {
    const e = expected[i]!;
    // Where each word starts: poppler's right edge of a word depends on how the glyphs after it were grouped.
    expect(Math.abs(b.xMin - e.xMin) + Math.abs(b.yMin - e.yMin), `${b.word} on page ${b.page}`).toBeLessThan(0.01);
  });
}

/** The glyph strings shown (TJ operators) in a content stream. */
const SHOWN = / TJ$/gm;

const ESSAY = Array.from({ length: 150 }, (_, i) => `Step ${i + 1} of the long, well-argued plan (see p.${i}).`).join(' ');

const CASES: [string, () => ReportInput][] = [
  ['a full review with an earlier one', () => input(fullReview(), [earlierReview()])],
  ['a draft with nothing rated', () => input(emptyReview())],
  [
    'long actions and notes with hyphens, brackets and line breaks',
    () => input(withFirstAnswer(ESSAY, `First line\nSecond line\n\n${ESSAY}`)),
  ],
];

describe('breaking paragraphs into lines before pdfmake', () => {
  let fonts: ReportFonts;
  beforeAll(async () => {
    fonts = await nodeFonts();
  });

  it.each(CASES)(
    '%s: every word on the same page at the same place, from far fewer glyph strings',
    async (name, make) => {
      const slug = name.replace(/\W+/g, '-');
      const [plain, lines] = await withoutAndWith(prewrap, () => renderReport(make(), fonts));
      expectSameWords(wordBoxes(lines, `${slug}-lines`), wordBoxes(plain, `${slug}-plain`));
      // Word by word each word is shown on its own; as lines, a line at a time.
      expect(contentLines(lines, SHOWN) * 2).toBeLessThan(contentLines(plain, SHOWN));
    },
    60_000,
  );

  it('keeps a 300-character unbroken action and note inside the page, cut across lines', async () => {
    const link = `https://example.org/${'a'.repeat(280)}`;
    const pdf = await renderReport(input(withFirstAnswer(link, link)), fonts);
    const words = wordBoxes(pdf, 'unbroken');
    const right = PAGE.width - PAGE.margins[2];
    expect(words.filter((w) => w.word.startsWith('https://example.org/')).length).toBeGreaterThanOrEqual(2);
    for (const w of words) expect(w.xMax, w.word).toBeLessThanOrEqual(right + 0.5);
  }, 60_000);
});
