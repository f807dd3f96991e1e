import type { Bridge } from '@shared/bridge/contract.ts';
import type { MenuCommand } from '@shared/bridge/menu.ts';
import { browserBridge } from './browser.ts';
import { electronBridge, onPreloadMenu, preloadApi } from './electron.ts';

let chosen: Bridge | undefined;

/** The Electron preload's window.api when present (the desktop app), otherwise the browser build's implementation. */
export function getBridge(): Bridge {
  chosen ??= preloadApi() ? electronBridge(preloadApi()!) : browserBridge();
  return chosen;
}

/** Native menu commands; the browser build has no native menu, so there is nothing to subscribe to. */
export function onMenuCommand(handler: (command: MenuCommand) => void): () => void {
  const api = preloadApi();
  return api ? onPreloadMenu(api, handler) : () => {};
}
