import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runDecoder, runEncoder } from '@shared/bridge/codecs.ts';
import { contract } from '@shared/bridge/contract.ts';
import { systemClock } from '@shared/clock.ts';
import { createFakeElectron, FakeSession, FakeWebContents, type FakeElectron } from '../electron/fake-electron.ts';

vi.mock('electron', () => createFakeElectron());

const fake = (await import('electron')) as unknown as FakeElectron;
const { createHandlers } = await import('../../../electron/handlers.ts');

const context = { sender: new FakeWebContents(new FakeSession()) as never };
const handlers = createHandlers({
  clock: systemClock,
  encode: (name, input, ctx) => runEncoder(name, input, ctx),
  decode: (name, bytes, ctx) => runDecoder(name, bytes, ctx, () => crypto.randomUUID()),
  backupsFolder: () => '',
});
const pdf = new TextEncoder().encode('%PDF-1.7\nnot really a whole report');
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'pr-report-'));
  fake.dialog.nextSavePath = null;
  fake.dialog.calls.length = 0;
});

describe('report:save', () => {
  it('accepts only a PDF of sane size with a name', () => {
    const input = contract['report:save'].input;
    expect(input.safeParse({ pdf, fileName: 'a.pdf' }).success).toBe(true);
    expect(input.safeParse({ pdf: new TextEncoder().encode('<html>'), fileName: 'a.pdf' }).success).toBe(false);
    expect(input.safeParse({ pdf, fileName: '' }).success).toBe(false);
    expect(input.safeParse({ pdf: 'JVBERi0=', fileName: 'a.pdf' }).success).toBe(false);
  });

  it('on the desktop, asks where, offers a PDF filter and writes the bytes whole', async () => {
    const target = path.join(folder, 'report.pdf');
    fake.dialog.nextSavePath = target;
    expect(await handlers['report:save']({ pdf, fileName: 'Acme – Spring 2026-03-01 report.pdf' }, context)).toEqual({
      ok: true,
      value: { status: 'saved', name: 'report.pdf' },
    });
    expect(new Uint8Array(await readFile(target))).toEqual(pdf);
    expect(fake.dialog.calls[0]!.options).toMatchObject({ filters: [{ name: 'PDF document', extensions: ['pdf'] }] });
  });

  it('writes nothing when the person cancels', async () => {
    expect(await handlers['report:save']({ pdf, fileName: 'a.pdf' }, context)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await readdir(folder)).toEqual([]);
  });
});
