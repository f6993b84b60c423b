import { describe, expect, it, vi } from 'vitest';
import { API_CALL_NAMES, IPC_CHANNEL } from '../common/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 1 }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args) },
}));

describe('preload', () => {
  it('exposes exactly the API contract, frozen, over one IPC channel', async () => {
    await import('./preload');
    expect(Object.keys(exposed)).toEqual(['companion']);
    const bridge = exposed.companion as { shell: string; api: Record<string, (input: unknown) => Promise<unknown>> };
    expect(bridge.shell).toBe('electron');
    expect(Object.keys(bridge.api).sort()).toEqual([...API_CALL_NAMES].sort());
    expect(Object.isFrozen(bridge) && Object.isFrozen(bridge.api)).toBe(true);
    expect(bridge).not.toHaveProperty('ipcRenderer');
    await bridge.api['notes.list']?.({});
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'notes.list', {});
  });
});
