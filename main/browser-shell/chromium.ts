// Finds a Chromium-family browser already on the machine. The browser shell opens the app in it
// and prints PDFs with it headless; nothing is ever downloaded.
import fs from 'node:fs';
import path from 'node:path';

export const CHROMIUM_ENV = 'COMPANION_CHROMIUM';

/** Flags that keep Chromium quiet and offline: no background requests, no first-run UI. */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

export function chromiumCandidates(platform: NodeJS.Platform = process.platform, env = process.env): string[] {
  const fromEnv = env[CHROMIUM_ENV] ? [env[CHROMIUM_ENV] as string] : [];
  if (platform === 'darwin')
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[];
    return [
      ...fromEnv,
      ...roots.flatMap((r) => [
        path.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        path.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        path.join(r, 'Chromium', 'Application', 'chrome.exe'),
      ]),
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

export function findChromium(): string | undefined {
  return chromiumCandidates().find((candidate) => fs.existsSync(candidate));
}

/** Running as root (CI, containers) Chromium refuses to start without this. */
export function sandboxArgs(): string[] {
  return typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
}
