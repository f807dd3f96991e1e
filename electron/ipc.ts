import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { callChecked } from '@shared/bridge/checked.ts';
import { channels, type Channel, type OutputOf, type ParsedInputOf } from '@shared/bridge/contract.ts';
import { messageOf } from '@shared/message.ts';
import { err, type Result } from '@shared/result.ts';
import { isAppUrl } from './origin.ts';

/** What a handler receives besides its validated input. */
export interface CallContext {
  /** The WebContents that asked, so dialogs can be parented to its window. */
  sender: WebContents;
}

/** One implementation per contract channel; the mapped type makes a missing or extra one a compile error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>, context: CallContext) => Promise<Result<OutputOf<C>>>;
};

/** Only our own page may call: a frame from any other origin (or one already gone) is refused. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame != null && isAppUrl(frame.url);
}

/**
 * Checks the sender, validates the input, runs the handler and validates what it returns. Every outcome is a
 * Result value: nothing thrown here can cross IPC, where Electron would turn it into an opaque rejection.
 */
export async function dispatch<C extends Channel>(
  channel: C,
  handler: Handlers[C],
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  raw: unknown,
): Promise<Result<OutputOf<C>>> {
  try {
    if (!isTrustedSender(event)) {
      return err('forbidden-sender', `Refused "${channel}": the request did not come from the app's own page.`);
    }
    return await callChecked(channel, raw, (input) => handler(input, { sender: event.sender }));
  } catch (error) {
    return err('internal', `"${channel}" failed: ${messageOf(error)}`);
  }
}

/** Registers exactly the channels the contract declares, each once, and nothing else. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): Channel[] {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, raw: unknown) => dispatch(channel, handlers[channel] as Handlers[typeof channel], event, raw));
  }
  return [...channels];
}
