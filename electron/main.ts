import { app, BrowserWindow, ipcMain, session } from 'electron';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { inProcessCodecs } from '@shared/bridge/in-process.ts';
import { systemClock } from '@shared/clock.ts';
import { createHandlers } from './handlers.ts';
import { registerIpcHandlers } from './ipc.ts';
import { installMenu } from './menu.ts';
import { containedDecoder } from './node/contain.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { createMainWindow } from './window.ts';

/** Paths inside the app (an asar archive once packaged): package.json "main" is dist-electron/main.cjs. */
export function appPaths(appRoot: string) {
  return {
    renderer: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(appRoot, 'dist-electron', 'preload.cjs'),
    /** Parses untrusted files off the main process (Electron loads worker scripts from inside app.asar). */
    decodeWorker: path.join(appRoot, 'dist-electron', 'decode-worker.cjs'),
  };
}

export function startApp(): void {
  // One running copy: two would both autosave into the same IndexedDB and could each roll back the other.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Both must happen before "ready": privileged schemes are fixed at start-up, and sandboxing every renderer
  // means even a window created by mistake without webPreferences is sandboxed.
  registerAppScheme();
  app.enableSandbox();

  const paths = appPaths(app.getAppPath());
  let mainWindow: BrowserWindow | null = null;
  const openWindow = () => {
    mainWindow = createMainWindow(paths.preload);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  // A workbook from other hands is parsed in a worker thread with a time limit and a memory cap, so a parser blow-up
  // ends in a clear error instead of freezing and killing the app.
  const decode = containedDecoder({ worker: { file: paths.decodeWorker } });
  // Writers run in this process (they see only the app's own data), from formats.ts loaded on the first file
  // command so that ExcelJS is not parsed while the window opens; in-process decoding here is never used.
  const { encode } = inProcessCodecs(() => import('./formats.ts'), randomUUID);

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer(paths.renderer);
    registerIpcHandlers(
      ipcMain,
      createHandlers({
        clock: systemClock,
        encode,
        decode,
        backupsFolder: () => path.join(app.getPath('userData'), 'backups'),
      }),
    );
    installMenu(!app.isPackaged);
    openWindow();
  });
}

startApp();
