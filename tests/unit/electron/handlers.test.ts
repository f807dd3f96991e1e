import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '@shared/result.ts';
import { createFakeElectron, FakeSession, FakeWebContents, type FakeElectron } from './fake-electron.ts';
import { sampleBundle, sampleLibrary } from './fixtures.ts';
import type { Decode, Encode } from '@shared/bridge/codecs.ts';
import { runDecoder, runEncoder } from '@shared/bridge/codecs.ts';
import { fixedClock } from '@shared/clock.ts';
import { channels } from '@shared/bridge/contract.ts';
import { fileKinds } from '@shared/files/kinds.ts';

vi.mock('electron', () => createFakeElectron());

const fake = (await import('electron')) as unknown as FakeElectron;
const { createHandlers } = await import('../../../electron/handlers.ts');

const NOW = '2026-03-04T10:00:00.000Z';

/** Workbook writers that encode what they were given, so the test can see exactly what reached the disk; JSON is real. */
const encode: Encode = async (name, input, ctx) => {
  const fakes: Record<string, () => Uint8Array> = {
    reviewWorkbook: () => new TextEncoder().encode(`xlsx:${(input as { bundle: { review: { title: string } } }).bundle.review.title}`),
    blankWorkbook: () => new TextEncoder().encode('xlsx:blank'),
    comparisonWorkbook: () => new TextEncoder().encode(`xlsx:compare:${(input as { reviews: unknown[] }).reviews.length}`),
  };
  return (fakes[name]?.() ?? (await runEncoder(name, input, ctx))) as never;
};

/** A workbook reader that accepts only "good workbook"; JSON files go through the real readers. */
const decodeCalls: string[] = [];
const decode: Decode = async (name, bytes, ctx) => {
  decodeCalls.push(`${name}:${ctx.fileName}`);
  if (name !== 'workbook') return runDecoder(name, bytes, ctx, () => 'new-id');
  return (
    new TextDecoder().decode(bytes) === 'good workbook'
      ? ok({ bundle: sampleBundle(), fromApp: true, warnings: [], fileName: ctx.fileName })
      : err('not-a-review', 'This workbook is not a review.', [{ where: '1 Leadership!E8', message: 'two ratings' }])
  ) as never;
};

let folder: string;
const context = { sender: new FakeWebContents(new FakeSession()) as never };
const handlers = createHandlers({ clock: fixedClock(NOW), encode, decode, backupsFolder: () => path.join(folder, 'backups') });

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'pr-handlers-'));
  fake.dialog.nextSavePath = null;
  fake.dialog.nextOpenPath = null;
  fake.dialog.calls.length = 0;
});

