import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronAddonPath } from './native-binding';

describe('Electron build of the SQLite addon', () => {
  const base = { resourcesPath: '/opt/app/resources', appRoot: '/src/app', electronVersion: '42.11.18', platform: 'linux', arch: 'x64' };
  it('lives beside the Node build in development, keyed by Electron version, platform and arch', () => {
    expect(electronAddonPath({ ...base, packaged: false })).toBe(
      path.join('/src/app', 'native', 'electron-42.11.18-linux-x64', 'better_sqlite3.node'),
    );
  });
  it('comes from the resources folder when packaged', () => {
    expect(electronAddonPath({ ...base, packaged: true })).toBe(path.join('/opt/app/resources', 'native', 'better_sqlite3.node'));
  });
});
