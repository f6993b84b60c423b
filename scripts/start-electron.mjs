// @ts-check
// The decisions `npm start` (scripts/start.mjs) makes about Electron, kept free of side effects so
// scripts/start-electron.test.ts can check them: start.mjs passes in what it read from the disk.
import os from 'node:os';
import path from 'node:path';

/**
 * Electron's arguments for the development app. It is given the app FOLDER (the repo root), not
 * the main script: Electron's default app reads `productName` and `version` from the folder's
 * package.json only when handed a folder, and the profile folder is named after `productName`
 * (~/.config/DevOps Pro Companion, the one the browser shell uses). Handed the script it calls
 * itself "Electron" and keeps its data in ~/.config/Electron.
 * @param {string} root the repo root; its package.json `main` names dist/main/electron-main.cjs
 * @returns {string[]}
 */
export function electronLaunchArgs(root) {
  return [path.resolve(root)];
}

/**
 * The exit code `npm start` passes on from the app it ran. A child killed by a signal has no exit
 * code (`code` is null): that is a failure, reported the shell's way as 128 + the signal number
 * (SIGTRAP, Chromium's abort, gives 133; SIGKILL 137; SIGTERM 143).
 * @param {number | null} code
 * @param {NodeJS.Signals | null} signal
 * @param {Partial<Record<string, number>>} [signals] signal numbers, os.constants.signals by default
 * @returns {number}
 */
export function childExitCode(code, signal, signals = os.constants.signals) {
  if (signal) return 128 + (signals[signal] ?? 0);
  return code ?? 1;
}
