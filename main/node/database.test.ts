import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from './database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { makeTempDir } from './testing';

const tablesOf = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('database', () => {
  it('creates a new file with WAL, foreign keys and the latest schema', () => {
    const db = openDatabase(path.join(makeTempDir(), 'sub', 'data.sqlite3'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['personal_notes', 'quiz_attempts', 'settings', 'topic_progress']));
    db.close();
  });

  // A file written by every earlier release must upgrade to the same schema as a new one.
  it.each(MIGRATIONS.map((m) => m.version - 1))('upgrades a database from version %i', (from) => {
    const file = path.join(makeTempDir(), 'old.sqlite3');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, from));
    expect(schemaVersion(old)).toBe(from);
    old.close();

    const upgraded = openDatabase(file);
    const fresh = openDatabase(path.join(makeTempDir(), 'fresh.sqlite3'));
    expect(schemaVersion(upgraded)).toBe(LATEST_SCHEMA_VERSION);
    expect(tablesOf(upgraded)).toEqual(tablesOf(fresh));
    upgraded.close();
    fresh.close();
  });

  it('keeps data across an upgrade and enforces foreign keys', () => {
    const file = path.join(makeTempDir(), 'data.sqlite3');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO quiz_attempts (session_id, question_id, chosen, correct, time_ms, mode, answered_at) VALUES ('nope', 'q', '[]', 0, 1, 'practice', 'now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
    const reopened = openDatabase(file);
    expect(reopened.prepare("SELECT value FROM settings WHERE key = 'theme'").get()).toEqual({ value: '"dark"' });
    reopened.close();
  });

  it('fills the weekly per-topic totals from the answers already stored when upgrading to version 4', () => {
    const file = path.join(makeTempDir(), 'v3.sqlite3');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 3));
    old.prepare("INSERT INTO quiz_sessions (id, mode, question_ids, started_at) VALUES ('s', 'practice', '[]', '2026-01-01')").run();
    const insert = old.prepare(
      "INSERT INTO quiz_attempts (session_id, question_id, chosen, correct, time_ms, mode, answered_at, domain, topic) VALUES ('s', ?, '[]', ?, 1, 'practice', ?, 'D2', 'cfn-stacksets')",
    );
    insert.run('a', 1, '2026-03-04T10:00:00.000Z');
    insert.run('b', 0, '2026-03-05T10:00:00.000Z');
    insert.run('c', 1, '2026-05-20T10:00:00.000Z');
    old.close();

    const upgraded = openDatabase(file);
    const rows = upgraded.prepare('SELECT topic, domain, attempts, correct FROM attempt_week_topic ORDER BY week').all();
    expect(rows).toEqual([
      { topic: 'cfn-stacksets', domain: 'D2', attempts: 2, correct: 1 },
      { topic: 'cfn-stacksets', domain: 'D2', attempts: 1, correct: 1 },
    ]);
    upgraded.close();
  });

  it('marks the quizzes answered to the end as finished when upgrading to version 5, and no others', () => {
    const file = path.join(makeTempDir(), 'v4.sqlite3');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 4));
    const session = old.prepare('INSERT INTO quiz_sessions (id, mode, question_ids, started_at) VALUES (?, ?, ?, ?)');
    session.run('done', 'practice', '["a","b"]', '2026-01-01T09:00:00.000Z');
    session.run('half', 'practice', '["a","b"]', '2026-01-02T09:00:00.000Z');
    session.run('mock', 'mock', '["a"]', '2026-01-03T09:00:00.000Z');
    const answer = old.prepare(
      "INSERT INTO quiz_attempts (session_id, question_id, chosen, correct, time_ms, mode, answered_at) VALUES (?, ?, '[]', 1, 1, 'practice', ?)",
    );
    answer.run('done', 'a', '2026-01-01T09:01:00.000Z');
    answer.run('done', 'b', '2026-01-01T09:02:00.000Z');
    answer.run('half', 'a', '2026-01-02T09:01:00.000Z');
    answer.run('mock', 'a', '2026-01-03T09:01:00.000Z');
    old.close();

    const upgraded = openDatabase(file);
    expect(upgraded.prepare('SELECT id, finished_at FROM quiz_sessions ORDER BY id').all()).toEqual([
      { id: 'done', finished_at: '2026-01-01T09:02:00.000Z' },
      { id: 'half', finished_at: null },
      { id: 'mock', finished_at: null },
    ]);
    upgraded.close();
  });

  it('refuses a file from a newer version of the app instead of damaging it', () => {
    const file = path.join(makeTempDir(), 'future.sqlite3');
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    expect(() => openDatabase(file)).toThrow(/newer version of the app/);
  });

  it('rolls back a failing migration and leaves the version where it was', () => {
    const db = new Database(':memory:');
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_SCHEMA_VERSION + 1, description: 'broken', sql: 'CREATE TABLE x (a); SELECT * FROM missing_table;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tablesOf(db)).not.toContain('x');
  });
});
