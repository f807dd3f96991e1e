import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron, FakeSession, FakeWebContents } from './fake-electron.ts';

vi.mock('electron', () => createFakeElectron());

const { hardenSession, hardenWebContents } = await import('../../../electron/security.ts');

function hardened() {
  const contents = new FakeWebContents(new FakeSession());
  hardenWebContents(contents as never);
  return contents;
}

function navigate(contents: FakeWebContents, event: string, url: string): boolean {
  const e = { preventDefault: vi.fn() };
  contents.emit(event, e, url);
  return e.preventDefault.mock.calls.length === 0;
}

describe('web contents and session hardening (electron/security.ts)', () => {
  it('lets the page move between its own app:// pages only', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-navigate', 'app://partnership-review/index.html#/review/1')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://other/index.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(navigate(contents, 'will-navigate', url), url).toBe(false);
      expect(navigate(contents, 'will-redirect', url), url).toBe(false);
    }
  });

  it('denies every window.open, whatever it asks for', () => {
    const contents = hardened();
    for (const url of ['https://example.com/', 'app://partnership-review/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach a webview', () => {
    const contents = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request, permission check and device request', () => {
    const session = new FakeSession();
    hardenSession(session as never);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'midi',
      'clipboard-sanitized-write',
      'pointerLock',
      'hid',
      'serial',
    ]) {
      const callback = vi.fn();
      (session.permissionRequestHandler as (...a: unknown[]) => void)({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect((session.permissionCheckHandler as (...a: unknown[]) => boolean)(null, permission, 'app://partnership-review', {})).toBe(
        false,
      );
    }
    expect((session.devicePermissionHandler as (...a: unknown[]) => boolean)({ deviceType: 'hid' })).toBe(false);
  });
});
