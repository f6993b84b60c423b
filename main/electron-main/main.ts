// The Electron shell: lifecycle, the window, the menu, IPC and PDF printing. All behaviour is in
// the Electron-free services under main/node, shared with the browser shell and the tests.
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import type { ExportDelivery } from '../common/contract';
import { randomSourceFor } from '../common/random';
import { createDispatcher, createHandlers } from '../node/api-handlers';
import { type AppServices, createAppServices } from '../node/app-services';
import { AUTOMATIC_BACKUP_CHECK_MS, AUTOMATIC_BACKUP_DELAY_MS } from '../node/backup-service';
import { resolveUserDataDir } from '../node/paths';
import { SEARCH_WARM_UP_DELAY_MS } from '../node/search/search-service';
import { registerApiIpc } from './ipc';
import { buildAppMenu } from './menu';
import { electronAddonPath } from './native-binding';
import { ElectronPdfPrinter } from './pdf-printer';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { APP_ORIGIN, hardenSession, hardenWebContents, isSafeExternalUrl, secureWebPreferences } from './security';
import { restoreBounds, WINDOW_BOUNDS_KEY, type WindowBounds } from './window-state';

const appRoot = path.resolve(__dirname, '..', '..');
let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;
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
    title: 'DevOps Pro Companion',
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
    services = createAppServices({
      dataDir: app.getPath('userData'),
      assetsDir: path.join(appRoot, 'assets'),
      mermaidScriptPath: path.join(appRoot, 'dist', 'vendor', 'mermaid.min.js'),
      layoutsFile: path.join(appRoot, 'dist', 'diagram-layouts.json'),
      nativeBinding,
      random: randomSourceFor(process.env.COMPANION_RANDOM_SEED),
    });
  } catch (error) {
    dialog.showErrorBox('DevOps Pro Companion cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const appServices = services;

  const dispatch = createDispatcher(
    createHandlers(appServices, {
      shell: 'electron',
      appVersion: app.getVersion(),
      printer: new ElectronPdfPrinter(printJobs),
      delivery: {
        deliver: async (fileName, data): Promise<ExportDelivery> => {
          const extension = path.extname(fileName).slice(1);
          const options = {
            defaultPath: path.join(app.getPath('documents'), fileName),
            filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
          };
          const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
          await fs.writeFile(choice.filePath, data);
          return { kind: 'saved', path: choice.filePath, bytes: data.length };
        },
      },
    }),
    (message, detail) => console.error(message, detail),
  );
  registerApiIpc(ipcMain, dispatch);

  Menu.setApplicationMenu(buildAppMenu(() => mainWindow, process.platform === 'darwin'));
  mainWindow = createMainWindow(appServices);
  // Build the search index after the window has painted; a search before then builds it on demand.
  setTimeout(() => appServices.search.warmUp(), SEARCH_WARM_UP_DELAY_MS);
  // A daily copy of the data file (SQLite online backup), checked now and every few hours.
  const backup = () => void appServices.backups.backupIfDue().catch((error: unknown) => console.error('Automatic backup failed', error));
  setTimeout(backup, AUTOMATIC_BACKUP_DELAY_MS).unref();
  setInterval(backup, AUTOMATIC_BACKUP_CHECK_MS).unref();
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
app.on('will-quit', () => services?.close());

void start();
