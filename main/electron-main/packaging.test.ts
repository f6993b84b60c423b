// The packaging config cannot run offline, so its promises are checked as data.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const root = path.resolve(__dirname, '..', '..');
const config = YAML.parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));

describe('electron-builder.yml', () => {
  it('packs into an asar with the native addon unpacked and never rebuilds node_modules in place', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
  });

  it('ships the Electron build of the addon where the shell looks for it', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's own ${os}/${arch} macros
    expect(config.extraResources).toEqual([{ from: 'native/package/${os}-${arch}', to: 'native', filter: ['better_sqlite3.node'] }]);
    const script = fs.readFileSync(path.join(root, 'scripts', 'electron-native.mjs'), 'utf8');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the script's source text, template and all
    expect(script).toContain("path.join(root, 'native', 'package', `${BUILDER_OS[platform]}-${arch}`, 'better_sqlite3.node')");
    // …and stops the build when it is missing (proved by scripts/packaging.offline.test.ts).
    expect(config.afterPack).toBe('scripts/after-pack.cjs');
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('uses a current Electron line (42 or later, the newest with better-sqlite3 builds)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(Number(/^(\d+)\./.exec(pkg.devDependencies.electron)?.[1])).toBeGreaterThanOrEqual(42);
  });

  it('targets Linux, macOS and Windows and includes the built app and content', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    expect(config.files).toEqual(
      expect.arrayContaining([
        'dist/main/electron-main.cjs',
        'dist/main/preload.cjs',
        'dist/renderer/**',
        'dist/vendor/**',
        'dist/diagram-layouts.json',
        'assets/**',
      ]),
    );
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/main/electron-main.cjs');
  });
});