describe('file handlers (electron/handlers.ts)', () => {
  it('answers exactly the contract’s channels: the file jobs from the table, the rest its own', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channels].sort());
  });

  it('exports a review where the person chooses, suggesting a clean file name', async () => {
    const target = path.join(folder, 'out.xlsx');
    fake.dialog.nextSavePath = target;
    const answer = await handlers['excel:exportReview']({ bundle: sampleBundle() }, context);
    expect(answer).toEqual({ ok: true, value: { status: 'saved', name: 'out.xlsx' } });
    expect(await readFile(target, 'utf8')).toBe('xlsx:Spring review');
    expect(fake.dialog.calls[0]!.options).toMatchObject({
      defaultPath: 'Riverside Health Partnership – Spring review 2026-03-04.xlsx',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
  });

  it('answers "cancelled" and writes nothing when the dialog is dismissed', async () => {
    for (const channel of ['excel:exportTemplate', 'review:saveFile', 'library:saveBackup'] as const) {
      const input = channel === 'library:saveBackup' ? { library: sampleLibrary() } : { bundle: sampleBundle() };
      expect(await handlers[channel](input as never, context)).toEqual({ ok: true, value: { status: 'cancelled' } });
    }
    for (const channel of ['excel:import', 'review:openFile', 'library:openBackup'] as const) {
      expect(await handlers[channel]({}, context)).toEqual({ ok: true, value: { status: 'cancelled' } });
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('saves a review file and opens it again', async () => {
    const file = path.join(folder, 'review.json');
    fake.dialog.nextSavePath = file;
    await handlers['review:saveFile']({ bundle: sampleBundle() }, context);
    fake.dialog.nextOpenPath = file;
    expect(await handlers['review:openFile']({}, context)).toEqual({ ok: true, value: { status: 'opened', value: sampleBundle() } });
  });

  it('suggests each file kind’s own extension, a review file as ….partnershipreview, dated by the local day', async () => {
    await handlers['review:saveFile']({ bundle: sampleBundle() }, context);
    await handlers['library:saveBackup']({ library: sampleLibrary() }, context);
    const { partnership, review } = sampleBundle();
    await handlers['excel:exportComparison']({ partnership, reviews: [review, review] }, context);
    const today = fixedClock(NOW).today();
    expect(fake.dialog.calls.map((call) => (call.options as { defaultPath: string; filters: unknown }).defaultPath)).toEqual([
      'Riverside Health Partnership – Spring review 2026-03-04.partnershipreview',
      `Partnership Review library ${today}.json`,
      `Riverside Health Partnership – comparison ${today}.xlsx`,
    ]);
  });

  it('decodes every opened file through the injected (contained) reader, never in-line', async () => {
    const file = path.join(folder, 'x.json');
    await writeFile(file, 'not json');
    fake.dialog.nextOpenPath = file;
    decodeCalls.length = 0;
    expect(await handlers['library:openBackup']({}, context)).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(decodeCalls).toEqual(['library:x.json']);
  });

  it('reports a write it could not make, with the earlier file left alone', async () => {
    fake.dialog.nextSavePath = path.join(folder, 'missing-folder', 'library.json');
    const answer = await handlers['library:saveBackup']({ library: sampleLibrary() }, context);
    expect(answer).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect((answer as { error: { message: string } }).error.message).toContain('does not exist');
  });

  it('imports a workbook, passing on the import’s own cell-named errors', async () => {
    const good = path.join(folder, 'good.xlsx');
    await writeFile(good, 'good workbook');
    fake.dialog.nextOpenPath = good;
    expect(await handlers['excel:import']({}, context)).toMatchObject({
      ok: true,
      value: { status: 'opened', value: { fileName: 'good.xlsx', fromApp: true } },
    });
    const bad = path.join(folder, 'bad.xlsx');
    await writeFile(bad, 'something else');
    fake.dialog.nextOpenPath = bad;
    expect(await handlers['excel:import']({}, context)).toMatchObject({ ok: false, error: { problems: [{ where: '1 Leadership!E8' }] } });
  });

  it('refuses files over the size limit before reading them, and text that is not UTF-8', async () => {
    const huge = path.join(folder, 'huge.json');
    await writeFile(huge, '');
    await (await import('node:fs/promises')).truncate(huge, fileKinds.reviewFile.maxReadBytes + 1);
    fake.dialog.nextOpenPath = huge;
    expect(await handlers['review:openFile']({}, context)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const binary = path.join(folder, 'binary.json');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    fake.dialog.nextOpenPath = binary;
    expect(await handlers['review:openFile']({}, context)).toMatchObject({ ok: false, error: { code: 'not-text' } });
  });

  it('keeps the rolling backup in the backups folder it is given', async () => {
    expect(await handlers['library:rollingBackup']({ library: sampleLibrary() }, context)).toEqual({ ok: true, value: { kept: 1 } });
    const [name] = await readdir(path.join(folder, 'backups'));
    expect(name).toMatch(/^library-2026-03-0[3-5]\.json$/);
    const saved = JSON.parse(await readFile(path.join(folder, 'backups', name!), 'utf8')) as { format: string; reviews: unknown[] };
    expect(saved).toMatchObject({ format: 'partnership-review/library', reviews: [{ title: 'Spring review' }] });
  });

  it('describes the desktop shell', async () => {
    expect(await handlers['app:info']({}, context)).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: process.platform, shell: 'electron' },
    });
  });
});
