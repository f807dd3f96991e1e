import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { LIBRARY_FILE_LABELS, MENU_EVENT_CHANNEL, type MenuCommand } from '@shared/bridge/menu.ts';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools only while developing; a consultant never needs them. */
  isDev: boolean;
  send: (command: MenuCommand) => void;
  /** Files opened or saved lately, newest first (Windows and Linux; macOS lists its own recent documents). */
  recent?: readonly string[];
  openRecent?: (file: string) => void;
  clearRecent?: () => void;
}

/** The menu does nothing itself: each item asks the renderer to run the same handler its own button runs. */
export function buildMenuTemplate({ isMac, isDev, send, recent = [], openRecent, clearRecent }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });

  // macOS fills its own list from app.addRecentDocument; elsewhere the app keeps the list (recent-files.ts).
  const openRecentMenu: MenuItemConstructorOptions = isMac
    ? { label: 'Open recent', role: 'recentDocuments', submenu: [{ label: 'Clear menu', role: 'clearRecentDocuments' }] }
    : {
        label: 'Open recent',
        enabled: recent.length > 0,
        submenu: [
          ...recent.map((file, i): MenuItemConstructorOptions => ({
            // "&1 Riverside.xlsx" gives each a key; the folder tells apart two files of one name.
            label: `${i < 9 ? `&${i + 1} ` : ''}${path.basename(file)} — ${path.dirname(file)}`,
            click: () => openRecent?.(file),
          })),
          { type: 'separator' },
          { label: 'Clear recent files', click: () => clearRecent?.() },
        ],
      };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New partnership', 'new-partnership', 'CmdOrCtrl+N'),
      command('New review', 'new-review', 'CmdOrCtrl+Shift+N'),
      { type: 'separator' },
      command('Open review file…', 'open-review-file', 'CmdOrCtrl+O'),
      openRecentMenu,
      command('Save review file…', 'save-review-file', 'CmdOrCtrl+S'),
      { type: 'separator' },
      command('Import from Excel…', 'import-excel', 'CmdOrCtrl+I'),
      command('Export to Excel…', 'export-excel', 'CmdOrCtrl+E'),
      command('Export blank form…', 'export-template'),
      command('Save report as PDF…', 'save-report'),
      { type: 'separator' },
      command('Response forms for partners…', 'response-forms'),
      command('Import responses…', 'import-responses'),
      { type: 'separator' },
      command(`${LIBRARY_FILE_LABELS.backup}…`, 'backup-library'),
      command(`${LIBRARY_FILE_LABELS.restore}…`, 'restore-library'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Library', 'show-library', 'CmdOrCtrl+L'),
      command('Compare reviews', 'compare-reviews', 'CmdOrCtrl+Shift+C'),
      { type: 'separator' },
      ...(isDev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ role: 'about', label: 'About Partnership Review' }] };

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}

/** Menu events go to the window the person is looking at (or the only one, when it has lost focus to a dialog). */
export function sendToFocusedWindow(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  target?.webContents.send(MENU_EVENT_CHANNEL, command);
}

export function installMenu(isDev: boolean, files: Pick<MenuOptions, 'recent' | 'openRecent' | 'clearRecent'> = {}): void {
  app.setAboutPanelOptions({ applicationName: 'Partnership Review', applicationVersion: app.getVersion() });
  const template = buildMenuTemplate({ isMac: process.platform === 'darwin', isDev, send: sendToFocusedWindow, ...files });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
