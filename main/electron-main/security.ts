// The Electron security checklist in one reviewable place. Only type imports from electron, so
// every rule here is unit-tested in plain Node without the Electron binary.
import type { Session, WebContents, WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
/** The renderer's bundle is served from here; the only origin whose IPC calls are answered. */
export const APP_ORIGIN = `${APP_SCHEME}://bundle`;
/** Print jobs are served from here, to a hidden window with no preload. */
export const PRINT_ORIGIN = `${APP_SCHEME}://print`;

export function secureWebPreferences(preloadPath?: string): WebPreferences {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

export function isAppUrl(url: string): boolean {
  try {
    // Compare scheme and host: WHATWG URL gives custom schemes an opaque "null" origin in Node.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'bundle' && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** Only plain https links leave the app, and only to the OS browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** The one permission the page needs: writing to the clipboard (the copy buttons of code blocks). */
export const CLIPBOARD_WRITE_PERMISSION = 'clipboard-sanitized-write';

/**
 * Denies every permission (camera, notifications, geolocation, ...) but clipboard writes from the
 * app's own page: a study app needs nothing else, and a page from anywhere else gets nothing.
 */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  const allowed = (permission: string, url: string | undefined) => permission === CLIPBOARD_WRITE_PERMISSION && isAppUrl(url ?? '');
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(allowed(permission, details?.requestingUrl ?? contents?.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** No navigation away from the app, no new windows, no <webview>; https links go to the OS browser. */
export function hardenWebContents(contents: HardenableContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** An IPC call is answered only when it comes from the app's own top-level page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
