import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '@shared/report/index.ts';
import { actionFor, earlierReview, emptyReview, fullReview, input, instrument, nodeFonts } from './fixtures.ts';

/**
 * The PDF read back by independent tools (Debian's poppler-utils), not by the code that wrote it. pdftotext breaks
 * lines where the layout wraps, so text is compared with all whitespace collapsed.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'report-pdf-'));
const poppler = (tool: string, file: string, ...args: string[]) =>
  execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/g, ' ');
const pagesOf = (info: string) => Number(/Pages:\s+(\d+)/.exec(info)?.[1]);

async function write(name: string, bytes: Promise<Uint8Array>): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await bytes);
  return file;
}

describe('the report as a PDF', () => {
  let full: string;
  let empty: string;
  let long: string;
  beforeAll(async () => {
    const fonts = await nodeFonts();
    full = await write('full.pdf', renderReport(input(fullReview(), [earlierReview()]), fonts));
    empty = await write('empty.pdf', renderReport(input(emptyReview()), fonts));
    const review = fullReview();
    const first = instrument.sections[0]!.benchmarks[0]!;
    const essay = Array.from({ length: 400 }, (_, i) => `Step ${i + 1} of the long plan.`).join(' ');
    review.answers[first.id] = { ...review.answers[first.id]!, actionNeeded: essay, notes: essay };
    long = await write('long.pdf', renderReport(input(review), fonts));
  }, 120_000);

  it('holds every statement and action as extractable text', () => {
    const text = flat(poppler('pdftotext', full));
    for (const s of instrument.sections)
      for (const b of s.benchmarks) {
        expect(text).toContain(flat(b.statement));
        expect(text).toContain(actionFor(b.number));
      }
    expect(text).toContain('Zoë’s Alliance');
    expect(text).toContain('Łukasz Nowak');
  });

  it('embeds its fonts', () => {
    const rows = poppler('pdffonts', full)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/DejaVuSans.*\byes\s+yes\s+yes\b/);
  });

  it('is A4 and a sensible length for a full review', () => {
    const info = poppler('pdfinfo', full);
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    expect(pagesOf(info)).toBeGreaterThanOrEqual(7);
    expect(pagesOf(info)).toBeLessThanOrEqual(14);
  });

  it('labels the chart in text: each section with its index', () => {
    const page2 = poppler('pdftotext', full, '-f', '2', '-l', '2', '-layout');
    expect(page2).toMatch(/Overall\s+51/);
    expect(page2).toMatch(/1 Leadership\s+40/);
    expect(page2).toMatch(/4 Managing for Performance\s+60/);
  });

  it('numbers every page in the footer', () => {
    const pages = pagesOf(poppler('pdfinfo', full));
    for (let p = 1; p <= pages; p++)
      expect(flat(poppler('pdftotext', full, '-f', String(p), '-l', String(p)))).toContain(`Page ${p} of ${pages}`);
  });

  it('splits a very long action across pages without losing a word', () => {
    const text = flat(poppler('pdftotext', long));
    expect(text).toContain('Step 1 of the long plan.');
    expect(text).toContain('Step 400 of the long plan.');
    expect(pagesOf(poppler('pdfinfo', long))).toBeGreaterThan(pagesOf(poppler('pdfinfo', full)) - 1);
  });

  it('keeps every word of the body above the footer band, even when a row splits', () => {
    const words = [...poppler('pdftotext', long, '-bbox').matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)];
    const bodyBottom = 841.89 - 60; // A4 height less the bottom margin of shared/report/style.ts
    expect(words.length).toBeGreaterThan(1000);
    for (const [, yMin, yMax] of words) expect(Number(yMax) <= bodyBottom + 1 || Number(yMin) >= bodyBottom + 12).toBe(true);
  });

  // The "Draft" watermark is drawn rotated, which pdftotext does not extract: the definition test covers it.
  it('says so when nothing is rated, and gives a draft’s status on the cover', () => {
    const text = flat(poppler('pdftotext', empty));
    expect(text).toContain('Nothing has been rated in this review yet');
    expect(text).toContain('No benchmark is rated NO');
    expect(flat(poppler('pdftotext', empty, '-f', '1', '-l', '1'))).toMatch(/Status( \S{1,2})? Draft/);
  });
});
