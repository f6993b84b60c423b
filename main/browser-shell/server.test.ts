import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../common/contract';
import { APP_CSP } from '../common/security-policy';
import { createDispatcher, createHandlers, type Dispatch } from '../node/api-handlers';
import { fakePlatform, makeServices, makeTempDir } from '../node/testing';
import { type BrowserShellServer, MAX_BODY_BYTES, startBrowserShellServer } from './server';
import { type DownloadStore, downloadDelivery, TransferStore, type UploadStore } from './transfers';

let server: BrowserShellServer | undefined;
afterEach(async () => server?.close());

const calls: unknown[] = [];
const dispatch: Dispatch = async (name, input) => {
  calls.push([name, input]);
  return { ok: true, value: { name } };
};

let downloads: DownloadStore = new TransferStore();
let uploads: UploadStore = new TransferStore();

async function start(overrides: { dispatch?: Dispatch; uploads?: UploadStore; maxUploadBytes?: number } = {}) {
  const rendererDir = makeTempDir('renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(makeTempDir('outside-'), 'secret.txt'), 'secret');
  downloads = new TransferStore();
  uploads = overrides.uploads ?? new TransferStore();
  server = await startBrowserShellServer({ dispatch, rendererDir, downloads, ...overrides, uploads });
  calls.length = 0;
  return server;
}

/** A raw request, so tests can send the Host and Origin headers a browser or attacker would. */
function request(
  s: BrowserShellServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: s.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${s.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', (error) => (options.body && (error as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(error)));
    if (options.body) req.write(options.body);
    req.end();
  });
}

