import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { runDecoder, runEncoder } from '@shared/bridge/codecs.ts';
import { contract } from '@shared/bridge/contract.ts';
import { runFileJob, type FileShell } from '@shared/bridge/run-job.ts';
import { tooLargeError } from '@shared/files/kinds.ts';
import { ok } from '@shared/result.ts';
import { exportResponseForm } from '@shared/excel/response-form/index.ts';
import { sampleBundle } from '../excel/sample.ts';
import { fillForm } from './collect-fill.ts';

const clock = { now: () => '2026-12-02T10:00:00.000Z', today: () => '2026-12-02' };
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function shell(overrides: Partial<FileShell>): FileShell {
  return {
    clock,
    encode: runEncoder,
    decode: (name, bytes, ctx) => runDecoder(name, bytes, ctx, newId),
    save: async () => ok({ status: 'cancelled' }),
    open: async () => ok(null),
    ...overrides,
  };
}

describe('the response-form file jobs', () => {
  it('"Response forms for partners" saves one zip holding one workbook per respondent, each named for them', async () => {
    let saved: { fileName: string; bytes: Uint8Array } | null = null;
    const forms = [
      { formId: newId(), name: 'Amir Khan', organisation: 'County Council' },
      { formId: newId(), name: '', organisation: '' },
      { formId: newId(), name: 'amir khan', organisation: 'county council' },
    ];
    const answer = await runFileJob(
      'responses:forms',
      { bundle: sampleBundle(), forms },
      shell({
        save: async ({ fileName }, data) => {
          saved = { fileName, bytes: (await data()) as Uint8Array };
          return ok({ status: 'saved', name: fileName });
        },
      }),
    );
    expect(answer.ok).toBe(true);
    expect(saved!.fileName).toBe('Northshire Health & Care – Spring review 2025-03-14 – response forms.zip');
    expect(Object.keys(unzipSync(saved!.bytes))).toEqual([
      'Response form – Amir Khan (County Council).xlsx',
      'Response form 2.xlsx',
      'Response form – amir khan (county council) 2.xlsx',
    ]);
  });

  it('"Import responses" reads many files, each on its own: a file too large or broken is that file’s error only', async () => {
    const good = await fillForm(await exportResponseForm(sampleBundle(), null, newId(), '2026-12-02'), {
      name: 'Jo',
      ratings: { '1.1': 3 },
    });
    const answer = await runFileJob(
      'responses:import',
      {},
      shell({
        openMany: async () =>
          ok([
            ok({ fileName: 'jo.xlsx', bytes: good }),
            { ok: false, error: { ...tooLargeError('huge.xlsx', 10 * 1024 * 1024).error, fileName: 'huge.xlsx' } },
            ok({ fileName: 'junk.xlsx', bytes: new TextEncoder().encode('not a workbook') }),
          ]),
      }),
    );
    expect(answer.ok).toBe(true);
    if (!answer.ok || answer.value.status !== 'opened') return;
    // What crosses the bridge is exactly what the contract allows.
    expect(contract['responses:import'].output.safeParse(answer.value).success).toBe(true);
    expect(answer.value.value.map((f) => (f.ok ? f.value.respondent.name : f.error.fileName))).toEqual(['Jo', 'huge.xlsx', 'junk.xlsx']);
  });

  it('a shell that cannot open many files says so rather than opening one', async () => {
    const answer = await runFileJob('responses:import', {}, shell({}));
    expect(answer).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
