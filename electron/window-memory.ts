import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserWindow } from 'electron';
import { WindowStateSchema, type WindowState } from './window-state.ts';

/**
 * The window's last place, kept in the app's data folder. Read once before the window opens and written as it
 * closes, synchronously, because the app may quit straight after; a damaged file only costs the placement.
 */
export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberWindowState(window: BrowserWindow, file: string): void {
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    const state: WindowState = {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
      maximized: window.isMaximized(),
    };
    try {
      writeFileSync(file, `${JSON.stringify(state)}\n`);
    } catch {
      // Not worth stopping the app for: next time it opens in the default place.
    }
  });
}
