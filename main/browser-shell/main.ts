// The browser shell: the same services and renderer as the Electron app, served on 127.0.0.1
// for machines without the Electron binary, for tests, and for development. Importing this
// module starts nothing; run.ts (the bundle's entry) calls main().
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomSourceFor } from '../common/random';
import { LAUNCH_URL_FILE, READY_PREFIX } from '../node/constants';
import { defaultUserDataDir, resolveUserDataDir } from '../node/paths';
import { consoleLogger, startCompanion } from '../node/start-companion';
import { findChromium, QUIET_CHROMIUM_ARGS, sandboxArgs } from './chromium';
import { PlaywrightPdfPrinter } from './playwright-printer';
import { startBrowserShellServer } from './server';
import { type DownloadStore, downloadDelivery, TransferStore, type UploadStore } from './transfers';

export async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const root = path.resolve(__dirname, '..', '..');
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const dataDir = resolveUserDataDir(defaultUserDataDir());
  const started = performance.now();

  const printer = new PlaywrightPdfPrinter();
  // Exports wait here for the page to fetch them by link (see transfers.ts).
  const downloads: DownloadStore = new TransferStore();
  // Backups the page uploads wait here for the 'backup.import' call that names them.
  const uploads: UploadStore = new TransferStore();
  const companion = startCompanion(
    {
      dataDir,
      assetsDir: process.env.COMPANION_ASSETS_DIR ?? path.join(root, 'assets'),
      mermaidScriptPath: path.join(root, 'dist', 'vendor', 'mermaid.min.js'),
      // Benchmarks point both at generated content (a 1,000-node diagram and its layout).
      layoutsFile: process.env.COMPANION_LAYOUTS_FILE ?? path.join(root, 'dist', 'diagram-layouts.json'),
      random: randomSourceFor(process.env.COMPANION_RANDOM_SEED),
    },
    {
      shell: 'browser',
      appVersion: version,
      printer,
      delivery: downloadDelivery(downloads),
      uploads,
      log: consoleLogger,
    },
  );
  const port = process.env.COMPANION_PORT ? Number(process.env.COMPANION_PORT) : 0;
  const server = await startBrowserShellServer({
    dispatch: companion.dispatch,
    rendererDir: path.join(root, 'dist', 'renderer'),
    port,
    downloads,
    uploads,
  });
  // The token is a secret: it goes to an interactive terminal (the learner opens the URL from
  // there) and to a private file in the data folder, never into redirected output such as logs.
  const printToken = process.stdout.isTTY || process.env.COMPANION_PRINT_URL === '1';
  fs.writeFileSync(path.join(dataDir, LAUNCH_URL_FILE), server.launchUrl, { mode: 0o600 });
  console.log(
    `${READY_PREFIX} ${printToken ? server.launchUrl : `${server.url} (the full address with its access token is in ${LAUNCH_URL_FILE} in the data folder)`}`,
  );
  console.log(`Data folder: ${dataDir} (started in ${Math.round(performance.now() - started)} ms)`);

  let shuttingDown = false;
  const shutdown = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    await printer.close().catch(() => {});
    await server.close();
    companion.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  if (args.has('--open')) openAppWindow(server.launchUrl, dataDir, () => void shutdown());
}

/** Opens the app in Chrome/Chromium app mode; closing that window stops the shell. */
function openAppWindow(launchUrl: string, dataDir: string, onClosed: () => void): void {
  const manual = 'Open the URL above in your browser. Press Ctrl+C to stop.';
  const browser = findChromium();
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (!browser || headless) {
    console.log(`${headless ? 'No graphical display' : 'No Chrome or Chromium found'}. ${manual}`);
    return;
  }
  const openedAt = Date.now();
  const profile = path.join(dataDir, 'browser-shell-profile');
  const child = spawn(browser, [`--app=${launchUrl}`, `--user-data-dir=${profile}`, ...QUIET_CHROMIUM_ARGS, ...sandboxArgs()], {
    stdio: 'ignore',
  });
  child.on('error', () => console.log(`Could not start ${browser}. ${manual}`));
  child.on('exit', (code) => {
    // A browser that dies at once never showed the app: keep serving for a manual open.
    if (code !== 0 || Date.now() - openedAt < 3000) console.log(`The browser window did not stay open. ${manual}`);
    else onClosed();
  });
}
