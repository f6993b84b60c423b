// Serves the built renderer from app://bundle instead of file://, so the page has a real origin
// that IPC can check, a strict CSP header, and no way to read other local files.
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { APP_CSP } from '../common/security-policy';
import { resolveInside } from '../node/static-files';
import { APP_SCHEME } from './security';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function handleAppProtocol(rendererDir: string, printJobs: Map<string, string>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host === 'print') {
      const html = printJobs.get(url.pathname.replace(/^\//, ''));
      if (html === undefined) return new Response('Not found', { status: 404 });
      return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    }
    if (url.host !== 'bundle') return new Response('Not found', { status: 404 });
    const file = resolveInside(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    // net.fetch rejects for a missing file or a folder (net::ERR_FILE_NOT_FOUND): that is a 404 too.
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => undefined);
    if (!response?.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers(response.headers);
    if (file.endsWith('.html')) headers.set('Content-Security-Policy', APP_CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: 200, headers });
  });
}
