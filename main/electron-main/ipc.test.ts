import { describe, expect, it } from 'vitest';
import { IPC_CHANNEL } from '../common/contract';
import { registerApiIpc } from './ipc';

describe('IPC wiring', () => {
  it('registers one channel and answers only the app page', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const seen: unknown[] = [];
    registerApiIpc({ handle: (channel: string, fn: never) => registered.set(channel, fn) } as never, async (name, input) => {
      seen.push([name, input]);
      return { ok: true, value: 'answer' };
    });
    expect([...registered.keys()]).toEqual([IPC_CHANNEL]);
    const handler = registered.get(IPC_CHANNEL);
    const fromApp = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
    const fromElsewhere = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(handler?.(fromApp, 'app.getInfo', {})).resolves.toEqual({ ok: true, value: 'answer' });
    await expect(handler?.(fromElsewhere, 'app.getInfo', {})).resolves.toMatchObject({ ok: false });
    expect(seen).toEqual([['app.getInfo', {}]]);
  });
});
