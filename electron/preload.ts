import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannel } from '@shared/bridge/contract.ts';
import { MENU_EVENT_CHANNEL, MENU_LISTENING_CHANNEL, MenuCommand } from '@shared/bridge/menu.ts';
import type { PreloadApi } from '@shared/bridge/preload-api.ts';
import { messageOf } from '@shared/message.ts';
import { err, type Result } from '@shared/result.ts';

/**
 * Runs sandboxed, so it cannot require project modules at run time: build/build-electron.mjs bundles it (with the
 * contract it imports) into one CommonJS file. It hands the page two functions and nothing else — never
 * ipcRenderer itself, and never an IPC event object, whose `sender` would leak it.
 */
const api = {
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) {
      return Promise.resolve(err('unknown-channel', `"${String(channel)}" is not something the app can ask for.`));
    }
    return ipcRenderer.invoke(channel, input).catch((error: unknown) => err('ipc-failed', `"${channel}" failed: ${messageOf(error)}`));
  },

  onMenuCommand(callback: (command: MenuCommand) => void): () => void {
    if (typeof callback !== 'function') throw new TypeError('onMenuCommand needs a function');
    const listener = (_event: IpcRendererEvent, command: unknown) => {
      const parsed = MenuCommand.safeParse(command);
      if (parsed.success) callback(parsed.data);
    };
    ipcRenderer.on(MENU_EVENT_CHANNEL, listener);
    ipcRenderer.send(MENU_LISTENING_CHANNEL);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT_CHANNEL, listener);
    };
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);
