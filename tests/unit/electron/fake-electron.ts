import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

/**
 * A small in-memory stand-in for the parts of Electron the main process and preload use. A test file mocks
 * 'electron' with `createFakeElectron()` (vi.mock, or vi.doMock after vi.resetModules for a fresh one per test)
 * and reads the same instance back with `await import('electron')`.
 */

type Handler = (...args: never[]) => unknown;

export class FakeSession {
  permissionRequestHandler: Handler | null = null;
  permissionCheckHandler: Handler | null = null;
  devicePermissionHandler: Handler | null = null;
  spellCheckerLanguages: string[] = [];
  setPermissionRequestHandler(handler: Handler) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Handler) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Handler) {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerLanguages(languages: string[]) {
    this.spellCheckerLanguages = languages;
  }
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  constructor(readonly session: FakeSession) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
}

export interface FakeElectron {
  app: FakeApp;
  BrowserWindow: typeof FakeBrowserWindowBase & { windows: FakeBrowserWindowBase[]; focused: FakeBrowserWindowBase | null };
  ipcMain: EventEmitter & { handlers: Map<string, Handler>; handle(channel: string, handler: Handler): void };
  screen: { displays: FakeDisplay[]; getAllDisplays(): FakeDisplay[]; getPrimaryDisplay(): FakeDisplay };
  protocol: {
    privileged: Array<{ scheme: string; privileges: Record<string, boolean> }>;
    registeredBeforeReady: boolean | null;
    handlers: Map<string, (request: Request) => Promise<Response>>;
    registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>): void;
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  session: { defaultSession: FakeSession };
  Menu: {
    applicationMenu: { template: unknown[] } | null;
    buildFromTemplate(template: unknown[]): { template: unknown[] };
    setApplicationMenu(menu: { template: unknown[] } | null): void;
  };
  dialog: {
    nextSavePath: string | null;
    nextOpenPath: string | null;
    calls: Array<{ kind: 'save' | 'open'; options: Record<string, unknown> }>;
    showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }>;
    showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }>;
  };
  contextBridge: { exposed: Map<string, unknown>; exposeInMainWorld(key: string, api: unknown): void };
  ipcRenderer: EventEmitter & {
    invocations: Array<{ channel: string; input: unknown }>;
    sentMessages: string[];
    send(channel: string): void;
    invoke(channel: string, input: unknown): Promise<unknown>;
  };
  shell: { opened: string[]; openExternal(url: string): Promise<void> };
}

export interface FakeDisplay {
  workArea: { x: number; y: number; width: number; height: number };
}

