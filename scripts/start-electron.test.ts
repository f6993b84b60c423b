import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME } from '../main/node/constants';
import { electronLaunchArgs } from './start-electron.mjs';

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
});
