import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, createHandlers } from './api-handlers';
import type { AppServices } from './app-services';
import { fakePlatform, makeTempDir, servicesTracker } from './testing';

const tracker = servicesTracker();
afterEach(tracker.closeAll);
const start = (dir: string) => tracker.fresh(dir);
const dispatchFor = (s: AppServices) => createDispatcher(createHandlers(s, fakePlatform()));

describe('damaged data file', () => {
  it('sets a non-SQLite file aside and restores the newest automatic backup', async () => {
    const dir = makeTempDir();
    const s = start(dir);
    s.notes.create('Backed up note', 'safe');
    await s.backups.backupIfDue();
    s.close();
    fs.writeFileSync(path.join(dir, 'companion.sqlite3'), 'this is not a database, it is a shopping list'.repeat(100));

    const again = start(dir);
    expect(again.startupNotice).toMatch(/damaged.*latest automatic backup/);
    expect(again.notes.list().map((n) => n.title)).toEqual(['Backed up note']);
    const kept = fs.readdirSync(dir).filter((f) => f.includes('.damaged-'));
    expect(kept.some((f) => /\.damaged-[^.]+$/.test(f) || f.endsWith('Z'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, kept.find((f) => !f.endsWith('-wal') && !f.endsWith('-shm')) ?? ''), 'utf8')).toContain(
      'shopping list',
    );
    const info = await dispatchFor(again)('app.getInfo', {});
    expect(info).toMatchObject({ ok: true, value: { notices: [expect.stringMatching(/damaged/)] } });
  });

  it('starts fresh, keeping the damaged file, when there is no backup', () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'companion.sqlite3'), Buffer.alloc(8192, 0xab));
    const s = start(dir);
    expect(s.startupNotice).toMatch(/no automatic backup could be restored/);
    expect(s.notes.list()).toEqual([]);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('companion.sqlite3.damaged-'))).toBe(true);
  });
});

describe('storage failures while running', () => {
  it('answers a full disk with a clear error and keeps the saved text', async () => {
    const s = start(makeTempDir());
    const note = s.notes.create('Full disk', 'saved text');
    const pages = s.db.pragma('page_count', { simple: true }) as number;
    s.db.pragma(`max_page_count = ${pages}`);
    const result = await dispatchFor(s)('notes.save', { id: note.id, title: 'Full disk', body: 'x'.repeat(200_000), baseVersion: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/disk is full/) } });
    expect(s.notes.get(note.id).body).toBe('saved text');
  });

  it('answers a read-only data file with a clear error', async () => {
    const s = start(makeTempDir());
    const note = s.notes.create('Read only', 'saved text');
    s.db.pragma('query_only = ON');
    const result = await dispatchFor(s)('notes.save', { id: note.id, title: 'Read only', body: 'new', baseVersion: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/read-only/) } });
    s.db.pragma('query_only = OFF');
    expect(s.notes.get(note.id).body).toBe('saved text');
  });
});
