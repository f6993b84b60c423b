import { describe, expect, it, vi } from 'vitest';
import { APP_CSP } from '../common/security-policy';
import { hardenSession, hardenWebContents, isAppUrl, isSafeExternalUrl, isTrustedSender, secureWebPreferences } from './security';

describe('Electron security settings', () => {
  it('locks down every window: isolation, sandbox, no Node, web security', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(secureWebPreferences()).not.toHaveProperty('preload');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has a CSP with no remote origin and inline styles only', () => {
    expect(APP_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(APP_CSP).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(APP_CSP.match(/unsafe-inline/g)).toHaveLength(1);
  });

  it('recognises only the app origin as the app', () => {
    expect(isAppUrl('app://bundle/index.html#/library')).toBe(true);
    expect(isAppUrl('app://print/x.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://bundle/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('sends only plain https links to the OS browser', () => {
    expect(isSafeExternalUrl('https://docs.aws.amazon.com/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.com/')).toBe(false);
  });

  it('blocks navigation away from the app and every new window', () => {
    const handlers = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault: () => void }, url?: string) => void) => handlers.set(name, fn),
      setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => {
        openHandler = fn;
      },
    };
    const opened: string[] = [];
    hardenWebContents(contents as never, (url) => opened.push(url));

    const navigate = (name: string, url: string) => {
      const event = { preventDefault: vi.fn() };
      handlers.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://bundle/index.html#/quiz')).toBe(false);
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-attach-webview', '')).toBe(true);

    expect(openHandler?.({ url: 'https://docs.aws.amazon.com/' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://docs.aws.amazon.com/']);
  });

  it('denies every permission request and check', () => {
    const calls: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (fn: never) => {
        calls.request = fn;
      },
      setPermissionCheckHandler: (fn: never) => {
        calls.check = fn;
      },
      setDevicePermissionHandler: (fn: never) => {
        calls.device = fn;
      },
    };
    hardenSession(session as never);
    const request = calls.request as unknown as (c: unknown, p: string, cb: (v: boolean) => void, d?: { requestingUrl?: string }) => void;
    const check = calls.check as unknown as (c: unknown, p: string, origin: string) => boolean;
    const answer = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      request(null, permission, callback, { requestingUrl });
      return callback.mock.calls[0]?.[0];
    };
    expect(answer('media', 'app://bundle/index.html')).toBe(false);
    expect(check(null, 'media', 'app://bundle')).toBe(false);
    // The copy buttons of code blocks write to the clipboard: allowed for the app's page only.
    expect(answer('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'app://bundle')).toBe(true);
    expect(answer('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(answer('clipboard-sanitized-write', 'app://print/job.html')).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect((calls.device as unknown as () => boolean)()).toBe(false);
  });

  it('trusts IPC only from the top frame of the app page', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://bundle/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'app://print/job.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
