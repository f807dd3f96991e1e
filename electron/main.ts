import { app, BrowserWindow, ipcMain, screen, session } from 'electron';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { inProcessCodecs } from '@shared/bridge/in-process.ts';
import { systemClock } from '@shared/clock.ts';
import { MENU_EVENT_CHANNEL, MENU_LISTENING_CHANNEL } from '@shared/bridge/menu.ts';
import { ExternalFiles, filesInArgv } from './external-files.ts';
import { createHandlers } from './handlers.ts';
import { isTrustedSender, registerIpcHandlers } from './ipc.ts';
import { installMenu } from './menu.ts';
import { containedDecoder } from './node/contain.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { RecentFiles } from './recent-files.ts';
import { createMainWindow, mainWindowOptions } from './window.ts';
import { readWindowState, rememberWindowState } from './window-memory.ts';
import { placeWindow } from './window-state.ts';

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
  const dataFile = (name: string) => path.join(app.getPath('userData'), name);
  let mainWindow: BrowserWindow | null = null;
  // Files handed over by the OS become the menu's own commands, sent once the page listens (external-files.ts).
  const external = new ExternalFiles((command) => mainWindow?.webContents.send(MENU_EVENT_CHANNEL, command));
  const openWindow = () => {
    const options = mainWindowOptions(paths.preload);
    const placement = placeWindow(
      readWindowState(dataFile('window-state.json')),
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
      { width: options.width!, height: options.height!, minWidth: options.minWidth!, minHeight: options.minHeight! },
    );
    const window = createMainWindow(paths.preload, placement);
    rememberWindowState(window, dataFile('window-state.json'));
    window.webContents.on('did-start-loading', () => external.notListening());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };
  const bringForward = () => {
    if (!mainWindow) {
      if (app.isReady()) openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  external.add(filesInArgv(process.argv, process.cwd()));
  // Double-clicking a file while the app runs starts a second copy, which quits at once and hands over its argv.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    external.add(filesInArgv(argv, workingDirectory));
    bringForward();
  });
  // macOS hands files over by event instead, possibly before "ready".
  app.on('open-file', (event, file) => {
    event.preventDefault();
    external.add([file]);
    bringForward();
  });
  ipcMain.on(MENU_LISTENING_CHANNEL, (event) => {
    if (isTrustedSender(event) && event.sender === mainWindow?.webContents) external.listening();
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

  const recent = new RecentFiles(dataFile('recent-files.json'));
  const menu = () =>
    installMenu(!app.isPackaged, {
      recent: recent.files,
      openRecent: (file) => {
        external.add([file]);
        bringForward();
      },
      clearRecent: () => {
        app.clearRecentDocuments();
        void recent.clear().then(menu);
      },
    });
  const remember = (file: string) => {
    app.addRecentDocument(file);
    void recent.add(file).then(menu);
  };

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer(paths.renderer);
    registerIpcHandlers(
      ipcMain,
      createHandlers({
        clock: systemClock,
        encode,
        decode,
        backupsFolder: () => dataFile('backups'),
        takeExternal: (kind) => external.take(kind),
        remember,
      }),
    );
    menu();
    openWindow();
    // The recent files list fills the menu once read; the window need not wait for it.
    void recent.load().then(menu);
  });
}

startApp();
