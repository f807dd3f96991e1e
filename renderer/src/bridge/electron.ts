import type { Bridge, Channel } from '@shared/bridge/contract.ts';
import { fileChannels, shellChannels } from '@shared/bridge/jobs.ts';
import { MenuCommand } from '@shared/bridge/menu.ts';
import type { PreloadApi } from '@shared/bridge/preload-api.ts';
import { messageOf } from '@shared/message.ts';
import { err } from '@shared/result.ts';

export function preloadApi(): PreloadApi | undefined {
  const api = (globalThis as { api?: Partial<PreloadApi> }).api;
  return typeof api?.invoke === 'function' && typeof api.onMenuCommand === 'function' ? (api as PreloadApi) : undefined;
}

/**
 * Replies are checked against the same contract main validated its input with: the renderer trusts shapes, not IPC.
 * Every channel of the contract is a file job or one the shell answers itself (jobs.ts checks both lists against it);
 * the contract's schemas are fetched with the first reply, so the browser build never loads them at start-up.
 */
export function electronBridge(api: PreloadApi): Bridge {
  const channels: Channel[] = [...fileChannels, ...shellChannels];
  const entries = channels.map((channel) => [
    channel,
    async (input: unknown) => {
      try {
        const reply = await api.invoke(channel, input);
        if (!reply.ok) return reply;
        const { contract } = await import('@shared/bridge/contract.ts');
        const parsed = contract[channel].output.safeParse(reply.value);
        return parsed.success
          ? { ok: true, value: parsed.data }
          : err('bad-reply', `The desktop app sent an unexpected reply to ${channel}.`);
      } catch (error) {
        return err('ipc-failed', messageOf(error));
      }
    },
  ]);
  const bridge = Object.fromEntries(entries) as Bridge;
  return bridge;
}

export function onPreloadMenu(api: PreloadApi, handler: (command: MenuCommand) => void): () => void {
  return api.onMenuCommand((command) => {
    const parsed = MenuCommand.safeParse(command);
    if (parsed.success) handler(parsed.data);
  });
}
