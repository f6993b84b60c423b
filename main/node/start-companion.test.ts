import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOMATIC_BACKUP_CHECK_MS, AUTOMATIC_BACKUP_DELAY_MS, DATABASE_FILE, SEARCH_WARM_UP_DELAY_MS } from './constants';
import { type Companion, startCompanion } from './start-companion';
import { ASSETS_DIR, fakePlatform, makeTempDir, REPO_ROOT } from './testing';

const options = (dataDir: string) => ({
  dataDir,
  assetsDir: ASSETS_DIR,
  mermaidScriptPath: path.join(REPO_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'),
});

let running: Companion[] = [];
const start = (dataDir = makeTempDir(), log = vi.fn()) => {
  const companion = startCompanion(options(dataDir), { ...fakePlatform(), log });
  running.push(companion);
  return { companion, log };
};

beforeEach(() => {
  // Only the timers: SQLite and the file system run for real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  for (const c of running) c.stop();
  running = [];
  vi.useRealTimers();
});

describe('startCompanion', () => {
  it('creates the services on the data folder and answers API calls', async () => {
    const dir = makeTempDir();
    const { companion, log } = start(dir);
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
    expect(companion.services.content.topics.length).toBeGreaterThan(0);
    const info = await companion.dispatch('app.getInfo', {});
    expect(info).toMatchObject({ ok: true, value: { dataDir: dir, shell: 'browser', notices: [] } });
    expect(log).not.toHaveBeenCalled();
  });

  it('warms up search, then checks for a due backup soon after start and every few hours', () => {
    const { companion } = start();
    const warmUp = vi.spyOn(companion.services.search, 'warmUp').mockImplementation(() => {});
    const backup = vi.spyOn(companion.services.backups, 'backupIfDue').mockResolvedValue(undefined);
    expect(vi.getTimerCount()).toBe(3);
    vi.advanceTimersByTime(SEARCH_WARM_UP_DELAY_MS);
    expect(warmUp).toHaveBeenCalledTimes(1);
    expect(backup).not.toHaveBeenCalled();
    vi.advanceTimersByTime(AUTOMATIC_BACKUP_DELAY_MS - SEARCH_WARM_UP_DELAY_MS);
    expect(backup).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(AUTOMATIC_BACKUP_CHECK_MS);
    expect(backup).toHaveBeenCalledTimes(2);
    expect(warmUp).toHaveBeenCalledTimes(1);
  });

  it('reports a failed automatic backup instead of throwing', async () => {
    const { companion, log } = start();
    vi.spyOn(companion.services.backups, 'backupIfDue').mockRejectedValue(new Error('disk full'));
    vi.advanceTimersByTime(AUTOMATIC_BACKUP_DELAY_MS);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('Automatic backup failed', expect.any(Error)));
  });

  it('stops its timers and closes the database, once however often it is called', () => {
    const { companion } = start();
    const warmUp = vi.spyOn(companion.services.search, 'warmUp');
    companion.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(companion.services.db.open).toBe(false);
    expect(() => companion.stop()).not.toThrow();
    vi.advanceTimersByTime(AUTOMATIC_BACKUP_CHECK_MS);
    expect(warmUp).not.toHaveBeenCalled();
  });

  it('reports the start-up notice when a damaged data file was set aside', async () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'not a database '.repeat(200));
    const { companion, log } = start(dir);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Start-up notice: Your data file was damaged/));
    const info = await companion.dispatch('app.getInfo', {});
    expect(info).toMatchObject({ ok: true, value: { notices: [expect.stringMatching(/damaged/)] } });
  });
});
