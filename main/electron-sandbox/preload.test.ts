import path from 'node:path';
import { build } from 'esbuild';
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

  // Every window parses the preload before its page starts, so it must stay small: importing the
  // zod contract instead of the plain list of call names once made it hundreds of KB.
  it('bundles small, requiring nothing but electron', async () => {
    // The options scripts/build.mjs bundles the preload with.
    const result = await build({
      entryPoints: [path.join(__dirname, 'preload.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      external: ['electron', 'better-sqlite3', 'playwright-core', 'elkjs'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const [output] = result.outputFiles;
    expect(output?.contents.byteLength).toBeLessThan(20 * 1024);
    const required = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect([...new Set(required)]).toEqual(['electron']);
  });
});
