import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME } from '../main/node/constants';
import { childExitCode, electronLaunchArgs } from './start-electron.mjs';

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
