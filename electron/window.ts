import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_START_URL } from './origin.ts';
import type { Placement } from './window-state.ts';

/**
 * The only window options in the app. scripts/check-window-security.ts reads this literal and fails `npm test` if
 * any of the isolation settings below is weakened, so keep them written out in full.
 */
export function mainWindowOptions(preloadPath: string, bounds?: Placement['bounds']): BrowserWindowConstructorOptions {
  return {
    title: 'Partnership Review',
    width: 1280,
    height: 860,
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** Shown only once painted, so the person never sees a blank white frame; placed where it was last (window-state.ts). */
export function createMainWindow(preloadPath: string, placement?: Placement): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, placement?.bounds));
  if (placement?.maximized) window.maximize();
  // British spelling for notes and actions (a no-op on macOS, which follows the system language).
  window.webContents.session.setSpellCheckerLanguages(['en-GB']);
  window.once('ready-to-show', () => window.show());
  reloadAfterCrash(window);
  void window.loadURL(APP_START_URL);
  return window;
}

/**
 * Everything shown as saved is already in IndexedDB, so a crashed page is simply loaded again. A page that keeps
 * crashing is left alone after a few tries rather than reloaded in a loop.
 */
function reloadAfterCrash(window: BrowserWindow, limit = 3, perMs = 60_000): void {
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const now = Date.now();
    crashes.push(now);
    if (crashes.filter((at) => now - at < perMs).length > limit) return;
    void window.loadURL(APP_START_URL);
  });
}
