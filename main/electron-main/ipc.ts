// Wires the API contract to IPC: one channel, every call through the same dispatcher the browser
// shell uses, and nothing answered for a frame that is not the app's own page.
import type { IpcMain } from 'electron';
import { IPC_CHANNEL } from '../common/contract';
import type { ApiResult } from '../common/result';
import type { Dispatch } from '../node/api-handlers';
import { isTrustedSender } from './security';

export function registerApiIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  ipcMain.handle(IPC_CHANNEL, async (event, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'unavailable', message: 'Refused: the caller is not the app page.' } };
    }
    return dispatch(name, input);
  });
}
