import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportResponseForm, readResponseForm } from '@shared/excel/response-form/index.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { applyCollect, planCollect } from '@shared/respondents/collect.ts';
import { idMaker, NOW, sampleBundle } from '../excel/sample.ts';
import { benchmarkId, fillForm, levelAt, type Filling } from '../respondents/collect-fill.ts';
import { resaveWithLibreOffice, sofficeMissing } from './soffice.ts';

const missing = sofficeMissing();
const required = Boolean(process.env.CI);
if (missing && !required) console.log(`Skipping the LibreOffice response forms (CI=1 makes this a failure): ${missing}`);

const numbers = currentInstrument.sections.flatMap((s) => s.benchmarks.map((b) => b.number));
/** Five partners, each rating a different spread of benchmarks (one leaves some blank), with comments and factors. */
const fillings: Filling[] = Array.from({ length: 5 }, (_, p) => ({
  name: `Partner ${p + 1}`,
  organisation: ['County Council', 'NHS Trust', 'Voluntary Sector Forum'][p % 3],
  role: p === 2 ? '' : 'Board member',
  ratings: Object.fromEntries(numbers.filter((_, i) => p !== 4 || i % 3 !== 0).map((n, i) => [n, (i * (p + 1) + p) % 4])),
  comments: { [numbers[p]!]: `Comment from partner ${p + 1}: “quoted”, café` },
  factors: { 'limited vision': p % 2 === 0 ? '✓' : '✗' },
}));

let dir = '';
beforeAll(async () => {
  if (missing && !required) return;
  dir = await mkdtemp(path.join(tmpdir(), 'response-forms-lo-'));
  const bundle = sampleBundle();
  const files: string[] = [];
  for (const [p, filling] of fillings.entries()) {
    const blank = await exportResponseForm(
      bundle,
      p < 3 ? { name: filling.name!, organisation: filling.organisation! } : null,
      idMaker()(),
      '2026-12-02',
    );
    const file = path.join(dir, `form-${p + 1}.xlsx`);
    await writeFile(file, await fillForm(blank, filling));
    files.push(file);
  }
  await resaveWithLibreOffice(files, path.join(dir, 'resaved'));
}, 300_000);

describe.skipIf(missing && !required)('response forms re-saved by LibreOffice', { timeout: 300_000 }, () => {
  it('collects all five with every rating, comment and factor mark in place', async () => {
    const bundle = sampleBundle();
    const newId = idMaker();
    const returned = [];
    for (let p = 0; p < fillings.length; p += 1) {
      const bytes = new Uint8Array(await readFile(path.join(dir, 'resaved', `form-${p + 1}.xlsx`)));
      returned.push(await readResponseForm(bytes, { fileName: `form-${p + 1}.xlsx`, newId, now: NOW }));
    }
    const plan = planCollect(bundle.review, returned, { newId, now: NOW });
    expect(plan.map((d) => d.kind)).toEqual(['add', 'add', 'add', 'add', 'add']);
    const collected = applyCollect(bundle.review, plan);
    // The oracle is what the script wrote, keyed through the instrument — never what our reader made of it.
    const expected = fillings.map((f) => ({
      name: f.name,
      organisation: f.organisation,
      role: f.role,
      ratings: Object.fromEntries(Object.entries(f.ratings!).map(([n, level]) => [benchmarkId(n), levelAt(level)])),
      comments: Object.fromEntries(Object.entries(f.comments!).map(([n, text]) => [benchmarkId(n), text])),
      factors: { leadership: { 'leadership-f1': f.factors!['limited vision'] === '✓' ? 'tick' : 'cross' } },
    }));
    expect(
      collected.respondents.map(({ name, organisation, role, ratings, comments, factors }) => ({
        name,
        organisation,
        role,
        ratings,
        comments,
        factors,
      })),
    ).toEqual(expected);
    expect(collected.respondents.every((r) => r.formId !== null && r.source === 'response-form')).toBe(true);

    // Collected again, the re-saved files add nothing.
    expect(planCollect(collected, returned, { newId, now: NOW }).map((d) => d.kind)).toEqual(Array(5).fill('already-in'));
  });
});
