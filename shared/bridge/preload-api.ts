import type { Result } from '../result.ts';
import type { Channel } from './contract.ts';
import type { MenuCommand } from './menu.ts';

/**
 * The whole of what the Electron preload hands the page as `window.api`, declared once: the preload implements it,
 * the renderer's desktop bridge calls it. Nothing else crosses from the desktop shell.
 */
export interface PreloadApi {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  /** Returns a function that stops listening. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}
