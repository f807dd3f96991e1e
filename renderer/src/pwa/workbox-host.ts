/// <reference types="vite/client" />
import type { OfflineHost, WorkerControl, WorkerEvents } from './offline-app.svelte.ts';

/** The real host: workbox-window over the service worker that vite-plugin-pwa writes as sw.js beside index.html. */
export function workboxHost(options: { isDesktop: boolean; flush: () => Promise<void> }): OfflineHost {
  return {
    // Vite's dev server serves no sw.js; the desktop app has its own updates and must not cache app:// files.
    canRegister: !options.isDesktop && !import.meta.env.DEV && typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
    isInstalled: () => matchMedia('(display-mode: standalone)').matches || matchMedia('(display-mode: window-controls-overlay)').matches,
    flush: options.flush,
    register: (events) => register(events),
  };
}

async function register(events: WorkerEvents): Promise<WorkerControl> {
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('./sw.js', { scope: './', type: 'classic' });
  wb.addEventListener('waiting', () => events.updateWaiting());
  wb.addEventListener('controlling', () => events.controlling());
  // The first install precaches everything; a page already controlled is offline-ready at once.
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) events.offlineReady();
  });
  const registration = await wb.register();
  if (navigator.serviceWorker.controller && registration?.active) events.offlineReady();
  return {
    activateUpdate: () => wb.messageSkipWaiting(),
    checkForUpdate: async () => {
      await wb.update();
    },
  };
}
