// Runs the built Electron shell on the stand-in: a throwaway app folder laid out as `npm start`
// sees it (dist/, assets/, node_modules, package.json, and the SQLite addon where the shell looks
// for its Electron build, here the Node build, since the stand-in runs in Node), with every
// `require('electron')` answered by the stand-in.
import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { electronAddonFolder } from '../native-binding';
import { ElectronStandIn, type StandInOptions } from './electron-stand-in';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const ELECTRON_VERSION = '42.11.18';

type Loader = (request: string, parent: { filename?: string } | undefined, isMain: boolean) => unknown;
const moduleLoader = Module as unknown as { _load: Loader };
let current: ElectronStandIn | undefined;
/** Every module a file of the shell asked for, by the file's base name: proves what the preload requires. */
export const requiresBy = new Map<string, Set<string>>();

function installHook(): void {
  if ((moduleLoader._load as { standIn?: true }).standIn) return;
  const original = moduleLoader._load;
  const hooked: Loader = (request, parent, isMain) => {
    if (parent?.filename?.includes(`${path.sep}stand-in-app-`)) {
      const name = path.basename(parent.filename);
      requiresBy.set(name, (requiresBy.get(name) ?? new Set()).add(request));
    }
    if (request === 'electron' && current) return current.electron;
    return original(request, parent, isMain);
  };
  moduleLoader._load = Object.assign(hooked, { standIn: true as const });
}

export interface LoadedShell {
  standIn: ElectronStandIn;
  appRoot: string;
  /** Where the shell keeps the learner's data (COMPANION_DATA_DIR unless `useDefaultProfile`). */
  dataDir: string;
  home: string;
  /** Quits the way Electron does on exit ('will-quit'), and undoes the process changes. */
  stop(): void;
}

export interface LoadOptions extends Partial<StandInOptions> {
  platform?: NodeJS.Platform;
  /** Leave COMPANION_DATA_DIR unset, so the shell picks its profile folder itself (under a fake XDG_CONFIG_HOME). */
  useDefaultProfile?: boolean;
}

/** A stand-in app folder with the built shell; the same layout `npm start` and electron-builder use. */
function makeAppFolder(home: string, platform: NodeJS.Platform): string {
  const built = path.join(REPO_ROOT, 'dist', 'main', 'electron-main.cjs');
  if (!fs.existsSync(built)) throw new Error('dist/main/electron-main.cjs is missing: run `node scripts/build.mjs` first');
  const appRoot = fs.mkdtempSync(path.join(home, 'stand-in-app-'));
  fs.mkdirSync(path.join(appRoot, 'dist', 'main'), { recursive: true });
  for (const file of ['electron-main.cjs', 'preload.cjs'])
    fs.copyFileSync(path.join(REPO_ROOT, 'dist', 'main', file), path.join(appRoot, 'dist', 'main', file));
  for (const link of ['dist/renderer', 'dist/vendor', 'dist/diagram-layouts.json', 'assets', 'node_modules'])
    fs.symlinkSync(path.join(REPO_ROOT, link), path.join(appRoot, link));
  fs.copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(appRoot, 'package.json'));
  const addonDir = path.join(appRoot, 'native', electronAddonFolder(ELECTRON_VERSION, platform, process.arch));
  fs.mkdirSync(addonDir, { recursive: true });
  fs.copyFileSync(
    path.join(REPO_ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    path.join(addonDir, 'better_sqlite3.node'),
  );
  return appRoot;
}

export function loadElectronShell(options: LoadOptions = {}): LoadedShell {
  installHook();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-stand-in-'));
  const appRoot = makeAppFolder(home, options.platform ?? process.platform);
  fs.mkdirSync(path.join(home, 'Documents'));
  const dataDir = options.useDefaultProfile ? path.join(home, 'config', 'DevOps Pro Companion') : path.join(home, 'data');
  const standIn = new ElectronStandIn({
    appData: path.join(home, 'config'),
    documents: path.join(home, 'Documents'),
    ...options,
  });
  const saved = { env: { ...process.env }, platform: process.platform, electron: process.versions.electron };
  if (options.useDefaultProfile) {
    delete process.env.COMPANION_DATA_DIR;
    process.env.XDG_CONFIG_HOME = path.join(home, 'config');
    process.env.HOME = home;
  } else process.env.COMPANION_DATA_DIR = dataDir;
  process.env.COMPANION_RANDOM_SEED = '1';
  Object.defineProperty(process.versions, 'electron', { value: ELECTRON_VERSION, configurable: true });
  if (options.platform) Object.defineProperty(process, 'platform', { value: options.platform, configurable: true });
  current = standIn;
  Module.createRequire(path.join(appRoot, 'package.json'))(path.join(appRoot, 'dist', 'main', 'electron-main.cjs'));
  return {
    standIn,
    appRoot,
    dataDir,
    home,
    stop: () => {
      standIn.app.emit('will-quit', { preventDefault: () => {} });
      current = undefined;
      process.env = saved.env;
      Object.defineProperty(process, 'platform', { value: saved.platform, configurable: true });
      if (saved.electron === undefined) Reflect.deleteProperty(process.versions, 'electron');
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Loads the built preload on the stand-in, as the sandboxed renderer would. */
export function loadPreload(standIn: ElectronStandIn, appRoot: string): void {
  installHook();
  current = standIn;
  Module.createRequire(path.join(appRoot, 'package.json'))(path.join(appRoot, 'dist', 'main', 'preload.cjs'));
}
