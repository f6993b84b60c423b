import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_CSP } from '../common/security-policy';
import { makeTempDir } from '../node/testing';

type Handler = (request: Request) => Promise<Response>;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({
  protocol: { handle: (scheme: string, fn: Handler) => handlers.set(scheme, fn), registerSchemesAsPrivileged: vi.fn() },
  net: {
    fetch: async (url: string) => {
      const file = new URL(url).pathname;
      return fs.existsSync(file)
        ? new Response(fs.readFileSync(file), { headers: { 'content-type': 'text/html' } })
        : new Response('', { status: 404 });
    },
  },
}));

describe('app:// protocol', () => {
  it('serves the bundle with the CSP header, print jobs from memory, and nothing else', async () => {
    const { handleAppProtocol } = await import('./protocol');
    const root = makeTempDir('renderer-');
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(makeTempDir('outside-'), 'secret.txt'), 'secret');
    handleAppProtocol(root, new Map([['job.html', '<p>print me</p>']]));
    const handle = handlers.get('app');
    if (!handle) throw new Error('no handler');

    const page = await handle(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(APP_CSP);
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await (await handle(new Request('app://print/job.html'))).text()).toBe('<p>print me</p>');
    expect((await handle(new Request('app://print/other.html'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });
});
