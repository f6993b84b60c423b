// electron-builder `afterPack` hook: refuses to finish a package that lacks the Electron build of
// better-sqlite3's addon. extraResources copies it from native/package/<os>-<arch>/ when that
// folder exists and silently skips it when it does not, and the app would then ship and die at
// start with "Cannot find module …better_sqlite3.node". Failing here says what to run instead.
const fs = require('node:fs');
const path = require('node:path');

const ADDON = 'better_sqlite3.node';
// electron-builder's Arch enum (builder-util): the number the hook receives, by name.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
// electron-builder's ${os} macro for each Electron platform name.
const BUILDER_OS = { darwin: 'mac', mas: 'mac', linux: 'linux', win32: 'win' };
const NODE_PLATFORM = { darwin: 'darwin', mas: 'darwin', linux: 'linux', win32: 'win32' };
// First bytes of a loadable library on each platform: ELF, Mach-O (64-bit or universal), PE.
const MAGIC = {
  linux: [Buffer.from([0x7f, 0x45, 0x4c, 0x46])],
  darwin: [Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.from([0xca, 0xfe, 0xba, 0xbe])],
  win32: [Buffer.from('MZ')],
};

/** Why the addon at `file` cannot serve `platform`, or null when it looks right. */
function addonProblem(file, platform) {
  if (!fs.existsSync(file)) return 'is missing';
  const head = Buffer.alloc(4);
  const fd = fs.openSync(file, 'r');
  const read = fs.readSync(fd, head, 0, 4, 0);
  fs.closeSync(fd);
  const magics = MAGIC[platform] ?? [];
  if (!magics.some((magic) => head.subarray(0, Math.min(read, magic.length)).equals(magic))) {
    return `is not a ${platform} library (its first bytes are ${head.subarray(0, read).toString('hex') || 'empty'})`;
  }
  return null;
}

/** @param {import('app-builder-lib').AfterPackContext} context */
exports.default = async function afterPack(context) {
  const platformName = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const platform = NODE_PLATFORM[platformName] ?? platformName;
  const shipped = path.join(context.packager.getResourcesDir(context.appOutDir), 'native', ADDON);
  const problem = addonProblem(shipped, platform);
  if (problem === null) return;
  const source = path.join('native', 'package', `${BUILDER_OS[platformName] ?? platformName}-${arch}`, ADDON);
  throw new Error(
    `Packaging stopped: the Electron build of better-sqlite3 for ${platform}-${arch} ${problem} ` +
      `(${source}, shipped as resources/native/${ADDON}). Without it the app fails at start with ` +
      `"Cannot find module". Make it with \`node scripts/electron-native.mjs --platform ${platform} --arch ${arch}\` ` +
      '(needs internet access), then package again.',
  );
};
