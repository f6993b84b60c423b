import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME } from '../main/node/constants';
import {
  childExitCode,
  DOWNLOAD_STALL_MS,
  DOWNLOAD_STALLED,
  downloadedBytes,
  downloadNotice,
  downloadWatch,
  ELECTRON_INSTALL_NODE_RANGE,
  electronDownload,
  electronLaunchArgs,
  formatDuration,
  installerErrorLine,
  installFailureReason,
  nodeCanInstallElectron,
  type SandboxIo,
  sandboxBlocker,
  USERNS_RESTRICTION,
} from './start-electron.mjs';

const root = path.resolve(__dirname, '..');

describe('electronLaunchArgs', () => {
  it('hands Electron the app folder, so package.json names the app and its profile folder', () => {
    expect(electronLaunchArgs(root)).toEqual([root]);
  });

  it('is a folder whose package.json points main at the built Electron entry and names the product', () => {
    const [appFolder] = electronLaunchArgs(root);
    expect(appFolder && fs.statSync(appFolder).isDirectory()).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; productName: string };
    expect(pkg.main).toBe('dist/main/electron-main.cjs');
    // The browser shell names its profile folder after APP_NAME; Electron names its after productName.
    expect(pkg.productName).toBe(APP_NAME);
  });
});

describe('scripts/start.mjs', () => {
  const script = fs.readFileSync(path.join(root, 'scripts', 'start.mjs'), 'utf8');

  it('launches Electron with the decided arguments, never with the entry script', () => {
    expect(script).toMatch(/spawn\(binary, electronLaunchArgs\(root\)/);
    expect(script).not.toContain('electron-main.cjs');
  });

  it('ends with the exit code childExitCode gives, for the Electron and the browser-shell child alike', () => {
    expect(script).not.toMatch(/code \?\? 0/);
    expect(script).toContain('process.exit(childExitCode(code, signal))');
    expect(script.match(/exitWith\(/g)?.length).toBe(3); // the helper and its two callers
  });

  it('tells "Node too old" apart from "could not download", and skips the installer on an old Node', () => {
    const install = script.slice(script.indexOf('function installElectron('));
    expect(install.indexOf('nodeCanInstallElectron(nodeVersion)')).toBeLessThan(install.indexOf("'install.js'"));
    expect(script).toContain('installFailureReason({');
    expect(script).not.toContain('could not be downloaded here');
  });

  it('announces the download before it starts the installer, and reports progress while it runs', () => {
    const install = script.slice(script.indexOf('async function installElectron('));
    expect(install.indexOf('console.log(downloadNotice(')).toBeGreaterThan(0);
    expect(install.indexOf('console.log(downloadNotice(')).toBeLessThan(install.indexOf("'install.js'"));
    expect(install).toContain('watch.tick(bytes, Date.now())');
    expect(install).not.toMatch(/spawnSync\(/); // a synchronous installer would block the progress reports
  });

  it('checks the sandbox before it builds the Electron addon or launches Electron', () => {
    const check = script.indexOf('sandboxBlocker({');
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(script.indexOf("run(['scripts/electron-native.mjs'])"));
    expect(check).toBeLessThan(script.indexOf('startElectron(binary);'));
  });
});

describe('childExitCode', () => {
  it('passes an exit code through', () => {
    expect(childExitCode(0, null)).toBe(0);
    expect(childExitCode(3, null)).toBe(3);
  });

  it('fails with 128 + the signal number when the child was killed by a signal', () => {
    // Chromium aborts with SIGTRAP (the SUID sandbox message ends "Trace/breakpoint trap").
    expect(childExitCode(null, 'SIGTRAP')).toBe(133);
    expect(childExitCode(null, 'SIGKILL')).toBe(137);
    expect(childExitCode(null, 'SIGTERM')).toBe(143);
    expect(childExitCode(null, 'SIGSEGV')).toBe(139);
  });

  it('never reports success for a signal, even one it has no number for', () => {
    expect(childExitCode(null, 'SIGTRAP', {})).toBeGreaterThan(0);
    expect(childExitCode(null, null)).toBe(1);
  });
});

describe('sandboxBlocker', () => {
  const electronDir = '/home/learner/companion/node_modules/electron';
  const helper = `${electronDir}/dist/chrome-sandbox`;
  const missing = (file: string): never => {
    throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
  };
  /** A fresh Ubuntu 24.04 after `npm ci`: the restriction on, the helper owned by the learner, 0755. */
  const ubuntu2404 = (overrides: Partial<SandboxIo> = {}): SandboxIo => ({
    platform: 'linux',
    electronDir,
    readFile: (file) => (file === USERNS_RESTRICTION ? '1\n' : missing(file)),
    stat: (file) => (file === helper ? { uid: 1000, mode: 0o100755 } : missing(file)),
    apparmorProfiles: () => ['abi <abi/4.0>,\nprofile chrome /opt/google/chrome/chrome flags=(unconfined) {\n  userns,\n}\n'],
    ...overrides,
  });

  it('reads the AppArmor switch Ubuntu documents', () => {
    expect(USERNS_RESTRICTION).toBe('/proc/sys/kernel/apparmor_restrict_unprivileged_userns');
  });

  it('stops Electron on Ubuntu 24.04 with an npm-installed helper, and gives the one-line fix', () => {
    const blocker = sandboxBlocker(ubuntu2404());
    expect(blocker?.reason).toContain('apparmor_restrict_unprivileged_userns is 1');
    expect(blocker?.reason).toContain(helper);
    expect(blocker?.fix).toContain(`sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`);
    expect(blocker?.fix).toContain('AppArmor profile');
    expect(blocker?.fix).toContain(`${electronDir}/dist/electron`);
    expect(blocker?.fix).not.toContain('\n');
  });

  it('still stops it when the helper is root-owned but lost its setuid bit (chmod before chown)', () => {
    expect(sandboxBlocker(ubuntu2404({ stat: () => ({ uid: 0, mode: 0o100755 }) }))).toBeDefined();
    expect(sandboxBlocker(ubuntu2404({ stat: () => ({ uid: 1000, mode: 0o104755 }) }))).toBeDefined();
  });

  it('lets Electron start once the helper is root:root 4755', () => {
    expect(sandboxBlocker(ubuntu2404({ stat: () => ({ uid: 0, mode: 0o104755 }) }))).toBeUndefined();
  });

  it('lets Electron start when an AppArmor profile names its binary', () => {
    const profile = `abi <abi/4.0>,\ninclude <tunables/global>\nprofile companion-electron ${electronDir}/dist/electron flags=(unconfined) {\n  userns,\n}\n`;
    expect(sandboxBlocker(ubuntu2404({ apparmorProfiles: () => [profile] }))).toBeUndefined();
    // The shape Chromium's docs give for developer builds, with a glob instead of the full path.
    const glob =
      'abi <abi/4.0>,\ninclude <tunables/global>\nprofile electron-dev /@{HOME}/**/node_modules/electron/dist/electron flags=(unconfined) {\n  userns,\n}\n';
    expect(sandboxBlocker(ubuntu2404({ apparmorProfiles: () => [glob] }))).toBeUndefined();
  });

  it('is not fooled by a profile that names Electron without allowing user namespaces', () => {
    const confined = `profile companion-electron ${electronDir}/dist/electron {\n  /** r,\n}\n`;
    expect(sandboxBlocker(ubuntu2404({ apparmorProfiles: () => [confined] }))).toBeDefined();
  });

  it('does not interfere where user namespaces are not restricted', () => {
    expect(sandboxBlocker(ubuntu2404({ readFile: () => '0\n' }))).toBeUndefined();
    expect(sandboxBlocker(ubuntu2404({ readFile: missing }))).toBeUndefined(); // Debian, older Ubuntu
    const untouched = (): never => {
      throw new Error('read on a platform without AppArmor');
    };
    expect(
      sandboxBlocker({ platform: 'darwin', electronDir, readFile: untouched, stat: untouched, apparmorProfiles: untouched }),
    ).toBeUndefined();
    expect(
      sandboxBlocker({ platform: 'win32', electronDir, readFile: untouched, stat: untouched, apparmorProfiles: untouched }),
    ).toBeUndefined();
  });

  it('quotes a helper path with spaces so the command can be pasted as is', () => {
    const spaced = '/home/learner/My Projects/companion/node_modules/electron';
    const blocker = sandboxBlocker(
      ubuntu2404({
        electronDir: spaced,
        stat: (file) => (file.endsWith('chrome-sandbox') ? { uid: 1000, mode: 0o100755 } : missing(file)),
      }),
    );
    expect(blocker?.fix).toContain(
      `sudo chown root:root '${spaced}/dist/chrome-sandbox' && sudo chmod 4755 '${spaced}/dist/chrome-sandbox'`,
    );
  });
});

// What node_modules/electron/install.js printed on this machine (Node 20.20.2, no internet access),
// and with `--no-experimental-require-module`, which is how Node before 20.19 behaves.
const OFFLINE_STDERR = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///repo/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
    at async downloadArtifact (file:///repo/node_modules/@electron/get/dist/index.js:154:12)
`;
const REQUIRE_ESM_STDERR = `/repo/node_modules/electron/install.js:3
const { downloadArtifact } = require('@electron/get');
                             ^

Error [ERR_REQUIRE_ESM]: require() of ES Module /repo/node_modules/@electron/get/dist/index.js from /repo/node_modules/electron/install.js not supported.
Instead change the require of index.js in /repo/node_modules/electron/install.js to a dynamic import() which is available in all CommonJS modules.
    at Object.<anonymous> (/repo/node_modules/electron/install.js:3:30) {
  code: 'ERR_REQUIRE_ESM'
}

Node.js v20.18.1
`;

describe('the Node versions that can download Electron', () => {
  it('are those where require() loads ES modules without a flag: 20.19+, 22.12+', () => {
    for (const version of ['20.19.0', '20.20.2', '22.12.0', '22.22.1', '23.0.0', '24.11.1', '26.1.0']) {
      expect(nodeCanInstallElectron(version), version).toBe(true);
    }
    for (const version of ['18.20.8', '20.0.0', '20.18.3', '21.7.3', '22.0.0', '22.11.0']) {
      expect(nodeCanInstallElectron(version), version).toBe(false);
    }
  });

  it('are what package.json and its lock file declare in engines.node', () => {
    expect(ELECTRON_INSTALL_NODE_RANGE).toBe('^20.19.0 || >=22.12.0');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(ELECTRON_INSTALL_NODE_RANGE);
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } }>;
    };
    expect(lock.packages['']?.engines?.node).toBe(ELECTRON_INSTALL_NODE_RANGE);
  });

  it('match the installer: node_modules/electron/install.js require()s @electron/get, an ES module', () => {
    const install = fs.readFileSync(path.join(root, 'node_modules', 'electron', 'install.js'), 'utf8');
    expect(install).toContain("require('@electron/get')");
    const get = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@electron', 'get', 'package.json'), 'utf8')) as {
      type?: string;
    };
    expect(get.type).toBe('module');
  });
});

describe('installFailureReason', () => {
  it('says Node is too old, with both versions, instead of blaming the download', () => {
    expect(installFailureReason({ nodeVersion: '20.18.1', stderr: '', status: null })).toBe(
      'Node too old to download Electron (needs ≥ 20.19, you have 20.18.1)',
    );
    expect(installFailureReason({ nodeVersion: '22.11.0', stderr: '', status: null })).toBe(
      'Node too old to download Electron (needs ≥ 22.12, you have 22.11.0)',
    );
  });

  it('blames switched-off require(esm), not the download, when a recent Node still cannot load the installer', () => {
    expect(installFailureReason({ nodeVersion: '20.20.2', stderr: REQUIRE_ESM_STDERR, status: 1 })).toBe(
      "Node 20.20.2 could not load Electron's installer (require() of ES modules is switched off: look for --no-experimental-require-module in NODE_OPTIONS)",
    );
  });

  it("otherwise says the download failed, with the installer's own error line", () => {
    expect(installFailureReason({ nodeVersion: '20.20.2', stderr: OFFLINE_STDERR, status: 1 })).toBe(
      'Could not download Electron (TypeError: fetch failed: no connection to the download server)',
    );
    const notFound =
      'HTTPError: Response code 404 (Not Found) for https://mirror.example/v42.11.18/electron-v42.11.18-linux-x64.zip\n    at x (y:1:1)\n';
    expect(installFailureReason({ nodeVersion: '22.12.0', stderr: notFound, status: 1 })).toBe(
      'Could not download Electron (HTTPError: Response code 404 (Not Found) for https://mirror.example/v42.11.18/electron-v42.11.18-linux-x64.zip)',
    );
    expect(installFailureReason({ nodeVersion: '24.1.0', stderr: '', status: null, signal: 'SIGTERM' })).toBe(
      'Could not download Electron (the installer was stopped by SIGTERM)',
    );
    expect(installFailureReason({ nodeVersion: '24.1.0', stderr: '', status: 1, error: 'spawnSync node ETIMEDOUT' })).toBe(
      'Could not download Electron (spawnSync node ETIMEDOUT)',
    );
  });
});

describe('installerErrorLine', () => {
  it('picks the error line out of a stack', () => {
    expect(installerErrorLine(OFFLINE_STDERR)).toBe('TypeError: fetch failed');
    expect(installerErrorLine(REQUIRE_ESM_STDERR)).toMatch(/^Error \[ERR_REQUIRE_ESM\]: require\(\) of ES Module/);
  });

  it('falls back to the last line that is not a stack frame', () => {
    expect(installerErrorLine('Downloading…\nchecksum mismatch for electron.zip\n    at verify (x.js:1:1)\n')).toBe(
      'checksum mismatch for electron.zip',
    );
    expect(installerErrorLine('\n')).toBeUndefined();
  });
});

describe('the first download', () => {
  const linux = { version: '42.11.18', platform: 'linux', arch: 'x64', env: {} };

  it('names the file and address @electron/get uses', () => {
    expect(electronDownload(linux)).toEqual({
      fileName: 'electron-v42.11.18-linux-x64.zip',
      url: 'https://github.com/electron/electron/releases/download/v42.11.18/electron-v42.11.18-linux-x64.zip',
    });
    expect(electronDownload({ ...linux, env: { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' } }).url).toBe(
      'https://npmmirror.com/mirrors/electron/v42.11.18/electron-v42.11.18-linux-x64.zip',
    );
    expect(electronDownload({ ...linux, arch: 'arm' }).fileName).toBe('electron-v42.11.18-linux-armv7l.zip');
  });

  it('is announced with what, how big, where from and how to skip it', () => {
    const notice = downloadNotice({ version: '42.11.18', ...electronDownload(linux) });
    expect(notice).toContain('Electron 42.11.18 is not installed yet');
    expect(notice).toContain('about 100 MB');
    expect(notice).toContain('https://github.com/electron/electron/releases/download/v42.11.18/electron-v42.11.18-linux-x64.zip');
    expect(notice).toContain('npm start -- --browser');
  });

  it('is measured from the zip growing in the electron-download-* folder', () => {
    const since = 1_000_000;
    const files: Record<string, { size: number; mtimeMs: number }> = {
      '/tmp/electron-download-Ab12Cd/electron-v42.11.18-linux-x64.zip': { size: 34_000_000, mtimeMs: since + 5000 },
      '/tmp/electron-download-Old999/electron-v42.11.18-linux-x64.zip': { size: 99_000_000, mtimeMs: since - 86_400_000 },
    };
    const io = {
      tmpdir: '/tmp',
      fileName: 'electron-v42.11.18-linux-x64.zip',
      since,
      readdir: () => ['electron-download-Old999', 'systemd-private-x', 'electron-download-Ab12Cd'],
      stat: (file: string) => {
        const found = files[file];
        if (!found) throw new Error(`ENOENT: ${file}`);
        return found;
      },
    };
    expect(downloadedBytes(io)).toBe(34_000_000); // a leftover from an earlier day does not count
    expect(downloadedBytes({ ...io, readdir: () => ['systemd-private-x'] })).toBeUndefined();
    expect(
      downloadedBytes({
        ...io,
        readdir: () => {
          throw new Error('EACCES');
        },
      }),
    ).toBeUndefined();
  });

  it('reports progress every 15 s: connecting, megabytes so far, unpacking', () => {
    const watch = downloadWatch(0);
    expect(watch.tick(undefined, 1000)).toEqual({ stalled: false });
    expect(watch.tick(undefined, 15_000)).toEqual({ report: 'Downloading Electron: connecting (15 s)', stalled: false });
    expect(watch.tick(12_400_000, 20_000)).toEqual({ stalled: false });
    expect(watch.tick(48_600_000, 30_000)).toEqual({ report: 'Downloading Electron: 49 MB so far (30 s)', stalled: false });
    expect(watch.tick(undefined, 95_000)).toEqual({ report: 'Downloading Electron: unpacking (1 min 35 s)', stalled: false });
  });

  it('is given up after 3 minutes without progress, however long a slow download takes otherwise', () => {
    expect(DOWNLOAD_STALL_MS).toBe(180_000);
    expect(DOWNLOAD_STALLED).toBe('no progress for 3 minutes');
    expect(installFailureReason({ nodeVersion: '22.12.0', stderr: '', status: null, signal: 'SIGTERM', error: DOWNLOAD_STALLED })).toBe(
      'Could not download Electron (no progress for 3 minutes)',
    );
    const offline = downloadWatch(0);
    expect(offline.tick(undefined, 179_000).stalled).toBe(false);
    expect(offline.tick(undefined, 180_000).stalled).toBe(true);

    const slow = downloadWatch(0);
    for (let minute = 1; minute <= 20; minute++) expect(slow.tick(minute * 5_000_000, minute * 60_000).stalled).toBe(false);
    expect(slow.tick(100_000_000, 20 * 60_000 + 180_000).stalled).toBe(true);
  });

  it('formats durations for people', () => {
    expect(formatDuration(4_400)).toBe('4 s');
    expect(formatDuration(65_000)).toBe('1 min 05 s');
    expect(formatDuration(600_000)).toBe('10 min 00 s');
  });
});
