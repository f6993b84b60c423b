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

/** Ubuntu 23.10+ (on by default since 24.04): 1 = unconfined programs may not use user namespaces. */
export const USERNS_RESTRICTION = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';

/**
 * What the sandbox check reads, passed in so tests need no Ubuntu machine.
 * @typedef {object} SandboxIo
 * @property {NodeJS.Platform} platform
 * @property {string} electronDir node_modules/electron
 * @property {(file: string) => string} readFile throws when the file is missing
 * @property {(file: string) => { uid: number, mode: number }} stat throws when the file is missing
 * @property {() => string[]} apparmorProfiles the texts of the profiles in /etc/apparmor.d
 */

/**
 * Chromium's sandbox needs unprivileged user namespaces; where AppArmor denies them to unconfined
 * programs (Ubuntu 24.04's default) it falls back to the SUID helper, chrome-sandbox, and aborts
 * with SIGTRAP ("The SUID sandbox helper binary was found, but is not configured correctly…") unless
 * the helper is owned by root with the setuid bit and others' execute bit (mode 4755) — which an
 * npm install never makes it. An AppArmor profile that names the Electron binary and allows
 * `userns` lifts the restriction for it instead. Returns why Electron cannot start and the fix, or
 * undefined when it can.
 * @param {SandboxIo} io
 * @returns {{ reason: string, fix: string } | undefined}
 */
export function sandboxBlocker(io) {
  if (io.platform !== 'linux') return undefined;
  try {
    if (io.readFile(USERNS_RESTRICTION).trim() !== '1') return undefined;
  } catch {
    return undefined; // no such setting: not Ubuntu's AppArmor restriction
  }
  const helper = path.join(io.electronDir, 'dist', 'chrome-sandbox');
  /** @type {{ uid: number, mode: number }} */
  let helperStat;
  try {
    helperStat = io.stat(helper);
  } catch {
    return undefined; // no helper: Electron reports its own error
  }
  const setuidRoot = helperStat.uid === 0 && (helperStat.mode & 0o4000) !== 0 && (helperStat.mode & 0o001) !== 0;
  if (setuidRoot) return undefined;
  const binary = path.join(io.electronDir, 'dist', 'electron');
  if (io.apparmorProfiles().some((profile) => profile.includes(binary))) return undefined;
  const quoted = shellQuote(helper);
  return {
    reason:
      `Electron cannot start here: AppArmor restricts unprivileged user namespaces (${USERNS_RESTRICTION} is 1), ` +
      `so Electron needs its sandbox helper ${helper} owned by root with mode 4755, and it is not`,
    fix:
      `To use Electron, run once (and again after Electron is reinstalled): sudo chown root:root ${quoted} && sudo chmod 4755 ${quoted}` +
      ` — or load an AppArmor profile that allows userns for ${binary} (see README).`,
  };
}

/** @param {string} text */
function shellQuote(text) {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
