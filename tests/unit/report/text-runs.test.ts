import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport, reportDefinition } from '@shared/report/index.ts';
import { renderWith } from '@shared/report/pdfmake.ts';
import { textRuns } from '@shared/report/text-runs.ts';
import type { ReportFonts } from '@shared/report/fonts.ts';
import type { ReportInput } from '@shared/report/input.ts';
import { contentLines, earlierReview, emptyReview, fullReview, input, nodeFonts, withFirstAnswer, withoutAndWith } from './fixtures.ts';

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

/** A text object opening (BT … ET) in a content stream. */
const TEXT_OBJECT = /^BT$/gm;

const STEPS = Array.from({ length: 120 }, (_, i) => `Step ${i + 1} of the long plan.`).join(' ');

const CASES: [string, () => ReportInput][] = [
  ['a full review with an earlier one', () => input(fullReview(), [earlierReview()])],
  ['a draft with nothing rated (watermarked)', () => input(emptyReview())],
  ['long actions and an unbroken 300-character note', () => input(withFirstAnswer(STEPS, `${'x'.repeat(300)} ${STEPS}`))],
];

describe('drawing words in runs', () => {
  let fonts: ReportFonts;
  beforeAll(async () => {
    fonts = await nodeFonts();
  });

  it.each(CASES)(
    '%s: every page renders to the same pixels and reads the same, from far fewer text objects',
    async (name, make) => {
      const slug = name.replace(/\W+/g, '-');
      const [plain, runs] = await withoutAndWith(textRuns, () => renderReport(make(), fonts));
      const plainPages = pages(plain, `${slug}-plain`);
      const runPages = pages(runs, `${slug}-runs`);
      expect(runPages.length).toBe(plainPages.length);
      runPages.forEach((png, i) => expect(png.equals(plainPages[i]!), `page ${i + 1}`).toBe(true));
      expect(layoutText(runs, `${slug}-runs`)).toBe(layoutText(plain, `${slug}-plain`));
      // Word by word, every word is its own text object; in runs, a handful per page.
      expect(contentLines(runs, TEXT_OBJECT) * 4).toBeLessThan(contentLines(plain, TEXT_OBJECT));
    },
    60_000,
  );

  it('takes hold in pdfmake’s browser build, which the app runs', async () => {
    const browserBuild = createRequire(import.meta.url)('pdfmake/build/pdfmake.js') as Parameters<typeof renderWith>[0];
    const definition = () => reportDefinition(input(fullReview()));
    const [plain, runs] = await withoutAndWith(textRuns, () => renderWith(browserBuild, definition(), fonts));
    expect(contentLines(runs, TEXT_OBJECT) * 4).toBeLessThan(contentLines(plain, TEXT_OBJECT));
    expect(layoutText(runs, 'browser-runs')).toBe(layoutText(plain, 'browser-plain'));
  }, 60_000);
});
