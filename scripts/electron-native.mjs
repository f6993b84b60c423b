// Makes the Electron build of better-sqlite3's addon WITHOUT touching the Node build in
// node_modules (tests and the browser shell keep using that one). It works on a copy of the
// package: first a prebuilt binary for Electron (prebuild-install), else a compile against
// Electron's headers (node-gyp). Both need internet access, so this runs on learners' and
// packagers' machines, not in offline CI.
//
//   node scripts/electron-native.mjs [--platform linux|darwin|win32] [--arch x64|arm64]
//
// Output: native/electron-<version>-<platform>-<arch>/better_sqlite3.node (used by `npm start`)
// and native/package/<os>-<arch>/better_sqlite3.node (picked up by electron-builder).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const platform = arg('platform', process.platform);
const arch = arg('arch', process.arch);
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const BUILDER_OS = { darwin: 'mac', linux: 'linux', win32: 'win' };

const devFile = path.join(root, 'native', `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
const packageFile = path.join(root, 'native', 'package', `${BUILDER_OS[platform]}-${arch}`, 'better_sqlite3.node');

function place(source) {
  for (const target of [devFile, packageFile]) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
  }
  console.log(`Electron ${electronVersion} addon for ${platform}-${arch}: ${path.relative(root, devFile)}`);
}

if (fs.existsSync(devFile)) {
  if (!fs.existsSync(packageFile)) place(devFile);
  else console.log(`Electron addon already present: ${path.relative(root, devFile)}`);
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-sqlite-'));
const copy = path.join(work, 'better-sqlite3');
fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), copy, {
  recursive: true,
  filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`),
});
const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
const run = (command, args) =>
  execFileSync(command, args, { cwd: copy, stdio: 'inherit', env: { ...process.env, npm_config_build_from_source: '' } });

try {
  const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
  run(process.execPath, [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform]);
} catch {
  console.log('No prebuilt Electron binary could be fetched; compiling against Electron headers instead.');
}
if (!fs.existsSync(built) && platform === process.platform) {
  const nodeGyp = path.join(
    path.dirname(process.execPath),
    '..',
    'lib',
    'node_modules',
    'npm',
    'node_modules',
    'node-gyp',
    'bin',
    'node-gyp.js',
  );
  try {
    run(process.execPath, [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  } catch {
    // reported below
  }
}
if (!fs.existsSync(built)) {
  console.error(`Could not make the Electron ${electronVersion} build of better-sqlite3 (needs internet access).`);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
}
place(built);
fs.rmSync(work, { recursive: true, force: true });
