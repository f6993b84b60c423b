// Schema history, one entry per PRAGMA user_version step. Never edit a shipped migration:
// add a new one, and the upgrade test covers every earlier version automatically.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'settings, topic progress, personal notes, quiz attempts',
    sql: `
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE topic_progress (
        topic_id   TEXT PRIMARY KEY,
        status     TEXT NOT NULL CHECK (status IN ('new', 'read', 'confident')),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE personal_notes (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL,
        body       TEXT NOT NULL,
        version    INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX personal_notes_by_update ON personal_notes (deleted_at, updated_at DESC);

      CREATE TABLE quiz_sessions (
        id         TEXT PRIMARY KEY,
        mode       TEXT NOT NULL,
        question_ids TEXT NOT NULL,
        started_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE quiz_attempts (
        id          INTEGER PRIMARY KEY,
        session_id  TEXT NOT NULL REFERENCES quiz_sessions (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        chosen      TEXT NOT NULL,
        correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
        time_ms     INTEGER NOT NULL,
        mode        TEXT NOT NULL,
        answered_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX quiz_attempts_by_time ON quiz_attempts (answered_at DESC);
      CREATE INDEX quiz_attempts_by_question ON quiz_attempts (question_id, answered_at);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
