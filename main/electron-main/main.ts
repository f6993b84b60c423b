// The Electron shell: lifecycle, the window, the menu, IPC and PDF printing. All behaviour is in
// the Electron-free services under main/node, shared with the browser shell and the tests.
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import type { ExportDelivery } from '../common/contract';
import { randomSourceFor } from '../common/random';
import type { AppServices } from '../node/app-services';
import { APP_NAME } from '../node/constants';
import { resolveUserDataDir } from '../node/paths';
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

if (!app.requestSingleInstanceLock()) app.quit();
registerAppScheme();
// The data folder is Electron's userData unless a test or portable install overrides it.
app.setPath('userData', resolveUserDataDir(app.getPath('userData')));

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, (url) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
});

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
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow(appServices);
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => companion?.stop());

void start();
