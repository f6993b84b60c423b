import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_DIR_ENV } from '../node/constants';
import { makeTempDir } from '../node/testing';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('browser shell module', () => {
  // Tests and tools import it for its exports; only run.ts (the bundle's entry) may start the shell.
  it('starts nothing when imported', async () => {
    const dataDir = makeTempDir();
    vi.stubEnv(DATA_DIR_ENV, dataDir);
    const listeners = process.listenerCount('SIGTERM');
    const log = vi.spyOn(console, 'log');
    const shell = await import('./main');
    expect(typeof shell.main).toBe('function');
    expect(process.listenerCount('SIGTERM')).toBe(listeners);
    expect(log).not.toHaveBeenCalled();
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
