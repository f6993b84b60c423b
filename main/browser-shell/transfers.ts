// Files passing between the page and the Node side in the browser shell without going through
// JSON: an export waiting to be downloaded, a backup uploaded for import. Each is kept in memory
// under an unguessable id (32 random bytes), can be taken once, and is dropped after a short
// time whether or not it was taken, so nothing piles up and a leaked id is soon worthless.
import { randomBytes } from 'node:crypto';
import type { ExportDelivery } from '../common/contract';
import type { FileDelivery } from '../node/export-service';

/** How long a file waits to be taken: enough for a click or an import, short enough to forget it. */
export const TRANSFER_TTL_MS = 2 * 60_000;

/** The path (relative to the app page, and to the server root) a download is served from. */
export const DOWNLOADS_PATH = 'downloads/';

/** Ids are URL-safe: 43 characters of base64url. */
const ID_PATTERN = /^[\w-]{43}$/;

export class TransferStore<T> {
  private readonly items = new Map<string, { value: T; timer: NodeJS.Timeout }>();

  constructor(private readonly ttlMs = TRANSFER_TTL_MS) {}

  /** Keeps `value` and returns the id that takes it back, once. */
  put(value: T): string {
    const id = randomBytes(32).toString('base64url');
    const timer = setTimeout(() => this.items.delete(id), this.ttlMs);
    // A pending expiry must not keep the process alive at shutdown.
    timer.unref();
    this.items.set(id, { value, timer });
    return id;
  }

  /** The value, removed from the store; undefined for an unknown, expired or already-taken id. */
  take(id: string): T | undefined {
    if (!ID_PATTERN.test(id)) return undefined;
    const item = this.items.get(id);
    if (!item) return undefined;
    clearTimeout(item.timer);
    this.items.delete(id);
    return item.value;
  }

  get size(): number {
    return this.items.size;
  }
}

/** Backup files uploaded by the page, waiting for the 'backup.import' call that names them. */
export type UploadStore = TransferStore<Buffer>;

export interface PendingDownload {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

export type DownloadStore = TransferStore<PendingDownload>;

/** The browser shell's delivery: the bytes wait in `store`, the page gets a link to them. */
export function downloadDelivery(store: DownloadStore): FileDelivery {
  return {
    deliver: async (fileName, data, mimeType): Promise<ExportDelivery> => ({
      kind: 'download',
      fileName,
      mimeType,
      bytes: data.length,
      url: `${DOWNLOADS_PATH}${store.put({ fileName, mimeType, data })}`,
    }),
  };
}

/** RFC 5987/6266: the UTF-8 name, percent-encoded, with the characters encodeURIComponent leaves. */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  // The plain filename is a fallback for clients without filename*: ASCII, no quotes or slashes.
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\/]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
