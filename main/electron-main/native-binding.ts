// Electron and Node need different builds of better-sqlite3's addon (different ABIs). node_modules
// keeps the Node build, used by the tests and the browser shell; the Electron build lives beside
// it under native/, made by scripts/electron-native.mjs, and is passed to better-sqlite3 through
// its `nativeBinding` option. Neither build ever overwrites the other.
import path from 'node:path';

export const ADDON_FILE = 'better_sqlite3.node';

/** Folder name of the Electron build for one Electron version, platform and architecture. */
export function electronAddonFolder(electronVersion: string, platform: string, arch: string): string {
  return `electron-${electronVersion}-${platform}-${arch}`;
}

export function electronAddonPath(options: {
  packaged: boolean;
  resourcesPath: string;
  appRoot: string;
  electronVersion: string;
  platform: string;
  arch: string;
}): string {
  // Packaged: electron-builder copies the matching build into resources/native (extraResources).
  if (options.packaged) return path.join(options.resourcesPath, 'native', ADDON_FILE);
  return path.join(options.appRoot, 'native', electronAddonFolder(options.electronVersion, options.platform, options.arch), ADDON_FILE);
}
