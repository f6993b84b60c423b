import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME } from './constants';
import { defaultUserDataDir, resolveUserDataDir } from './paths';

describe('user data folder', () => {
  it('matches Electron userData on each platform', () => {
    expect(defaultUserDataDir('linux', {}, '/home/ana')).toBe(`/home/ana/.config/${APP_NAME}`);
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe(`/xdg/${APP_NAME}`);
    expect(defaultUserDataDir('darwin', {}, '/Users/ana')).toBe(`/Users/ana/Library/Application Support/${APP_NAME}`);
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      path.join('C:\\Users\\ana\\AppData\\Roaming', APP_NAME),
    );
  });

  it('lets the environment variable override it', () => {
    expect(resolveUserDataDir('/default', { COMPANION_DATA_DIR: '/tmp/test-profile' })).toBe('/tmp/test-profile');
    expect(resolveUserDataDir('/default', {})).toBe('/default');
  });
});
