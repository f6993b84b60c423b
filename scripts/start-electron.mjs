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
 * npm install never makes it. An AppArmor profile in /etc/apparmor.d that allows `userns` for
 * the Electron binary (…/electron/dist/electron, by path or glob) lifts the restriction instead. Returns why Electron cannot start and the fix, or
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
  // A profile may name the binary exactly or with globs (/@{HOME}/**/node_modules/electron/dist/electron).
  const allowsUserns = (/** @type {string} */ profile) => /\buserns\b/.test(profile) && profile.includes('electron/dist/electron');
  if (io.apparmorProfiles().some(allowsUserns)) return undefined;
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

/**
 * The Node versions that can run Electron's installer (node_modules/electron/install.js): it
 * `require()`s @electron/get and @electron-internal/extract-zip, which are ES modules, and
 * require(esm) works without a flag from Node 20.19 and 22.12 (not in 21.x or 22.0–22.11).
 * package.json `engines.node` says the same (Vite 8 asks for this range too).
 */
export const ELECTRON_INSTALL_NODE_RANGE = '^20.19.0 || >=22.12.0';

/**
 * @param {string} version process.versions.node, e.g. "20.18.1"
 * @returns {boolean}
 */
export function nodeCanInstallElectron(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major >= 23;
}

/**
 * @param {string} version
 * @returns {string}
 */
export function nodeTooOldMessage(version) {
  const [major = 0] = version.replace(/^v/, '').split('.').map(Number);
  const needs = major <= 20 ? '≥ 20.19' : '≥ 22.12';
  return `Node too old to download Electron (needs ${needs}, you have ${version.replace(/^v/, '')})`;
}

/**
 * The installer's own error line out of what it printed: it prints the error's stack, so the
 * first line that names an error ("TypeError: fetch failed", "HTTPError: Response code 404 …"),
 * else the last line that is not a stack frame.
 * @param {string} stderr
 * @returns {string | undefined}
 */
export function installerErrorLine(stderr) {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /^[A-Za-z]*Error\b/.test(line)) ?? lines.filter((line) => !line.startsWith('at ')).at(-1);
}

/**
 * Why Electron's installer did not give us a binary, in one line for the learner.
 * @param {{ nodeVersion: string, stderr: string, status: number | null, signal?: NodeJS.Signals | null, error?: string }} result
 * @returns {string}
 */
export function installFailureReason(result) {
  if (!nodeCanInstallElectron(result.nodeVersion)) return nodeTooOldMessage(result.nodeVersion);
  if (result.stderr.includes('ERR_REQUIRE_ESM')) {
    return `Node ${result.nodeVersion} could not load Electron's installer (require() of ES modules is switched off: look for --no-experimental-require-module in NODE_OPTIONS)`;
  }
  let detail = result.error ?? installerErrorLine(result.stderr);
  if (!detail) detail = result.signal ? `the installer was stopped by ${result.signal}` : `the installer exited with code ${result.status}`;
  if (detail === 'TypeError: fetch failed') detail += ': no connection to the download server';
  return `Could not download Electron (${detail})`;
}

/** Where @electron/get fetches Electron from unless a mirror is configured. */
const ELECTRON_RELEASES = 'https://github.com/electron/electron/releases/download/';

/**
 * The file Electron's installer downloads and where from, worked out as @electron/get does
 * (file name electron-v<version>-<platform>-<arch>.zip; ELECTRON_MIRROR or npm's electron_mirror
 * setting replace the GitHub releases address).
 * @param {{ version: string, platform: string, arch: string, env: Record<string, string | undefined> }} options
 * @returns {{ fileName: string, url: string }}
 */
export function electronDownload({ version, platform, arch, env }) {
  const tag = `v${version.replace(/^v/, '')}`;
  const electronArch = arch === 'arm' ? 'armv7l' : arch;
  const fileName = `electron-${tag}-${env.ELECTRON_INSTALL_PLATFORM || platform}-${env.ELECTRON_INSTALL_ARCH || electronArch}.zip`;
  const mirror =
    env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || env.npm_package_config_electron_mirror || env.ELECTRON_MIRROR;
  return { fileName, url: `${mirror || ELECTRON_RELEASES}${tag}/${fileName}` };
}

/**
 * What `npm start` says before Electron's first download, which otherwise runs silently.
 * @param {{ version: string, fileName: string, url: string }} download
 * @returns {string}
 */
export function downloadNotice({ version, url }) {
  return [
    `Electron ${version} is not installed yet: downloading it once, about 100 MB, from ${url} into node_modules/electron/dist.`,
    'This can take several minutes; to skip it, press Ctrl+C and run `npm start -- --browser` (the browser shell).',
  ].join('\n');
}

/**
 * @typedef {object} DownloadIo
 * @property {string} tmpdir os.tmpdir(), where the installer downloads into electron-download-XXXXXX/
 * @property {string} fileName the zip being downloaded
 * @property {number} since when the installer started (ms), so older leftovers are ignored
 * @property {(dir: string) => string[]} readdir
 * @property {(file: string) => { size: number, mtimeMs: number }} stat throws when the file is missing
 */

/**
 * How much of the zip has arrived: @electron/get writes it to
 * <tmpdir>/electron-download-XXXXXX/<fileName> and moves it away once it is complete.
 * @param {DownloadIo} io
 * @returns {number | undefined} bytes, or undefined when no download is under way
 */
export function downloadedBytes(io) {
  /** @type {number | undefined} */
  let bytes;
  let entries;
  try {
    entries = io.readdir(io.tmpdir);
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (!entry.startsWith('electron-download-')) continue;
    try {
      const file = io.stat(path.join(io.tmpdir, entry, io.fileName));
      if (file.mtimeMs >= io.since - 1000) bytes = Math.max(bytes ?? 0, file.size);
    } catch {
      // not this folder
    }
  }
  return bytes;
}

/**
 * @param {number} ms
 * @returns {string}
 */
export function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** How long the download may make no progress before `npm start` gives up on it. */
export const DOWNLOAD_STALL_MS = 3 * 60_000;
export const DOWNLOAD_STALLED = 'no progress for 3 minutes';

/**
 * Follows the download from what downloadedBytes sees each tick: a progress line every
 * `reportEveryMs`, and `stalled` once nothing has changed for `stallMs` (no connection, a
 * download that stopped growing, or an unpacking that never ends).
 * @param {number} start ms
 * @param {{ reportEveryMs?: number, stallMs?: number }} [options]
 */
export function downloadWatch(start, { reportEveryMs = 15_000, stallMs = DOWNLOAD_STALL_MS } = {}) {
  let seen = false;
  let state = 'connecting';
  let changedAt = start;
  let reportedAt = start;
  return {
    /**
     * @param {number | undefined} bytes
     * @param {number} now ms
     * @returns {{ report?: string, stalled: boolean }}
     */
    tick(bytes, now) {
      if (bytes !== undefined) seen = true;
      const phase = bytes !== undefined ? `${(bytes / 1e6).toFixed(0)} MB so far` : seen ? 'unpacking' : 'connecting';
      if (phase !== state) {
        state = phase;
        changedAt = now;
      }
      const stalled = now - changedAt >= stallMs;
      if (now - reportedAt < reportEveryMs) return { stalled };
      reportedAt = now;
      return { report: `Downloading Electron: ${phase} (${formatDuration(now - start)})`, stalled };
    },
  };
}
