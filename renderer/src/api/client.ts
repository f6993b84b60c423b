// The renderer's only door to the Node side. It speaks the API contract over Electron's preload
// bridge when there is one, and over HTTP with the launch token in the browser shell.
import type { Api, ApiCallName } from '@common/contract';
import type { ApiErrorBody, ApiErrorCode, ApiResult } from '@common/result';

export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode | 'unauthorized' | 'network',
    message: string,
  ) {
    super(message);
  }
}

interface ElectronBridge {
  shell: 'electron';
  api: Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;
}

declare global {
  interface Window {
    companion?: ElectronBridge;
  }
}

type Transport = (name: ApiCallName, input: unknown) => Promise<ApiResult<unknown>>;

const TOKEN_KEY = 'companion.token';

/** Takes the token from the launch URL's fragment once, then keeps it for reloads of this tab. */
function readLaunchToken(): string {
  const match = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The browser shell's token, read once; Electron has none (its bridge needs no token). */
const launchToken = window.companion ? '' : readLaunchToken();

function httpTransport(): Transport {
  const token = launchToken;
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(`./api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'unavailable', message: 'The app server is not running. Start the app again.' } };
    }
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `Unexpected answer from the app server (${response.status}).` } };
    }
  };
}

function electronTransport(bridge: ElectronBridge): Transport {
  return (name, input) => {
    const fn = bridge.api[name];
    if (!fn) return Promise.resolve({ ok: false, error: { code: 'unknown_call', message: `Unknown call ${name}` } as ApiErrorBody });
    return fn(input);
  };
}

function createApi(transport: Transport): Api {
  return new Proxy({} as Api, {
    get: (_target, name: string) => async (input: unknown) => {
      const result = await transport(name as ApiCallName, input ?? {});
      if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
      return result.value;
    },
  });
}

export const api: Api = createApi(window.companion ? electronTransport(window.companion) : httpTransport());

/** True in Electron, where files are opened and saved through the native dialogs in the main process. */
export const hasNativeFileDialogs = window.companion !== undefined;

/**
 * Browser shell: sends a file as the raw body of POST /uploads (no JSON string, no base64) and
 * returns the id that a following call, such as 'backup.import', names to use it once.
 */
export async function uploadFile(file: Blob): Promise<string> {
  let response: Response;
  try {
    response = await fetch('./uploads', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${launchToken}` },
      body: file,
    });
  } catch {
    throw new ApiCallError('unavailable', 'The file could not be sent to the app server. Start the app again.');
  }
  const result = (await response.json().catch(() => undefined)) as ApiResult<{ uploadId: string }> | undefined;
  if (result?.ok) return result.value.uploadId;
  throw new ApiCallError(result?.error.code ?? 'internal', result?.error.message ?? `The upload failed (${response.status}).`);
}
