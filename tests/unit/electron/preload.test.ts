import { describe, expect, it, vi } from 'vitest';
import { MENU_EVENT_CHANNEL } from '@shared/bridge/menu.ts';
import { createFakeElectron, type FakeElectron } from './fake-electron.ts';

vi.mock('electron', () => createFakeElectron());

const fake = (await import('electron')) as unknown as FakeElectron;
await import('../../../electron/preload.ts');

type Api = {
  invoke(channel: unknown, input: unknown): Promise<unknown>;
  onMenuCommand(callback: (command: string) => void): () => void;
};
const api = fake.contextBridge.exposed.get('api') as Api;

describe('preload (electron/preload.ts)', () => {
  it('exposes exactly window.api with invoke and onMenuCommand, and nothing else', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onMenuCommand']);
  });

  it('forwards a contract channel to the main process', async () => {
    fake.ipcRenderer.invocations.length = 0;
    await expect(api.invoke('app:info', {})).resolves.toEqual({ ok: true, value: { echoed: 'app:info' } });
    expect(fake.ipcRenderer.invocations).toEqual([{ channel: 'app:info', input: {} }]);
  });

  it('refuses any channel not in the contract without touching IPC', async () => {
    fake.ipcRenderer.invocations.length = 0;
    for (const channel of ['menu:command', 'fs:readFile', '__proto__', 'toString', 'constructor', '', 42, null, { channel: 'app:info' }]) {
      await expect(api.invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(fake.ipcRenderer.invocations).toEqual([]);
  });

  it('turns an IPC failure into an error result', async () => {
    const invoke = vi.spyOn(fake.ipcRenderer, 'invoke').mockRejectedValueOnce(new Error('main process gone'));
    await expect(api.invoke('app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'ipc-failed' } });
    invoke.mockRestore();
  });

  it('delivers only valid menu commands, never the IPC event, and can stop listening', () => {
    const received: unknown[][] = [];
    const stop = api.onMenuCommand((...args) => received.push(args));
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, { sender: 'ipcRenderer' }, 'new-review');
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, { sender: 'ipcRenderer' }, 'format-disk');
    expect(received).toEqual([['new-review']]);
    stop();
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, 'new-review');
    expect(received).toHaveLength(1);
    expect(fake.ipcRenderer.listenerCount(MENU_EVENT_CHANNEL)).toBe(0);
  });
});
