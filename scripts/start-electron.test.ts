import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME } from '../main/node/constants';
import { childExitCode, electronLaunchArgs, type SandboxIo, sandboxBlocker, USERNS_RESTRICTION } from './start-electron.mjs';

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