const api = (s: BrowserShellServer, body: unknown, headers: Record<string, string> = {}, name = 'app.getInfo') =>
  request(s, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const upload = (s: BrowserShellServer, body: Buffer | string, headers: Record<string, string> = {}) =>
  request(s, {
    method: 'POST',
    path: '/uploads',
    headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/octet-stream', ...headers },
    body,
  });

describe('browser shell server', () => {
  it('listens on loopback only, with a fresh random token each launch', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(s.token).toMatch(/^[\w-]{43}$/);
    expect(s.launchUrl).toBe(`${s.url}#token=${s.token}`);
    const other = await startBrowserShellServer({ dispatch, rendererDir: makeTempDir() });
    expect(other.token).not.toBe(s.token);
    await other.close();
  });

  it('cannot be reached on any address but loopback', async () => {
    const s = await start();
    const os = await import('node:os');
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    const net = await import('node:net');
    const tryConnect = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect({ host, port: s.port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
    expect(await tryConnect('127.0.0.1')).toBe(true);
    if (external) expect(await tryConnect(external)).toBe(false);
    expect(await tryConnect('::1')).toBe(false);
  });

  it('answers API calls that carry the token', async () => {
    const s = await start();
    const res = await api(s, { x: 1 });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { name: 'app.getInfo' } });
    expect(calls).toEqual([['app.getInfo', { x: 1 }]]);
  });

  it('refuses a missing or wrong token with 401 and never dispatches', async () => {
    const s = await start();
    expect((await request(s, { method: 'POST', path: '/api/app.getInfo', body: '{}' })).status).toBe(401);
    expect((await api(s, {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await api(s, {}, { Authorization: `Bearer ${s.token}x` })).status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('refuses foreign Host and Origin headers with 403 (DNS rebinding)', async () => {
    const s = await start();
    expect((await api(s, {}, { Host: `evil.example:${s.port}` })).status).toBe(403);
    expect((await api(s, {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await request(s, { path: '/', headers: { Host: 'attacker.test' } })).status).toBe(403);
    expect((await api(s, {}, { Origin: `http://localhost:${s.port}`, Host: `localhost:${s.port}` })).status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('refuses an oversized body with 413', async () => {
    const s = await start();
    const res = await api(s, { text: 'x'.repeat(MAX_BODY_BYTES + 10) });
    expect(res.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('answers a body that is not JSON with a typed 400', async () => {
    const s = await start();
    const res = await request(s, {
      method: 'POST',
      path: '/api/app.getInfo',
      headers: { Authorization: `Bearer ${s.token}` },
      body: '{nope',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('serves the app page with the strict CSP and nothing outside the renderer folder', async () => {
    const s = await start();
    const page = await request(s, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(APP_CSP);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await request(s, { path: '/../outside/secret.txt' })).status).toBe(404);
    expect((await request(s, { path: '/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
    expect((await request(s, { path: '/%E0%A4%A' })).status).toBe(404);
    expect((await request(s, { method: 'DELETE', path: '/' })).status).toBe(405);
  });
});

describe('browser shell downloads', () => {
  /** Delivers an export the way the browser shell's services do, and returns the page's link. */
  async function exported(name: string, data: Buffer, mimeType: string): Promise<string> {
    const delivery = await downloadDelivery(downloads).deliver(name, data, mimeType);
    if (delivery.kind !== 'download') throw new Error('expected a download');
    expect(delivery).toMatchObject({ fileName: name, mimeType, bytes: data.length });
    expect(delivery).not.toHaveProperty('base64');
    expect(delivery.url).toMatch(/^downloads\/[\w-]{43}$/);
    return `/${delivery.url}`;
  }

  it('serves an export once, as an attachment under its UTF-8 name, never cached', async () => {
    const s = await start();
    const pdf = Buffer.from('%PDF-1.4 bytes');
    const link = await exported('Übersicht (KMS) — notes.pdf', pdf, 'application/pdf');
    const first = await request(s, { path: link });
    expect(first.status).toBe(200);
    expect(first.body).toBe(pdf.toString());
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['content-disposition']).toBe(
      `attachment; filename="_bersicht (KMS) _ notes.pdf"; filename*=UTF-8''%C3%9Cbersicht%20%28KMS%29%20%E2%80%94%20notes.pdf`,
    );
    expect((await request(s, { path: link })).status).toBe(404);
    expect(calls).toEqual([]);
  });

  it('needs no token (a link cannot carry one) but keeps the Host and Origin checks, and only GET takes the file', async () => {
    const s = await start();
    const link = await exported('backup.json', Buffer.from('{}'), 'application/json');
    expect((await request(s, { path: link, headers: { Host: `evil.example:${s.port}` } })).status).toBe(403);
    expect((await request(s, { path: link, headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await request(s, { method: 'HEAD', path: link })).status).toBe(405);
    expect((await request(s, { method: 'POST', path: link })).status).toBe(405);
    const ok = await request(s, { path: link, headers: { Origin: `http://127.0.0.1:${s.port}` } });
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('{}');
  });

  it('answers 404 for an unknown or malformed id', async () => {
    const s = await start();
    await exported('a.md', Buffer.from('# a'), 'text/markdown');
    expect((await request(s, { path: `/downloads/${'A'.repeat(43)}` })).status).toBe(404);
    expect((await request(s, { path: '/downloads/' })).status).toBe(404);
    expect((await request(s, { path: '/downloads/%00' })).status).toBe(404);
  });
});

describe('browser shell uploads', () => {
  it('imports a backup sent as a raw body, by the id the upload answered, once', async () => {
    const source = makeServices();
    source.notes.create('Uploaded note', 'Came through /uploads.');
    const backup = source.backups.exportAll();
    source.close();
    const target = makeServices();
    const store: UploadStore = new TransferStore();
    const s = await start({ uploads: store, dispatch: createDispatcher(createHandlers(target, { ...fakePlatform(), uploads: store })) });
    try {
      const sent = await upload(s, backup);
      expect(sent.status).toBe(200);
      const { value } = JSON.parse(sent.body) as { value: { uploadId: string } };
      expect(value.uploadId).toMatch(/^[\w-]{43}$/);
      const imported = await api(s, { uploadId: value.uploadId }, {}, 'backup.import');
      expect(JSON.parse(imported.body)).toMatchObject({ ok: true, value: { notes: { added: 1 } } });
      expect(target.notes.list({ view: 'active', sort: 'title' }).map((n) => n.title)).toEqual(['Uploaded note']);
      // The upload is used up; an unknown id is refused the same way.
      expect(JSON.parse((await api(s, { uploadId: value.uploadId }, {}, 'backup.import')).body)).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      expect(JSON.parse((await api(s, { content: '{}' }, {}, 'backup.import')).body)).toMatchObject({ error: { code: 'invalid_input' } });
    } finally {
      target.close();
    }
  });

  it('refuses an upload without the token (401), from a foreign origin (403), or by GET (405)', async () => {
    const s = await start();
    expect((await request(s, { method: 'POST', path: '/uploads', body: '{}' })).status).toBe(401);
    expect((await upload(s, '{}', { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await upload(s, '{}', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await request(s, { path: '/uploads' })).status).toBe(405);
    expect((await upload(s, '')).status).toBe(400);
    expect(uploads.size).toBe(0);
  });

  it('refuses an upload over the cap with 413, declared or streamed, and keeps nothing', async () => {
    const s = await start({ maxUploadBytes: 1024 });
    expect((await upload(s, Buffer.alloc(1025))).status).toBe(413);
    expect((await upload(s, Buffer.alloc(1025), { 'Transfer-Encoding': 'chunked' })).status).toBe(413);
    expect((await upload(s, Buffer.alloc(1024))).status).toBe(200);
    expect(uploads.size).toBe(1);
    await server?.close();
    // The real cap: a body declared one byte over 64 MiB is refused before any of it is read.
    const real = await start();
    const res = await upload(real, 'x', { 'Content-Length': String(MAX_BACKUP_BYTES + 1) });
    expect(res.status).toBe(413);
    expect(uploads.size).toBe(0);
  });
});
