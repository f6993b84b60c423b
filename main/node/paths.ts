// Where user data lives. The browser shell must pick the same folder Electron's
// app.getPath('userData') does, so both shells share one profile.
import os from 'node:os';
import path from 'node:path';
import { APP_NAME, DATA_DIR_ENV } from './constants';

/** Mirrors Electron's appData resolution for each platform, then appends the product name. */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

/** The environment variable wins, so tests and portable installs can point anywhere. */
export function resolveUserDataDir(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[DATA_DIR_ENV];
  return override ? path.resolve(override) : fallback;
}
