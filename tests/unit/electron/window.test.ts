import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron, type FakeElectron } from './fake-electron.ts';

vi.mock('electron', () => createFakeElectron());

const { createMainWindow, mainWindowOptions } = await import('../../../electron/window.ts');
const fake = (await import('electron')) as unknown as FakeElectron;

describe('main window (electron/window.ts)', () => {
  it('isolates and sandboxes the page, with no Node, no webview and web security on', () => {
    const prefs = mainWindowOptions('/app/dist-electron/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    });
  });

  it('is created hidden, spell-checks in British English, loads the app page and shows once ready', () => {
    const window = createMainWindow('/app/dist-electron/preload.cjs') as unknown as FakeElectron['BrowserWindow']['windows'][number];
    expect(window.options).toMatchObject({ show: false, title: 'Partnership Review' });
    expect(window.webContents.session.spellCheckerLanguages).toEqual(['en-GB']);
    expect(window.loadedUrl).toBe('app://partnership-review/index.html');
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(fake.BrowserWindow.windows).toContain(window);
  });

  it('loads the page again after its renderer crashes, but not in an endless loop', () => {
    const window = createMainWindow('/p.cjs') as unknown as FakeElectron['BrowserWindow']['windows'][number];
    const loads = vi.spyOn(window, 'loadURL');
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(loads).not.toHaveBeenCalled();
    for (let i = 0; i < 5; i++) window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(loads).toHaveBeenCalledTimes(3);
    expect(loads).toHaveBeenLastCalledWith('app://partnership-review/index.html');
  });
});
