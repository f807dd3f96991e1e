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

  it('denies every permission request and check on the default session', async () => {
    await fake.app.becomeReady();
    const session = fake.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      (session.permissionRequestHandler as (...a: unknown[]) => void)({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect((session.permissionCheckHandler as (...a: unknown[]) => boolean)({}, permission, 'app://partnership-review', {})).toBe(false);
    }
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
    fake.app.emit('second-instance');
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
});