export class FakeApp extends EventEmitter {
  recentDocuments: string[] = [];
  addRecentDocument(file: string) {
    this.recentDocuments.push(file);
  }
  clearRecentDocuments() {
    this.recentDocuments = [];
  }
  ready = false;
  hasLock = true;
  quitCalled = false;
  sandboxEnabled = false;
  isPackaged = false;
  name = 'Partnership Review';
  appPath = '/fake/app';
  userData = path.join(os.tmpdir(), 'fake-user-data');
  aboutPanel: Record<string, unknown> | null = null;
  private resolveReady!: () => void;
  private readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
  requestSingleInstanceLock() {
    return this.hasLock;
  }
  quit() {
    this.quitCalled = true;
  }
  enableSandbox() {
    if (this.ready) throw new Error('app.enableSandbox() must be called before the app is ready');
    this.sandboxEnabled = true;
  }
  whenReady() {
    return this.readyPromise;
  }
  isReady() {
    return this.ready;
  }
  /** Test control: fire "ready" and let whenReady() continuations run. */
  async becomeReady() {
    this.ready = true;
    this.resolveReady();
    this.emit('ready');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  getAppPath() {
    return this.appPath;
  }
  getPath(name: string) {
    if (name !== 'userData') throw new Error(`fake app.getPath: ${name} not faked`);
    return this.userData;
  }
  getVersion() {
    return '0.1.0';
  }
  setAboutPanelOptions(options: Record<string, unknown>) {
    this.aboutPanel = options;
  }
}

class FakeBrowserWindowBase extends EventEmitter {
  loadedUrl: string | null = null;
  shown = false;
  minimized = false;
  maximized = false;
  focusedCount = 0;
  readonly webContents: FakeWebContents;
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.webContents = new FakeWebContents(new FakeSession());
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  isMinimized() {
    return this.minimized;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  /** The bounds it was made with (a test may change them before closing it). */
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  getNormalBounds() {
    return this.bounds;
  }
  isDestroyed() {
    return false;
  }
  restore() {
    this.minimized = false;
  }
  focus() {
    this.focusedCount++;
  }
}

export function createFakeElectron(): FakeElectron {
  const app = new FakeApp();
  const defaultSession = new FakeSession();

  class BrowserWindow extends FakeBrowserWindowBase {
    static windows: FakeBrowserWindowBase[] = [];
    static focused: FakeBrowserWindowBase | null = null;
    constructor(options: Record<string, unknown>) {
      super(options);
      const { x = 0, y = 0, width = 0, height = 0 } = options as Record<string, number>;
      this.bounds = { x, y, width, height };
      BrowserWindow.windows.push(this);
      // A real window's creation fires app "web-contents-created" for its page.
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getFocusedWindow() {
      return BrowserWindow.focused;
    }
    static getAllWindows() {
      return [...BrowserWindow.windows];
    }
    static fromWebContents(contents: FakeWebContents) {
      return BrowserWindow.windows.find((w) => w.webContents === contents) ?? null;
    }
  }

  const ipcRenderer = Object.assign(new EventEmitter(), {
    invocations: [] as Array<{ channel: string; input: unknown }>,
    sentMessages: [] as string[],
    send(channel: string) {
      ipcRenderer.sentMessages.push(channel);
    },
    invoke(channel: string, input: unknown) {
      ipcRenderer.invocations.push({ channel, input });
      return Promise.resolve({ ok: true, value: { echoed: channel } });
    },
  });

  const fake: FakeElectron = {
    app,
    BrowserWindow,
    screen: {
      displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getAllDisplays() {
        return this.displays;
      },
      getPrimaryDisplay() {
        return this.displays[0]!;
      },
    },
    ipcMain: Object.assign(new EventEmitter(), {
      handlers: new Map<string, Handler>(),
      handle(channel: string, handler: Handler) {
        if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        this.handlers.set(channel, handler);
      },
    }),
    protocol: {
      privileged: [],
      registeredBeforeReady: null,
      handlers: new Map(),
      registerSchemesAsPrivileged(schemes) {
        this.registeredBeforeReady = !app.ready;
        this.privileged.push(...schemes);
      },
      handle(scheme, handler) {
        this.handlers.set(scheme, handler);
      },
    },
    session: { defaultSession },
    Menu: {
      applicationMenu: null,
      buildFromTemplate: (template) => ({ template }),
      setApplicationMenu(menu) {
        this.applicationMenu = menu;
      },
    },
    dialog: {
      nextSavePath: null,
      nextOpenPath: null,
      calls: [],
      async showSaveDialog(...args) {
        this.calls.push({ kind: 'save', options: args.at(-1) as Record<string, unknown> });
        return this.nextSavePath ? { canceled: false, filePath: this.nextSavePath } : { canceled: true, filePath: '' };
      },
      async showOpenDialog(...args) {
        this.calls.push({ kind: 'open', options: args.at(-1) as Record<string, unknown> });
        return this.nextOpenPath ? { canceled: false, filePaths: [this.nextOpenPath] } : { canceled: true, filePaths: [] };
      },
    },
    contextBridge: {
      exposed: new Map(),
      exposeInMainWorld(key, api) {
        this.exposed.set(key, api);
      },
    },
    ipcRenderer,
    shell: {
      opened: [],
      async openExternal(url) {
        this.opened.push(url);
      },
    },
  };
  return fake;
}

/** A stand-in IPC event whose frame is at `url` (null: the frame has gone). */
export function ipcEvent(url: string | null, sender: FakeWebContents = new FakeWebContents(new FakeSession())) {
  return { senderFrame: url === null ? null : { url }, sender };
}
