import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLibraryFile } from '@shared/files/library-file.ts';
import { parseReviewFile } from '@shared/files/review-file.ts';
import type { CorpusCase } from '../../fixtures/fuzz/manifest.ts';
import { judgeLibraryFile, judgeReviewFile, withinLimit, type Outcome } from './support/outcome.ts';
import { importJudged } from './support/workbook-run.ts';

/** The kept corpus: every file the fuzzer found nasty, each with the outcome it must keep having. */
const DIR = fileURLToPath(new URL('../../fixtures/fuzz/', import.meta.url));
const cases = JSON.parse(await readFile(path.join(DIR, 'manifest.json'), 'utf8')) as CorpusCase[];

async function outcomeOf(file: string): Promise<Outcome> {
  const bytes = new Uint8Array(await readFile(path.join(DIR, file)));
  if (file.endsWith('.xlsx')) return importJudged(bytes, file);
  const text = new TextDecoder().decode(bytes);
  if (file.endsWith('.library.json')) return withinLimit(file, () => judgeLibraryFile(parseLibraryFile(text, file)));
  return withinLimit(file, () => judgeReviewFile(parseReviewFile(text, file)));
}

describe('fuzz corpus: each kept case ends as it must', () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const outcome = await outcomeOf(c.file);
    if (c.expect === 'any-error-or-valid') return;
    expect(outcome, c.why).toEqual(c.expect === 'valid' ? { kind: 'valid' } : { kind: 'error', code: c.expect });
  });
});
