// Which Chromium the tests drive: COMPANION_CHROMIUM, else the first system install found.
import type { LaunchOptions } from '@playwright/test';
import { findChromium, QUIET_CHROMIUM_ARGS } from '../../main/browser-shell/chromium';

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it (apt-get install chromium) or set COMPANION_CHROMIUM.');
  return { executablePath, args: ['--no-sandbox', ...QUIET_CHROMIUM_ARGS] };
}
