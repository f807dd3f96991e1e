import { execFileSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeReviewFile } from '@shared/files/review-file.ts';
import { run, tempDir } from '../cli/run.ts';
import { earlierReview, fullReview, partnership } from './fixtures.ts';

const NOW = '2026-12-01T17:00:00.000Z';
let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await writeFile(path.join(dir, 'review.json'), serializeReviewFile({ partnership, review: fullReview() }, NOW));
  await writeFile(path.join(dir, 'older.json'), serializeReviewFile({ partnership, review: earlierReview() }, NOW));
  const stranger = { ...partnership, id: '2b9a3f4e-5a51-4c5e-9d53-7a1d1f1c2b01', name: 'Another partnership' };
  await writeFile(
    path.join(dir, 'stranger.json'),
    serializeReviewFile({ partnership: stranger, review: { ...earlierReview(), partnershipId: stranger.id } }, NOW),
  );
  await writeFile(path.join(dir, 'broken.json'), '{"format": "partnership-review/review"');
});

describe('partnership-review report', { timeout: 180_000 }, () => {
  it('writes the PDF, with the change since --previous', async () => {
    const result = await run(['report', 'review.json', '--previous', 'older.json', '-o', 'report.pdf'], dir);
    expect(result).toMatchObject({ code: 0, stdout: 'Wrote the report to report.pdf\n', stderr: '' });
    const text = execFileSync('pdftotext', [path.join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Change since the earlier review');
    expect(text).toContain('20 Nov 2025');
  });

  it('exits 2 for a wrong command line and 1 for a bad file, writing nothing', async () => {
    const runs = await Promise.all([
      run(['report', 'review.json'], dir),
      run(['report', '-o', 'x.pdf'], dir),
      run(['report', 'missing.json', '-o', 'x.pdf'], dir),
      run(['report', 'broken.json', '-o', 'x.pdf'], dir),
      run(['report', 'review.json', '--previous', 'stranger.json', '-o', 'x.pdf'], dir),
      run(['report', 'review.json', '--previous', 'review.json', '-o', 'x.pdf'], dir),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 1, 1, 1, 1]);
    expect(runs[2]!.stderr).toMatch(/missing\.json: no such file/);
    expect(runs[4]!.stderr).toMatch(/stranger\.json: a review of “Another partnership”/);
    expect(runs[5]!.stderr).toMatch(/the same review as review\.json/);
    expect(await readdir(dir)).not.toContain('x.pdf');
  });

  it('leaves nothing half-written when the output cannot be written', async () => {
    const before = await readdir(dir);
    const intoFile = await run(['report', 'review.json', '-o', path.join('review.json', 'report.pdf')], dir);
    expect(intoFile.code).toBe(1);
    expect(intoFile.stderr).toMatch(/cannot be written/);
    expect(await readdir(dir)).toEqual(before);
  });
});
