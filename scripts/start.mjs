// `npm start`: builds, then opens the Electron app; where Electron cannot run (no binary and no
// internet to fetch it, as on offline CI machines) it says so in one line and starts the browser
// shell instead, opening it in Chrome/Chromium app mode when one is installed.
//   npm start -- --browser   always use the browser shell
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  childExitCode,
  electronLaunchArgs,
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
 * Electron 42+ fetches its binary on demand; offline this fails within a second.
 * @returns {{ binary: string } | { reason: string }}
 */
function installElectron() {
  const nodeVersion = process.versions.node;
  if (!nodeCanInstallElectron(nodeVersion)) return { reason: nodeTooOldMessage(nodeVersion) };
  const result = spawnSync(node, [path.join(electronDir, 'install.js')], {
    cwd: root,
    stdio: 'pipe',
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  const binary = result.status === 0 ? electronBinary() : undefined;
  if (binary) return { binary };
  return {
    reason: installFailureReason({
      nodeVersion,
      stderr: result.stderr ?? '',
      status: result.status,
      signal: result.signal,
      error: result.error?.message,
    }),
  };
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

function startElectronOrFallBack() {
  let binary = electronBinary();
  if (!binary) {
    const installed = installElectron();
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
else startElectronOrFallBack();
