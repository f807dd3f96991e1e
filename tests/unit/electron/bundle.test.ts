import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import Module, { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '@shared/bridge/contract.ts';
import { serializeReviewFile } from '@shared/files/review-file.ts';
import { createFakeElectron, ipcEvent, type FakeElectron } from './fake-electron.ts';
import { sampleBundle, sampleLibrary } from './fixtures.ts';

/** Builds dist-electron the way `npm run build:electron` does, into a temporary folder. */
const root = path.resolve(import.meta.dirname, '../../..');
let outputs: { main: string; formats: string; preload: string; decodeWorker: string; cli: string };
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'pr-bundle-'));
  const { buildElectron } = (await import(pathToFileURL(path.join(root, 'build/build-electron.mjs')).href)) as {
    buildElectron: (outDir: string) => Promise<typeof outputs>;
  };
  outputs = await buildElectron(path.join(folder, 'dist-electron'));
}, 120_000);

const requiredModules = async (file: string) =>
  [...new Set([...(await readFile(file, 'utf8')).matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();

/** Loads a CommonJS bundle with 'electron' answered by the fake, as Electron itself would answer it. */
function loadWithFakeElectron(file: string, fake: FakeElectron): void {
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = moduleWithLoad._load;
  moduleWithLoad._load = (request, ...rest) => (request === 'electron' ? fake : original(request, ...rest));
  try {
    createRequire(import.meta.url)(file);
  } finally {
    moduleWithLoad._load = original;
  }
}

describe('bundled main process and preload (build/build-electron.mjs)', () => {
  it('makes the preload one file that requires nothing but electron, as a sandboxed preload must', async () => {
    expect(await requiredModules(outputs.preload)).toEqual(['electron']);
    const fake = createFakeElectron();
    loadWithFakeElectron(outputs.preload, fake);
    expect(Object.keys(fake.contextBridge.exposed.get('api') as object).sort()).toEqual(['invoke', 'onMenuCommand']);
  });

  it('makes the main process need only electron, Node built-ins and its lazily loaded formats (no node_modules ship)', async () => {
    const external = (await requiredModules(outputs.main)).filter((name) => name !== 'electron' && !isBuiltin(name));
    expect(external).toEqual(['./formats.cjs']);
    expect(path.dirname(outputs.formats)).toBe(path.dirname(outputs.main));
    expect((await requiredModules(outputs.formats)).filter((name) => !isBuiltin(name))).toEqual([]);
    // ExcelJS lives only in formats.cjs, so opening the window does not wait for it to be read and compiled.
    expect(await readFile(outputs.main, 'utf8')).not.toContain('exceljs');
    expect(await readFile(outputs.formats, 'utf8')).toContain('exceljs');
  });

  it('makes the decode worker and the command line need only Node built-ins (no electron, no tsx, no node_modules)', async () => {
    expect(path.dirname(outputs.decodeWorker)).toBe(path.dirname(outputs.main));
    expect((await requiredModules(outputs.decodeWorker)).filter((name) => !isBuiltin(name))).toEqual([]);
    expect((await requiredModules(outputs.cli)).filter((name) => !isBuiltin(name))).toEqual([]);
  });

  it('runs the bundled command line under plain Node, parsing in the bundled worker', async () => {
    const cli = (args: string[]) =>
      new Promise<{ code: number; stdout: string }>((resolve) =>
        execFile(
          process.execPath,
          [
            '-e',
            `require(${JSON.stringify(outputs.cli)}).runCli(process.argv.slice(1), ${JSON.stringify(outputs.decodeWorker)}).then((c) => { process.exitCode = c; })`,
            ...args,
          ],
          { cwd: folder },
          (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
        ),
      );
    await writeFile(path.join(folder, 'cli-review.json'), serializeReviewFile(sampleBundle(), '2026-03-04T10:00:00.000Z'));
    expect(await cli(['validate', 'cli-review.json'])).toEqual({
      code: 0,
      stdout: 'cli-review.json: valid (the review "Spring review" of Riverside Health Partnership)\n',
    });
  }, 60_000);

  describe('the bundled main process, started against a fake electron', () => {
    const fake = createFakeElectron();
    beforeAll(async () => {
      fake.app.appPath = folder;
      fake.app.userData = path.join(folder, 'user-data');
      loadWithFakeElectron(outputs.main, fake);
      await fake.app.becomeReady();
    });
    const call = (channel: string, input: unknown) =>
      (fake.ipcMain.handlers.get(channel) as (event: unknown, input: unknown) => Promise<unknown>)(
        ipcEvent('app://partnership-review/index.html', fake.BrowserWindow.windows[0]!.webContents),
        input,
      );

    it('registers every contract channel and opens the window with the bundled preload', () => {
      expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
      const prefs = fake.BrowserWindow.windows[0]!.options.webPreferences as Record<string, unknown>;
      expect(prefs.preload).toBe(path.join(folder, 'dist-electron', 'preload.cjs'));
    });

    it('writes a real blank-form workbook through the bundled ExcelJS', async () => {
      const target = path.join(folder, 'blank.xlsx');
      fake.dialog.nextSavePath = target;
      const answer = await call('excel:exportTemplate', {});
      expect(answer).toEqual({ ok: true, value: { status: 'saved', name: 'blank.xlsx' } });
      const bytes = await readFile(target);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(bytes.byteLength).toBeGreaterThan(5_000);
    }, 60_000);

    it('imports a workbook in the bundled decode worker beside main.cjs', async () => {
      fake.dialog.nextOpenPath = path.join(folder, 'blank.xlsx');
      expect(await call('excel:import', {})).toMatchObject({
        ok: true,
        value: { status: 'opened', value: { fileName: 'blank.xlsx', fromApp: false } },
      });
    }, 60_000);

    it('saves a review file with the real format and opens it again unchanged', async () => {
      fake.dialog.nextSavePath = fake.dialog.nextOpenPath = path.join(folder, 'review.json');
      expect(await call('review:saveFile', { bundle: sampleBundle() })).toEqual({
        ok: true,
        value: { status: 'saved', name: 'review.json' },
      });
      expect(await call('review:openFile', {})).toEqual({ ok: true, value: { status: 'opened', value: sampleBundle() } });
    });

    it('opens a review file double-clicked while the app runs through the menu’s own command, with no dialog', async () => {
      const file = path.join(folder, 'Double-clicked.partnershipreview');
      fake.dialog.nextSavePath = file;
      expect(await call('review:saveFile', { bundle: sampleBundle() })).toMatchObject({ ok: true });
      const window = fake.BrowserWindow.windows[0]!;
      const sentCommands = () => window.webContents.sent.filter((m) => m.channel === 'menu:command').map((m) => m.args[0]);
      // A second copy started by the file manager hands over its command line; the page is told once it listens.
      fake.app.emit('second-instance', {}, ['/opt/Partnership Review/partnership-review', file], '/home/sam');
      expect(sentCommands()).toEqual([]);
      fake.ipcMain.emit('menu:listening', ipcEvent('https://example.org/', window.webContents));
      expect(sentCommands()).toEqual([]);
      fake.ipcMain.emit('menu:listening', ipcEvent('app://partnership-review/index.html', window.webContents));
      expect(sentCommands()).toEqual(['open-review-file']);
      fake.dialog.nextOpenPath = null;
      const dialogs = fake.dialog.calls.length;
      expect(await call('review:openFile', {})).toEqual({ ok: true, value: { status: 'opened', value: sampleBundle() } });
      expect(fake.dialog.calls.length).toBe(dialogs);
      // The next open asks again (the handed-over file was used once).
      expect(await call('review:openFile', {})).toEqual({ ok: true, value: { status: 'cancelled' } });
      // Remembered as a recent document, and (off macOS) listed in File ▸ Open recent.
      expect(fake.app.recentDocuments).toContain(file);
      if (process.platform !== 'darwin') {
        await vi.waitFor(() => {
          const fileMenu = (
            fake.Menu.applicationMenu!.template as Array<{
              label?: string;
              submenu?: Array<{ label?: string; submenu?: Array<{ label?: string }> }>;
            }>
          ).find((m) => m.label === '&File')!;
          const recent = fileMenu.submenu!.find((item) => item.label === 'Open recent')!;
          expect(recent.submenu![0]!.label).toBe(`&1 Double-clicked.partnershipreview — ${folder}`);
        });
      }
    });

    it('keeps the rolling backup under userData/backups as a library file that restores', async () => {
      expect(await call('library:rollingBackup', { library: sampleLibrary() })).toEqual({ ok: true, value: { kept: 1 } });
      const backups = path.join(folder, 'user-data', 'backups');
      const [name] = await readdir(backups);
      fake.dialog.nextOpenPath = path.join(backups, name!);
      expect(await call('library:openBackup', {})).toEqual({ ok: true, value: { status: 'opened', value: sampleLibrary() } });
    });
  });
});
