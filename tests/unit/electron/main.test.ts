import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '@shared/bridge/contract.ts';
import { createFakeElectron, type FakeElectron, type FakeWebContents } from './fake-electron.ts';

/** Loads main.ts afresh (it starts the app on import) against a fresh fake Electron. */
async function boot(configure: (fake: FakeElectron) => void = () => {}): Promise<FakeElectron> {
  vi.resetModules();
  const fake = createFakeElectron();
  vi.doMock('electron', () => fake);
  configure(fake);
  await import('../../../electron/main.ts');
  return fake;
}

describe('app lifecycle (electron/main.ts)', () => {
  let fake: FakeElectron;
  beforeEach(async () => {
    fake = await boot();
  });

  it('registers app:// as standard, secure and fetch-capable before the app is ready', () => {
    expect(fake.protocol.registeredBeforeReady).toBe(true);
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.app.sandboxEnabled).toBe(true);
    expect(fake.BrowserWindow.windows).toHaveLength(0);
  });

  it('once ready, serves app://, opens one window on the app page and installs the menu', async () => {
    await fake.app.becomeReady();
    expect([...fake.protocol.handlers.keys()]).toEqual(['app']);
    expect(fake.BrowserWindow.windows).toHaveLength(1);
    expect(fake.BrowserWindow.windows[0]!.loadedUrl).toBe('app://partnership-review/index.html');
    expect(fake.Menu.applicationMenu).not.toBeNull();
  });

  it('registers exactly one handler per contract channel, and nothing else', async () => {
    await fake.app.becomeReady();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('denies every permission request and check on the default session, but full screen for the app’s own page', async () => {
    await fake.app.becomeReady();
    const session = fake.session.defaultSession;
    const request = (permission: string, url: string) => {
      const callback = vi.fn();
      (session.permissionRequestHandler as (...a: unknown[]) => void)({}, permission, callback, { requestingUrl: url });
      return callback.mock.calls[0]![0] as boolean;
    };
    const check = (permission: string, origin: string) =>
      (session.permissionCheckHandler as (...a: unknown[]) => boolean)({}, permission, origin, {});
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(request(permission, 'app://partnership-review/index.html')).toBe(false);
      expect(check(permission, 'app://partnership-review')).toBe(false);
    }
    // Workshop mode fills the projector; no other page may take the screen.
    expect(request('fullscreen', 'app://partnership-review/index.html')).toBe(true);
    expect(check('fullscreen', 'app://partnership-review')).toBe(true);
    expect(request('fullscreen', 'https://example.org/')).toBe(false);
    expect(check('fullscreen', 'app://partnership-review.evil.example')).toBe(false);
    expect((session.devicePermissionHandler as (...a: unknown[]) => boolean)({ deviceType: 'usb' })).toBe(false);
  });

  it('hardens the window it creates: navigation away and new windows are denied', async () => {
    await fake.app.becomeReady();
    const contents = fake.BrowserWindow.windows[0]!.webContents as FakeWebContents;
    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('keeps a single instance: a second copy quits at once, and the first comes to the front', async () => {
    await fake.app.becomeReady();
    const window = fake.BrowserWindow.windows[0]!;
    window.minimized = true;
    fake.app.emit('second-instance', {}, ['/opt/Partnership Review/partnership-review'], '/home/sam');
    expect(window.minimized).toBe(false);
    expect(window.focusedCount).toBe(1);

    const second = await boot((f) => (f.app.hasLock = false));
    await second.app.becomeReady();
    expect(second.app.quitCalled).toBe(true);
    expect(second.BrowserWindow.windows).toHaveLength(0);
    expect(second.ipcMain.handlers.size).toBe(0);
  });

  it('quits when the last window closes except on macOS, and reopens a window on activate', async () => {
    await fake.app.becomeReady();
    fake.BrowserWindow.windows.length = 0;
    fake.app.emit('activate');
    expect(fake.BrowserWindow.windows).toHaveLength(1);
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalled).toBe(process.platform !== 'darwin');
  });

  it('shows reload and developer tools only when not packaged', async () => {
    await fake.app.becomeReady();
    const roles = JSON.stringify(fake.Menu.applicationMenu!.template);
    expect(roles).toContain('toggleDevTools');
    const packaged = await boot((f) => (f.app.isPackaged = true));
    await packaged.app.becomeReady();
    const packagedRoles = JSON.stringify(packaged.Menu.applicationMenu!.template);
    expect(packagedRoles).not.toContain('toggleDevTools');
    expect(packagedRoles).not.toContain('"reload"');
  });

  it('reopens the window where it was, centred on the primary screen instead when that place is on no screen', async () => {
    const { mkdtemp, readFile, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const userData = await mkdtemp(path.join(os.tmpdir(), 'window-state-'));
    const start = async (saved: object) => {
      await writeFile(path.join(userData, 'window-state.json'), JSON.stringify(saved));
      const booted = await boot((f) => {
        f.app.userData = userData;
        f.screen.displays = [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }];
      });
      await booted.app.becomeReady();
      return booted.BrowserWindow.windows[0]!;
    };
    const onScreen = await start({ x: 40, y: 30, width: 1100, height: 650, maximized: true });
    expect(onScreen.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 650 });
    expect(onScreen.maximized).toBe(true);
    // The monitor it was on has gone: centred on the laptop's screen, no larger than it.
    const lost = await start({ x: 2000, y: 100, width: 1600, height: 1000, maximized: false });
    expect(lost.options).toMatchObject({ x: 0, y: 0, width: 1366, height: 728 });
    expect(lost.maximized).toBe(false);
    // Closing remembers the normal (unmaximised) bounds and whether it was maximised.
    lost.bounds = { x: 10, y: 20, width: 1000, height: 700 };
    lost.maximized = true;
    lost.emit('close');
    expect(JSON.parse(await readFile(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
    // A damaged file costs only the placement.
    const damaged = await start({ x: 'left' });
    expect(damaged.options).toMatchObject({ width: 1280, height: 728 });
  });

  it('opens files given on macOS by "open-file", even before the window exists', async () => {
    fake.app.emit('open-file', { preventDefault: vi.fn() }, '/Users/sam/Riverside.partnershipreview');
    await fake.app.becomeReady();
    const window = fake.BrowserWindow.windows[0]!;
    expect(window.webContents.sent).toEqual([]);
    fake.ipcMain.emit('menu:listening', { senderFrame: { url: 'app://partnership-review/index.html' }, sender: window.webContents });
    expect(window.webContents.sent).toEqual([{ channel: 'menu:command', args: ['open-review-file'] }]);
  });
});
