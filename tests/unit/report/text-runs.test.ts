import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderReport, reportDefinition } from '@shared/report/index.ts';
import { renderWith } from '@shared/report/pdfmake.ts';
import { textRuns } from '@shared/report/text-runs.ts';
import type { ReportFonts } from '@shared/report/fonts.ts';
import type { ReportInput } from '@shared/report/input.ts';
import { earlierReview, emptyReview, fullReview, input, instrument, nodeFonts } from './fixtures.ts';

/**
 * Words drawn in runs (shared/report/text-runs.ts) against the same report drawn word by word, as pdfmake alone does:
 * poppler, not our code, renders every page of both to pixels and reads both as text, and they must be the same.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'report-runs-'));

/** Every page as PNG bytes, rendered by poppler at a resolution where a misplaced glyph shows. */
function pages(pdf: Uint8Array, name: string): Buffer[] {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '100', '-png', file, path.join(dir, name)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f)));
}

const layoutText = (pdf: Uint8Array, name: string) => {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

/** The number of text objects (BT … ET) in all the PDF's content streams, inflated here with zlib. */
function textObjects(pdf: Uint8Array): number {
  const raw = Buffer.from(pdf);
  let count = 0;
  for (let at = raw.indexOf('stream\n'); at !== -1; at = raw.indexOf('stream\n', at + 1)) {
    const end = raw.indexOf('\nendstream', at);
    if (end === -1 || raw.subarray(Math.max(0, at - 3), at).toString('latin1') === 'end') continue;
    try {
      count += (
        inflateSync(raw.subarray(at + 7, end))
          .toString('latin1')
          .match(/^BT$/gm) ?? []
      ).length;
    } catch {
      // not a deflated stream
    }
  }
  return count;
}

function longReview() {
  const review = fullReview();
  const first = instrument.sections[0]!.benchmarks[0]!;
  const essay = Array.from({ length: 120 }, (_, i) => `Step ${i + 1} of the long plan.`).join(' ');
  review.answers[first.id] = { ...review.answers[first.id]!, actionNeeded: essay, notes: `${'x'.repeat(300)} ${essay}` };
  return review;
}

const CASES: [string, () => ReportInput][] = [
  ['a full review with an earlier one', () => input(fullReview(), [earlierReview()])],
  ['a draft with nothing rated (watermarked)', () => input(emptyReview())],
  ['long actions and an unbroken 300-character note', () => input(longReview())],
];

describe('drawing words in runs', () => {
  let fonts: ReportFonts;
  beforeAll(async () => {
    fonts = await nodeFonts();
  });
  afterEach(() => {
    textRuns.enabled = true;
  });

  it.each(CASES)(
    '%s: every page renders to the same pixels and reads the same, from far fewer text objects',
    async (name, make) => {
      const slug = name.replace(/\W+/g, '-');
      textRuns.enabled = false;
      const plain = await renderReport(make(), fonts);
      textRuns.enabled = true;
      const runs = await renderReport(make(), fonts);
      const plainPages = pages(plain, `${slug}-plain`);
      const runPages = pages(runs, `${slug}-runs`);
      expect(runPages.length).toBe(plainPages.length);
      runPages.forEach((png, i) => expect(png.equals(plainPages[i]!), `page ${i + 1}`).toBe(true));
      expect(layoutText(runs, `${slug}-runs`)).toBe(layoutText(plain, `${slug}-plain`));
      // Word by word, every word is its own text object; in runs, a handful per page.
      expect(textObjects(runs) * 4).toBeLessThan(textObjects(plain));
    },
    60_000,
  );

  it('takes hold in pdfmake’s browser build, which the app runs', async () => {
    const browserBuild = createRequire(import.meta.url)('pdfmake/build/pdfmake.js') as Parameters<typeof renderWith>[0];
    const definition = () => reportDefinition(input(fullReview()));
    textRuns.enabled = false;
    const plain = await renderWith(browserBuild, definition(), fonts);
    textRuns.enabled = true;
    const runs = await renderWith(browserBuild, definition(), fonts);
    expect(textObjects(runs) * 4).toBeLessThan(textObjects(plain));
    expect(layoutText(runs, 'browser-runs')).toBe(layoutText(plain, 'browser-plain'));
  }, 60_000);
});
