// The Electron shell: lifecycle, the window, the menu, IPC and PDF printing. All behaviour is in
// the Electron-free services under main/node, shared with the browser shell and the tests.
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import type { ExportDelivery } from '../common/contract';
import { randomSourceFor } from '../common/random';
import type { AppServices } from '../node/app-services';
import { APP_NAME } from '../node/constants';
import { defaultUserDataDir, resolveUserDataDir } from '../node/paths';
import { type Companion, consoleLogger, startCompanion } from '../node/start-companion';
import { openBackupWithDialog } from './file-dialogs';
import { registerApiIpc } from './ipc';
import { buildAppMenu } from './menu';
import { electronAddonPath } from './native-binding';
import { ElectronPdfPrinter } from './pdf-printer';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { APP_ORIGIN, hardenSession, hardenWebContents, isSafeExternalUrl, secureWebPreferences } from './security';
import { restoreBounds, WINDOW_BOUNDS_KEY, type WindowBounds } from './window-state';

const appRoot = path.resolve(__dirname, '..', '..');
let mainWindow: BrowserWindow | undefined;
let companion: Companion | undefined;
const printJobs = new Map<string, string>();

/** The page's window, once the companion runs; recreated on demand (macOS keeps the app without one). */
function showMainWindow(): void {
  const appServices = companion?.services;
  if (!appServices) return;
  if (!mainWindow) mainWindow = createMainWindow(appServices);
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createMainWindow(appServices: AppServices): BrowserWindow {
  const bounds = restoreBounds(
    appServices.settings.getRaw<WindowBounds>(WINDOW_BOUNDS_KEY),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: APP_NAME,
    backgroundColor: '#1b1f24',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    appServices.settings.setRaw(WINDOW_BOUNDS_KEY, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  // Every window, not only the first: a window reopened by macOS's 'activate' closes too.
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Exports go where the learner picks in the save dialog, starting in Documents. */
async function saveWithDialog(fileName: string, data: Buffer): Promise<ExportDelivery> {
  const extension = path.extname(fileName).slice(1);
  const options = {
    defaultPath: path.join(app.getPath('documents'), fileName),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
  };
  const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
  await fs.writeFile(choice.filePath, data);
  return { kind: 'saved', path: choice.filePath, bytes: data.length };
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  handleAppProtocol(path.join(appRoot, 'dist', 'renderer'), printJobs);

  const nativeBinding = electronAddonPath({
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot,
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  try {
    companion = startCompanion(
      {
        dataDir: app.getPath('userData'),
        assetsDir: path.join(appRoot, 'assets'),
        mermaidScriptPath: path.join(appRoot, 'dist', 'vendor', 'mermaid.min.js'),
        layoutsFile: path.join(appRoot, 'dist', 'diagram-layouts.json'),
        nativeBinding,
        random: randomSourceFor(process.env.COMPANION_RANDOM_SEED),
      },
      {
        shell: 'electron',
        appVersion: app.getVersion(),
        printer: new ElectronPdfPrinter(printJobs),
        delivery: { deliver: saveWithDialog },
        openBackupFile: () =>
          openBackupWithDialog(
            (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
            app.getPath('documents'),
          ),
        log: consoleLogger,
      },
    );
  } catch (error) {
    dialog.showErrorBox(`${APP_NAME} cannot start`, error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const appServices = companion.services;
  registerApiIpc(ipcMain, companion.dispatch);

  Menu.setApplicationMenu(buildAppMenu(() => mainWindow, process.platform === 'darwin'));
  mainWindow = createMainWindow(appServices);
  // macOS: clicking the dock icon with no window open opens one again.
  app.on('activate', showMainWindow);
}

// The profile folder is fixed before anything asks for it: Electron's default would follow the
// app's name, which is "Electron" when it is launched from a script, and the single-instance lock
// is keyed on this folder. A test or portable install may point it elsewhere (COMPANION_DATA_DIR).
app.setPath('userData', resolveUserDataDir(defaultUserDataDir()));
if (!app.requestSingleInstanceLock()) {
  // Another copy runs on this profile: it is brought to the front (second-instance) and this one ends.
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => companion?.stop());
  void start();
}
