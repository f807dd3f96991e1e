import { afterEach, describe, expect, it, vi } from 'vitest';
import { channels } from '@shared/bridge/contract.ts';
import type { MenuCommand } from '@shared/bridge/menu.ts';
import { browserBridge } from '../../../renderer/src/bridge/browser.ts';
import type { PreloadApi } from '@shared/bridge/preload-api.ts';
import { electronBridge, onPreloadMenu } from '../../../renderer/src/bridge/electron.ts';

function fakeApi(reply: (channel: string, input: unknown) => Promise<unknown>): PreloadApi & { fire: (c: unknown) => void } {
  let handler: ((c: MenuCommand) => void) | undefined;
  return {
    invoke: vi.fn(reply) as PreloadApi['invoke'],
    onMenuCommand: (h) => {
      handler = h;
      return () => (handler = undefined);
    },
    fire: (c) => handler?.(c as MenuCommand),
  };
}

afterEach(() => {
  delete (globalThis as { api?: unknown }).api;
  vi.resetModules();
});

describe('electron bridge', () => {
  it('exposes exactly the contract’s channels and forwards each to window.api.invoke', async () => {
    const api = fakeApi(async () => ({ ok: true, value: { version: '1.2.3', platform: 'linux', shell: 'electron' } }));
    const bridge = electronBridge(api);
    expect(Object.keys(bridge).sort()).toEqual([...channels].sort());
    expect(await bridge['app:info']({})).toEqual({ ok: true, value: { version: '1.2.3', platform: 'linux', shell: 'electron' } });
    expect(api.invoke).toHaveBeenCalledWith('app:info', {});
  });

  it('turns a malformed reply or a thrown IPC error into an error result', async () => {
    const bad = electronBridge(fakeApi(async () => ({ ok: true, value: { shell: 'toaster' } })));
    expect(await bad['app:info']({})).toMatchObject({ ok: false, error: { code: 'bad-reply' } });
    const broken = electronBridge(fakeApi(async () => Promise.reject(new Error('channel closed'))));
    expect(await broken['app:info']({})).toMatchObject({ ok: false, error: { code: 'ipc-failed', message: 'channel closed' } });
  });

  it('passes on only menu commands the contract knows', () => {
    const api = fakeApi(async () => ({ ok: true, value: {} }));
    const seen: MenuCommand[] = [];
    onPreloadMenu(api, (c) => seen.push(c));
    api.fire('new-review');
    api.fire('format-disk');
    expect(seen).toEqual(['new-review']);
  });

  it('getBridge picks window.api when the preload provides it, and the browser bridge otherwise', async () => {
    const { getBridge: browserPick } = await import('../../../renderer/src/bridge/index.ts');
    expect(await browserPick()['app:info']({})).toMatchObject({ ok: true, value: { shell: 'browser' } });
    vi.resetModules();
    (globalThis as { api?: unknown }).api = fakeApi(async () => ({
      ok: true,
      value: { version: '9', platform: 'darwin', shell: 'electron' },
    }));
    const { getBridge: electronPick } = await import('../../../renderer/src/bridge/index.ts');
    expect(await electronPick()['app:info']({})).toMatchObject({ ok: true, value: { shell: 'electron' } });
  });
});

describe('browser bridge', () => {
  it('answers the desktop-only rolling backup with an "unsupported in the browser" error', async () => {
    const result = await browserBridge()['library:rollingBackup']({ library: { partnerships: [], reviews: [] } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringContaining('unsupported in the browser') },
    });
  });

  it('implements every channel of the contract', () => {
    expect(Object.keys(browserBridge()).sort()).toEqual([...channels].sort());
  });
});
