// `npm start`: builds, then opens the Electron app, handing Electron the repo root as its app
// folder (so it runs as DevOps Pro Companion, with the profile the browser shell uses). The first
// launch downloads Electron (about 100 MB), announced and followed in the terminal. Where Electron
// cannot run (no internet access to fetch it, as on offline CI machines; a Node too old for its
// installer; Ubuntu's AppArmor restriction with an unconfigured sandbox helper) it says why in one
// line and starts the browser shell instead, opening it in Chrome/Chromium app mode when one is
// installed. It exits as its app did: a child killed by a signal is a failure (128 + signal number).
// The decisions live in start-electron.mjs, tested by start-electron.test.ts.
//   npm start -- --browser   always use the browser shell
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  childExitCode,
  DOWNLOAD_STALLED,
  downloadedBytes,
  downloadNotice,
  downloadWatch,
  electronDownload,
  electronLaunchArgs,
  formatDuration,
  installFailureReason,
  nodeCanInstallElectron,
  nodeTooOldMessage,
  sandboxBlocker,
} from './start-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const forceBrowser = process.argv.includes('--browser') || process.env.COMPANION_SHELL === 'browser';
const node = process.execPath;
const electronDir = path.join(root, 'node_modules', 'electron');

const run = (args, options = {}) => spawnSync(node, args, { cwd: root, stdio: 'inherit', ...options });

if (run(['scripts/build.mjs']).status !== 0) process.exit(1);

function electronBinary() {
  try {
    const binary = path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Electron 42+ fetches its binary on demand, about 100 MB from GitHub: say so first, report
 * progress while it runs (the installer prints none when its output is not a terminal), and give
 * the reason when it fails. Offline it fails within a second.
 * @returns {Promise<{ binary: string } | { reason: string }>}
 */
async function installElectron() {
  const nodeVersion = process.versions.node;
  if (!nodeCanInstallElectron(nodeVersion)) return { reason: nodeTooOldMessage(nodeVersion) };
  const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const download = electronDownload({ version, platform: process.platform, arch: process.arch, env: process.env });
  console.log(downloadNotice({ version, ...download }));

  const start = Date.now();
  const watch = downloadWatch(start);
  const child = spawn(node, [path.join(electronDir, 'install.js')], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  let stalled = false;
  const timer = setInterval(() => {
    const bytes = downloadedBytes({
      tmpdir: os.tmpdir(),
      fileName: download.fileName,
      since: start,
      readdir: (dir) => fs.readdirSync(dir),
      stat: (file) => fs.statSync(file),
    });
    const { report, stalled: stuck } = watch.tick(bytes, Date.now());
    if (report) console.log(report);
    if (stuck && !stalled) {
      stalled = true;
      child.kill('SIGTERM');
    }
  }, 1000);
  /** @type {{ status: number | null, signal: NodeJS.Signals | null, error?: string }} */
  const result = await new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: null, signal: null, error: error.message }));
    child.on('close', (status, signal) => resolve({ status, signal }));
  });
  clearInterval(timer);

  const binary = result.status === 0 ? electronBinary() : undefined;
  if (binary) {
    console.log(`Electron ${version} downloaded in ${formatDuration(Date.now() - start)}.`);
    return { binary };
  }
  const error = stalled ? DOWNLOAD_STALLED : result.error;
  return { reason: installFailureReason({ nodeVersion, stderr, status: result.status, signal: result.signal, error }) };
}

/** Ends `npm start` the way the app ended: its exit code, or 128 + the signal that killed it. */
function exitWith(child, name) {
  child.on('error', (error) => {
    console.error(`Could not start ${name}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) console.error(`${name} was killed by ${signal}.`);
    process.exit(childExitCode(code, signal));
  });
}

function startElectron(binary) {
  exitWith(spawn(binary, electronLaunchArgs(root), { cwd: root, stdio: 'inherit' }), 'Electron');
}

/** Texts of the AppArmor profiles, read only when the sandbox check needs them. */
function apparmorProfiles() {
  const dir = '/etc/apparmor.d';
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        try {
          return fs.readFileSync(path.join(dir, entry.name), 'utf8');
        } catch {
          return '';
        }
      });
  } catch {
    return [];
  }
}

function startBrowserShell(reason, hint) {
  if (reason) console.log(`${reason}: starting the browser shell instead.`);
  if (hint) console.log(hint);
  const child = spawn(node, [path.join(root, 'dist', 'main', 'browser-shell.cjs'), '--open'], { cwd: root, stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  exitWith(child, 'The browser shell');
}

async function startElectronOrFallBack() {
  let binary = electronBinary();
  if (!binary) {
    const installed = await installElectron();
    if (!('binary' in installed)) return startBrowserShell(installed.reason);
    binary = installed.binary;
  }
  const blocker = sandboxBlocker({
    platform: process.platform,
    electronDir,
    readFile: (file) => fs.readFileSync(file, 'utf8'),
    stat: (file) => fs.statSync(file),
    apparmorProfiles,
  });
  if (blocker) return startBrowserShell(blocker.reason, blocker.fix);
  if (run(['scripts/electron-native.mjs']).status !== 0) return startBrowserShell('The Electron build of the SQLite addon is missing');
  startElectron(binary);
}

if (forceBrowser) startBrowserShell();
else await startElectronOrFallBack();
