import { describe, expect, it, vi } from 'vitest';
import { OfflineApp, type OfflineHost, type WorkerEvents } from '../../../renderer/src/pwa/offline-app.svelte.ts';

function fakeHost(overrides: Partial<OfflineHost> = {}) {
  let events: WorkerEvents | undefined;
  const order: string[] = [];
  const host: OfflineHost = {
    canRegister: true,
    isInstalled: () => false,
    flush: async () => void order.push('flush'),
    register: async (e) => {
      events = e;
      return { activateUpdate: () => void order.push('activate'), checkForUpdate: async () => void order.push('check') };
    },
    ...overrides,
  };
  return { host, order, events: () => events! };
}

describe('the offline app (browser build)', () => {
  it('never registers a worker where it cannot (desktop shell, dev server)', async () => {
    const register = vi.fn();
    const app = new OfflineApp({ ...fakeHost().host, canRegister: false, register }, () => {});
    await app.start();
    expect(register).not.toHaveBeenCalled();
    expect(app.status).toBe('unsupported');
  });

  it('reports offline readiness and whether it runs installed', async () => {
    const { host, events } = fakeHost({ isInstalled: () => true });
    const app = new OfflineApp(host, () => {});
    await app.start();
    expect(app.installed).toBe(true);
    expect(app.status).toBe('registering');
    events().offlineReady();
    expect(app.status).toBe('ready');
  });

  it('offers an update without reloading, and on Reload saves first, then activates, then reloads', async () => {
    const { host, order, events } = fakeHost();
    const reload = vi.fn(() => void order.push('reload'));
    const app = new OfflineApp(host, reload);
    await app.start();
    events().updateWaiting();
    expect(app.updateReady).toBe(true);
    await app.applyUpdate();
    expect(reload).not.toHaveBeenCalled();
    events().controlling();
    expect(order).toEqual(['flush', 'activate', 'reload']);
  });

  it('when another tab’s update already took control, waits to be asked, then saves and reloads without waiting for an event that will not come', async () => {
    const { host, order, events } = fakeHost();
    const reload = vi.fn(() => void order.push('reload'));
    const app = new OfflineApp(host, reload);
    await app.start();
    events().updateWaiting();
    events().controlling();
    expect(reload).not.toHaveBeenCalled();
    await app.applyUpdate();
    expect(order).toEqual(['flush', 'reload']);
  });

  it('says why when registration fails', async () => {
    const app = new OfflineApp(
      { ...fakeHost().host, register: async () => Promise.reject(new Error('SecurityError: insecure origin')) },
      () => {},
    );
    await app.start();
    expect(app.status).toBe('failed');
    expect(app.error).toBe('SecurityError: insecure origin');
  });
});
