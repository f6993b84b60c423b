// A stand-in for the `electron` module, so the built Electron shell (dist/main/electron-main.cjs)
// and preload (dist/main/preload.cjs) run in plain Node here, where no Electron binary can be
// downloaded. It fakes only what the shell uses, and follows Electron's documented behaviour where
// the shell's correctness depends on it: a destroyed window throws on every method, 'ready'
// happens once, schemes must be registered before it, net.fetch rejects for a missing file, and a
// destroyed window's pending executeJavaScript never settles. Tests drive the lifecycle through
// `control` and read what the shell did from `record`.
import { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StandInOptions {
  /** What app.requestSingleInstanceLock() answers (false: another copy holds the lock). */
  singleInstanceLock?: boolean;
  /** Electron's app name, which names the default userData folder: "Electron" when launched from a script. */
  appName?: string;
  appData: string;
  documents: string;
  /** The page's executeJavaScript; default: resolves with true (a print page reports it is ready). */
  executeJavaScript?: (code: string, window: StandInWindow) => Promise<unknown>;
  /** The save dialog's answer; default: cancelled. */
  saveDialog?: (options: { defaultPath?: string }) => { canceled: boolean; filePath?: string };
}

type Listener = (...args: never[]) => unknown;

class Destroyable extends EventEmitter {
  destroyed = false;
  protected alive(): void {
    // Electron: "TypeError: Object has been destroyed" on any method of a destroyed window.
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }
}

export class StandInWebContents extends Destroyable {
  url = '';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly scripts: string[] = [];
  readonly pdfOptions: unknown[] = [];

  constructor(
    private readonly owner: StandInWindow,
    private readonly options: StandInOptions,
  ) {
    super();
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.alive();
    this.windowOpenHandler = handler;
  }

  getURL(): string {
    this.alive();
    return this.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  executeJavaScript(code: string): Promise<unknown> {
    this.alive();
    this.scripts.push(code);
    const run = this.options.executeJavaScript ?? (async () => true);
    const result = run(code, this.owner);
    // Once the window is destroyed a pending call never settles, as in Electron.
    return new Promise((resolve, reject) => {
      result.then(
        (value) => {
          if (!this.destroyed) resolve(value);
        },
        (error: unknown) => {
          if (!this.destroyed) reject(error);
        },
      );
    });
  }

  printToPDF(options: unknown): Promise<Buffer> {
    this.alive();
    this.pdfOptions.push(options);
    return Promise.resolve(Buffer.from('%PDF-1.7 stand-in\n%%EOF\n'));
  }

  /** What the page's navigation would do: true when a 'will-navigate' listener prevented it. */
  tryNavigate(url: string): boolean {
    let prevented = false;
    this.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

export class StandInWindow extends Destroyable {
  readonly webContents: StandInWebContents;
  loadedUrl: string | undefined;
  shown = false;
  minimized = false;
  focused = 0;

  constructor(
    readonly options: { webPreferences?: Record<string, unknown>; show?: boolean } & Record<string, unknown>,
    private readonly standIn: ElectronStandIn,
  ) {
    super();
    this.webContents = new StandInWebContents(this, standIn.options);
    standIn.record.windows.push(this);
    // Electron announces every new WebContents on the app before anything loads in it.
    standIn.app.emit('web-contents-created', {}, this.webContents);
    standIn.notifyWindow(this);
  }

  loadURL(url: string): Promise<void> {
    this.alive();
    this.loadedUrl = url;
    this.webContents.url = url;
    queueMicrotask(() => {
      if (!this.destroyed) this.emit('ready-to-show');
    });
    return Promise.resolve();
  }

  show(): void {
    this.alive();
    this.shown = true;
  }
  focus(): void {
    this.alive();
    this.focused++;
  }
  isMinimized(): boolean {
    this.alive();
    return this.minimized;
  }
  restore(): void {
    this.alive();
    this.minimized = false;
  }
  maximize(): void {
    this.alive();
  }
  isMaximized(): boolean {
    this.alive();
    return false;
  }
  getNormalBounds() {
    this.alive();
    return { x: 10, y: 10, width: 1280, height: 800 };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The learner closes the window: 'close' (cancellable), then the window is gone. */
  close(): void {
    this.alive();
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    // Electron: 'window-all-closed' once the last window is gone (unless the app is quitting).
    if (this.standIn.record.windows.every((w) => w.destroyed)) this.standIn.app.emit('window-all-closed');
  }
}

export class ElectronStandIn {
  readonly record = {
    calls: [] as string[],
    windows: [] as StandInWindow[],
    schemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    ipcHandlers: new Map<string, Listener>(),
    menu: undefined as { template: unknown[] } | undefined,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    errorBoxes: [] as string[],
    openedExternally: [] as string[],
    saveDialogs: [] as unknown[],
    exposed: new Map<string, unknown>(),
    invoked: [] as unknown[][],
    quitCalls: 0,
    exitCode: undefined as number | undefined,
  };
  readonly paths = new Map<string, string>();
  private name: string;
  private ready = false;
  private readyWaiters: (() => void)[] = [];
  private windowWaiters: { resolve: (w: StandInWindow) => void; reject: (error: Error) => void }[] = [];

  constructor(readonly options: StandInOptions) {
    this.name = options.appName ?? 'Electron';
    this.paths.set('appData', options.appData);
    this.paths.set('documents', options.documents);
  }

  notifyWindow(win: StandInWindow): void {
    for (const waiter of this.windowWaiters.splice(0)) waiter.resolve(win);
  }

  /** Resolves with the next window the shell creates; rejects if the shell shows an error box instead. */
  nextWindow(): Promise<StandInWindow> {
    return new Promise((resolve, reject) => this.windowWaiters.push({ resolve, reject }));
  }

  /** Electron's 'ready': once, after which whenReady() resolves. */
  becomeReady(): void {
    if (this.ready) return;
    this.ready = true;
    this.app.emit('ready');
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  /** The trusted IPC call path: what ipcRenderer.invoke reaches in the main process. */
  async invoke(channel: string, senderFrame: { url: string; parent: unknown } | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.record.ipcHandlers.get(channel) as ((event: unknown, ...a: unknown[]) => unknown) | undefined;
    if (!handler) throw new Error(`No IPC handler for ${channel}`);
    return handler({ senderFrame }, ...args);
  }

  /** A request through the registered protocol handler, as the window's page would make it. */
  async fetchApp(url: string): Promise<Response> {
    const handler = this.record.protocolHandlers.get(new URL(url).protocol.replace(/:$/, ''));
    if (!handler) throw new Error(`No protocol handler for ${url}`);
    return handler(new Request(url));
  }

  readonly app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => {
      this.record.calls.push('requestSingleInstanceLock');
      return this.options.singleInstanceLock ?? true;
    },
    quit: () => {
      this.record.calls.push('quit');
      this.record.quitCalls++;
      this.app.emit('will-quit', { preventDefault: () => {} });
    },
    exit: (code = 0) => {
      this.record.exitCode = code;
    },
    whenReady: () => (this.ready ? Promise.resolve() : new Promise<void>((resolve) => this.readyWaiters.push(resolve))),
    getName: () => this.name,
    setName: (name: string) => {
      this.name = name;
    },
    getVersion: () => '42.11.18',
    getPath: (name: string) => {
      // userData defaults to appData/<app name> until set.
      if (name === 'userData') return this.paths.get('userData') ?? path.join(this.options.appData, this.name);
      const value = this.paths.get(name);
      if (!value) throw new Error(`Failed to get '${name}' path`);
      return value;
    },
    setPath: (name: string, value: string) => {
      this.record.calls.push(`setPath:${name}`);
      this.paths.set(name, value);
    },
  });

  readonly electron = {
    app: this.app,
    BrowserWindow: ((standIn: ElectronStandIn) =>
      class extends StandInWindow {
        constructor(options: ConstructorParameters<typeof StandInWindow>[0]) {
          super(options, standIn);
        }
        static getAllWindows = () => standIn.record.windows.filter((w) => !w.destroyed);
      })(this),
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) => {
        // Electron: "can only be used before the ready event".
        if (this.ready) throw new Error('registerSchemesAsPrivileged should be called before app is ready');
        this.record.schemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
        this.record.protocolHandlers.set(scheme, handler);
      },
    },
    net: {
      // Electron's net.fetch of a file: URL rejects (net::ERR_FILE_NOT_FOUND) when there is no such file.
      fetch: async (url: string) => {
        const file = fileURLToPath(url);
        const stat = await fs.stat(file).catch(() => undefined);
        if (!stat?.isFile()) throw new TypeError('net::ERR_FILE_NOT_FOUND');
        return new Response(await fs.readFile(file), { status: 200, headers: { 'content-type': mimeType(file) } });
      },
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        if (this.record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        this.record.ipcHandlers.set(channel, listener);
      },
    },
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        const options = (args.length > 1 ? args[1] : args[0]) as { defaultPath?: string };
        this.record.saveDialogs.push(options);
        return this.options.saveDialog?.(options) ?? { canceled: true };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showErrorBox: (title: string, content: string) => {
        this.record.errorBoxes.push(`${title}: ${content}`);
        for (const waiter of this.windowWaiters.splice(0)) waiter.reject(new Error(`${title}: ${content}`));
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => {
        this.record.menu = menu;
      },
    },
    shell: {
      openExternal: async (url: string) => {
        this.record.openedExternally.push(url);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => {
          this.record.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: Listener) => {
          this.record.permissionCheck = handler;
        },
        setDevicePermissionHandler: () => {},
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        this.record.exposed.set(key, value);
      },
    },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        this.record.invoked.push(args);
        return { ok: true, value: null };
      },
    },
  };
}

function mimeType(file: string): string {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  return types[path.extname(file)] ?? 'application/octet-stream';
}
