import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReviewFile, serializeReviewFile } from '@shared/files/review-file.ts';
import { NOW, sampleBundle } from '../excel/sample.ts';
import { benchmarkId, fillForm, levelAt } from '../respondents/collect-fill.ts';
import { run, tempDir } from './run.ts';

let dir: string;
const AMIR = 'Response form – Amir Khan (County Council).xlsx';
const JO = 'Response form – Jo Davies (NHS Trust).xlsx';
const read = async (file: string) => {
  const parsed = parseReviewFile(await readFile(path.join(dir, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

beforeAll(async () => {
  dir = await tempDir();
  await writeFile(path.join(dir, 'review.json'), serializeReviewFile(sampleBundle(), NOW));
  await writeFile(path.join(dir, 'names.txt'), 'Amir Khan, County Council\n\nJo Davies, NHS Trust\nPriya Shah\n');
});

describe('partnership-review responses and collect', { timeout: 300_000 }, () => {
  it('writes one form per name, collects them idempotently, and refuses a broken file without blocking the rest', async () => {
    const made = await run(['responses', 'review.json', '--names', 'names.txt', '-o', 'forms'], dir);
    expect(made.code).toBe(0);
    expect((await readdir(path.join(dir, 'forms'))).sort()).toEqual([AMIR, JO, 'Response form – Priya Shah.xlsx']);
    const forms = path.join(dir, 'forms');
    await writeFile(
      path.join(dir, 'amir.xlsx'),
      await fillForm(await readFile(path.join(forms, AMIR)), {
        role: 'Chair',
        ratings: { '1.1': 0, '2.3': 3 },
        comments: { '2.3': 'Much better' },
      }),
    );
    await writeFile(path.join(dir, 'jo.xlsx'), await fillForm(await readFile(path.join(forms, JO)), { ratings: { '1.1': 2 } }));
    await writeFile(path.join(dir, 'broken.xlsx'), 'not a workbook');

    const first = await run(['collect', 'review.json', 'amir.xlsx', 'broken.xlsx', 'jo.xlsx', 'amir.xlsx', '-o', 'review.json'], dir);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/^broken\.xlsx: /m);
    const collected = await read('review.json');
    // What the script wrote, not what the reader read.
    expect(collected.review.respondents.map((r) => [r.name, r.organisation, r.role, r.ratings, r.comments])).toEqual([
      [
        'Amir Khan',
        'County Council',
        'Chair',
        { [benchmarkId('1.1')]: levelAt(0), [benchmarkId('2.3')]: levelAt(3) },
        { [benchmarkId('2.3')]: 'Much better' },
      ],
      ['Jo Davies', 'NHS Trust', '', { [benchmarkId('1.1')]: levelAt(2) }, {}],
    ]);

    const before = await readFile(path.join(dir, 'review.json'), 'utf8');
    const again = await run(['collect', 'review.json', 'jo.xlsx', 'amir.xlsx', '-o', 'review.json'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Nothing new to collect/);
    expect(await readFile(path.join(dir, 'review.json'), 'utf8')).toBe(before);

    // A changed re-submission is refused, saying what changed, unless --replace-changed.
    await writeFile(path.join(dir, 'jo v2.xlsx'), await fillForm(await readFile(path.join(forms, JO)), { ratings: { '1.1': 3 } }));
    const changed = await run(['collect', 'review.json', 'jo v2.xlsx', '-o', 'review.json'], dir);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('1.1 rating: YES - but needs improving → YES - working well');
    expect(changed.stderr).toContain('--replace-changed');
    expect(await readFile(path.join(dir, 'review.json'), 'utf8')).toBe(before);
    const replaced = await run(['collect', 'review.json', 'jo v2.xlsx', '--replace-changed', '-o', 'review.json'], dir);
    expect(replaced.code).toBe(0);
    expect((await read('review.json')).review.respondents[1]!.ratings).toEqual({ [benchmarkId('1.1')]: levelAt(3) });
  });

  it('writes anonymous copies with --count, and needs exactly one of --names and --count', async () => {
    const copies = await run(['responses', 'review.json', '--count', '2', '-o', 'copies'], dir);
    expect(copies.code).toBe(0);
    expect((await readdir(path.join(dir, 'copies'))).sort()).toEqual(['Response form 1.xlsx', 'Response form 2.xlsx']);
    const [neither, both, zero] = await Promise.all([
      run(['responses', 'review.json', '-o', 'x'], dir),
      run(['responses', 'review.json', '--count', '2', '--names', 'names.txt', '-o', 'x'], dir),
      run(['responses', 'review.json', '--count', '0', '-o', 'x'], dir),
    ]);
    expect([neither.code, both.code, zero.code]).toEqual([2, 2, 2]);
    expect(neither.stderr).toMatch(/either --names <names.txt> or --count <n>/);
  });

  it('compare explains two records of one partnership and import --partnership joins them', async () => {
    await run(['responses', 'review.json', '--count', '1', '-o', 'one'], dir);
    await writeFile(
      path.join(dir, 'filled.xlsx'),
      await fillForm(await readFile(path.join(dir, 'one', 'Response form 1.xlsx')), { ratings: { '1.1': 1 } }),
    );
    expect((await run(['import', 'filled.xlsx', '-o', 'apart.json'], dir)).code).toBe(0);
    const apart = await run(['compare', 'review.json', 'apart.json', '-o', 'c.xlsx'], dir);
    expect(apart.code).toBe(1);
    expect(apart.stderr).toContain('both name “Northshire Health & Care”, but as two different partnership records');
    expect(apart.stderr).toContain('--partnership review.json');
    expect((await run(['import', 'filled.xlsx', '--partnership', 'review.json', '-o', 'joined.json'], dir)).code).toBe(0);
    expect((await read('joined.json')).partnership.id).toBe(sampleBundle().partnership.id);
    expect((await run(['compare', 'review.json', 'joined.json', '-o', 'c.xlsx'], dir)).code).toBe(0);
  });
});
