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

function httpTransport(): Transport {
  const token = readLaunchToken();
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
