// The browser shell: serves the built renderer and the API contract over HTTP on loopback only.
// Every API request needs the per-launch token; Host and Origin are checked so that a web page
// elsewhere cannot reach the API through DNS rebinding; request bodies are size-limited.
// Exports are fetched from /downloads/<id>: a link cannot carry the token, so the unguessable,
// single-use, short-lived id is the capability (the Host and Origin checks still apply).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MAX_BACKUP_BYTES } from '../common/contract';
import { APP_CSP } from '../common/security-policy';
import type { Dispatch } from '../node/api-handlers';
import { resolveInside } from '../node/static-files';
import { contentDisposition, DOWNLOADS_PATH, type DownloadStore, type UploadStore } from './transfers';

/** The most an API call's JSON may weigh; a backup comes through /uploads instead. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Where the page uploads a backup file (raw body, token required) before importing it. */
export const UPLOADS_PATH = '/uploads';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface BrowserShellServer {
  url: string;
  /** The URL to open: carries the token in the fragment, which browsers never send to a server. */
  launchUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface BrowserShellOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Exports waiting to be downloaded; without it, /downloads/ finds nothing. */
  downloads?: DownloadStore;
  /** Backups uploaded for import; without it, /uploads is refused. */
  uploads?: UploadStore;
  /** The largest upload taken (413 above it); the backup limit unless a test wants a smaller one. */
  maxUploadBytes?: number;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string): void {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));
}

/**
 * Collects a request body of at most `limit` bytes, then hands it to `onBody`. Over the limit
 * (declared or counted as it streams in) it answers 413 and drops the connection at once rather
 * than read on.
 */
function readBody(req: http.IncomingMessage, res: http.ServerResponse, limit: number, onBody: (body: Buffer) => void): void {
  const tooLarge = () => {
    // Dropped once the answer is flushed, so the client reads the 413 rather than a reset.
    res.once('finish', () => req.destroy());
    res.shouldKeepAlive = false;
    sendError(res, 413, 'too_large', 'Request body too large.');
  };
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    tooLarge();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let aborted = false;
  req.on('data', (chunk: Buffer) => {
    if (aborted) return;
    size += chunk.length;
    if (size > limit) {
      aborted = true;
      tooLarge();
    } else chunks.push(chunk);
  });
  req.on('end', () => {
    if (!aborted) onBody(Buffer.concat(chunks));
  });
  req.on('error', () => {});
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startBrowserShellServer(options: BrowserShellOptions): Promise<BrowserShellServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const rendererRoot = path.resolve(options.rendererDir);
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    const origin = req.headers.origin;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!allowedHosts.has(host)) sendError(res, 403, 'forbidden', 'Unexpected Host header.');
    else if (origin !== undefined && !allowedOrigins.has(origin)) sendError(res, 403, 'forbidden', 'Cross-origin requests are refused.');
    else if (url.pathname.startsWith('/api/')) handleApi(req, res, url.pathname.slice(5));
    else if (url.pathname === UPLOADS_PATH) handleUpload(req, res);
    else if (url.pathname.startsWith(`/${DOWNLOADS_PATH}`)) serveDownload(req, res, url.pathname.slice(DOWNLOADS_PATH.length + 1));
    else if (req.method !== 'GET' && req.method !== 'HEAD') sendError(res, 405, 'method_not_allowed', 'Only GET is served here.');
    else serveStatic(res, url.pathname);
  });

  function authorized(req: http.IncomingMessage): boolean {
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    return given !== '' && tokensMatch(given, token);
  }

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string) {
    if (req.method !== 'POST') return sendError(res, 405, 'method_not_allowed', 'API calls use POST.');
    if (!authorized(req)) return sendError(res, 401, 'unauthorized', 'Missing or wrong API token.');
    readBody(req, res, MAX_BODY_BYTES, (body) => {
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return sendError(res, 400, 'invalid_input', 'The request body is not JSON.');
      }
      options.dispatch(name, input).then(
        (result) => send(res, 200, JSON.stringify(result)),
        () => sendError(res, 500, 'internal', 'Internal error.'),
      );
    });
  }

  /** A backup file as the raw body: kept for one 'backup.import' call, which names the id answered here. */
  function handleUpload(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method !== 'POST') return sendError(res, 405, 'method_not_allowed', 'Uploads use POST.');
    if (!authorized(req)) return sendError(res, 401, 'unauthorized', 'Missing or wrong API token.');
    const uploads = options.uploads;
    if (!uploads) return sendError(res, 404, 'not_found', 'Uploads are not served here.');
    readBody(req, res, options.maxUploadBytes ?? MAX_BACKUP_BYTES, (body) => {
      if (body.length === 0) return sendError(res, 400, 'invalid_input', 'The uploaded file is empty.');
      send(res, 200, JSON.stringify({ ok: true, value: { uploadId: uploads.put(body) } }));
    });
  }

  function serveDownload(req: http.IncomingMessage, res: http.ServerResponse, id: string): void {
    // Only GET takes the file: a HEAD or a prefetch must not use up the single download.
    if (req.method !== 'GET') {
      sendError(res, 405, 'method_not_allowed', 'Downloads use GET.');
      return;
    }
    const file = options.downloads?.take(id);
    if (!file) {
      sendError(res, 404, 'not_found', 'This download has expired or was already saved. Export again.');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.mimeType,
      'Content-Length': String(file.data.length),
      'Content-Disposition': contentDisposition(file.fileName),
      'Cache-Control': 'no-store',
    });
    res.end(file.data);
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    const file = resolveInside(rendererRoot, pathname);
    const relative = file ? path.relative(rendererRoot, file) : '';
    if (!file) {
      sendError(res, 404, 'not_found', 'Not found.');
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        sendError(res, 404, 'not_found', 'Not found.');
        return;
      }
      const type = MIME[path.extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': type };
      if (type.startsWith('text/html')) {
        headers['Content-Security-Policy'] = APP_CSP;
        headers['Cache-Control'] = 'no-store';
      } else headers['Cache-Control'] = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      res.writeHead(200, headers);
      res.end(data);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only, never 0.0.0.0: the API is for this machine's learner alone.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
