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
  {
    version: 2,
    description: 'mock exams, spaced review cards, per-day aggregates for fast stats',
    sql: `
      ALTER TABLE quiz_attempts ADD COLUMN domain TEXT;
      ALTER TABLE quiz_attempts ADD COLUMN topic TEXT;
      CREATE INDEX quiz_attempts_by_mode ON quiz_attempts (mode, answered_at);
      CREATE INDEX quiz_attempts_by_session ON quiz_attempts (session_id);

      -- Small running totals kept by triggers, so stats over a million attempts read a few
      -- thousand rows: per local day and domain, and per topic.
      CREATE TABLE attempt_day_domain (
        day      TEXT NOT NULL,
        domain   TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        correct  INTEGER NOT NULL,
        PRIMARY KEY (day, domain)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE attempt_topic (
        topic    TEXT NOT NULL,
        domain   TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        correct  INTEGER NOT NULL,
        PRIMARY KEY (topic, domain)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER attempt_totals_after_insert AFTER INSERT ON quiz_attempts WHEN NEW.domain IS NOT NULL
      BEGIN
        INSERT INTO attempt_day_domain (day, domain, attempts, correct)
        VALUES (date(NEW.answered_at, 'localtime'), NEW.domain, 1, NEW.correct)
        ON CONFLICT (day, domain) DO UPDATE SET attempts = attempts + 1, correct = correct + excluded.correct;
        INSERT INTO attempt_topic (topic, domain, attempts, correct)
        VALUES (NEW.topic, NEW.domain, 1, NEW.correct)
        ON CONFLICT (topic, domain) DO UPDATE SET attempts = attempts + 1, correct = correct + excluded.correct;
      END;

      ALTER TABLE quiz_sessions ADD COLUMN time_limit_ms INTEGER;
      ALTER TABLE quiz_sessions ADD COLUMN time_used_ms INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE quiz_sessions ADD COLUMN submitted_at TEXT;
      ALTER TABLE quiz_sessions ADD COLUMN result TEXT;
      CREATE INDEX quiz_sessions_open_exams ON quiz_sessions (mode, submitted_at);

      CREATE TABLE exam_answers (
        session_id  TEXT NOT NULL REFERENCES quiz_sessions (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        position    INTEGER NOT NULL,
        chosen      TEXT NOT NULL DEFAULT '[]',
        flagged     INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (session_id, question_id)
      ) STRICT;

      CREATE TABLE review_cards (
        card_id        TEXT PRIMARY KEY,
        kind           TEXT NOT NULL CHECK (kind IN ('question', 'diagram')),
        domain         TEXT NOT NULL,
        topic          TEXT NOT NULL,
        due            TEXT NOT NULL,
        stability      REAL NOT NULL,
        difficulty     REAL NOT NULL,
        elapsed_days   INTEGER NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps           INTEGER NOT NULL,
        lapses         INTEGER NOT NULL,
        state          INTEGER NOT NULL,
        last_review    TEXT,
        last_correct   INTEGER NOT NULL CHECK (last_correct IN (0, 1))
      ) STRICT;
      CREATE INDEX review_cards_by_due ON review_cards (due);

      -- The card as it was before each review, so a learner can change the rating afterwards.
      CREATE TABLE review_log (
        attempt_id  INTEGER PRIMARY KEY REFERENCES quiz_attempts (id) ON DELETE CASCADE,
        card_id     TEXT NOT NULL,
        rating      INTEGER NOT NULL,
        card_before TEXT,
        reviewed_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 3,
    description: 'note tags and pins, automatic backups',
    sql: `
      ALTER TABLE personal_notes ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE personal_notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1));
      CREATE UNIQUE INDEX quiz_attempts_identity ON quiz_attempts (session_id, question_id, answered_at);
    `,
  },
  {
    version: 4,
    description: 'weekly running totals per topic, for accuracy over time by topic',
    sql: `
      -- Weeks keyed as SQLite's %Y-W%W of the local day, like the per-domain weekly chart.
      CREATE TABLE attempt_week_topic (
        week     TEXT NOT NULL,
        topic    TEXT NOT NULL,
        domain   TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        correct  INTEGER NOT NULL,
        PRIMARY KEY (topic, week)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO attempt_week_topic (week, topic, domain, attempts, correct)
        SELECT strftime('%Y-W%W', answered_at, 'localtime'), topic, min(domain), count(*), sum(correct)
        FROM quiz_attempts WHERE domain IS NOT NULL AND topic IS NOT NULL
        GROUP BY 1, topic;
      CREATE TRIGGER attempt_week_topic_after_insert AFTER INSERT ON quiz_attempts
        WHEN NEW.domain IS NOT NULL AND NEW.topic IS NOT NULL
      BEGIN
        INSERT INTO attempt_week_topic (week, topic, domain, attempts, correct)
        VALUES (strftime('%Y-W%W', NEW.answered_at, 'localtime'), NEW.topic, NEW.domain, 1, NEW.correct)
        ON CONFLICT (topic, week) DO UPDATE SET attempts = attempts + 1, correct = correct + excluded.correct;
      END;
    `,
  },
  {
    version: 5,
    description: 'practice and diagnostic quizzes can be resumed: when each one ended',
    sql: `
      -- Set once every question is answered or the learner ends the quiz; until then a practice
      -- or diagnostic is offered to resume. Mock exams keep using submitted_at.
      ALTER TABLE quiz_sessions ADD COLUMN finished_at TEXT;
      CREATE INDEX quiz_sessions_unfinished ON quiz_sessions (mode, started_at) WHERE finished_at IS NULL;
      -- Quizzes answered to the end before this version are finished, at their last answer.
      UPDATE quiz_sessions
        SET finished_at = (SELECT max(a.answered_at) FROM quiz_attempts a WHERE a.session_id = quiz_sessions.id)
        WHERE mode IN ('practice', 'diagnostic', 'review')
          AND json_array_length(question_ids) > 0
          AND (SELECT count(DISTINCT a.question_id) FROM quiz_attempts a WHERE a.session_id = quiz_sessions.id)
            >= json_array_length(question_ids);
    `,
  },
  {
    version: 6,
    description: 'review cards written in personal notes (Q:/A: pairs and clozes)',
    sql: `
      -- One row per card a note holds, scheduled by FSRS like question cards but kept apart from
      -- them: they are the learner's own, so they stay out of exam readiness and question stats.
      CREATE TABLE note_cards (
        card_id        TEXT PRIMARY KEY,
        note_id        TEXT NOT NULL REFERENCES personal_notes (id) ON DELETE CASCADE,
        kind           TEXT NOT NULL CHECK (kind IN ('qa', 'cloze')),
        front          TEXT NOT NULL,
        back           TEXT NOT NULL,
        position       INTEGER NOT NULL,
        created_at     TEXT NOT NULL,
        due            TEXT NOT NULL,
        stability      REAL NOT NULL DEFAULT 0,
        difficulty     REAL NOT NULL DEFAULT 0,
        elapsed_days   INTEGER NOT NULL DEFAULT 0,
        scheduled_days INTEGER NOT NULL DEFAULT 0,
        learning_steps INTEGER NOT NULL DEFAULT 0,
        reps           INTEGER NOT NULL DEFAULT 0,
        lapses         INTEGER NOT NULL DEFAULT 0,
        state          INTEGER NOT NULL DEFAULT 0,
        last_review    TEXT
      ) STRICT;
      CREATE INDEX note_cards_by_due ON note_cards (due);
      CREATE INDEX note_cards_by_note ON note_cards (note_id);
    `,
  },
  {
    version: 7,
    description: 'questions the learner flagged to come back to',
    sql: `
      -- One row per flagged question, kept across sessions; unflagging deletes the row. Mock exams
      -- keep their own per-exam flags in exam_answers.
      CREATE TABLE question_flags (
        question_id TEXT PRIMARY KEY,
        flagged_at  TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 8,
    description: 'options shown in an order of their own in every quiz and mock exam',
    sql: `
      -- The seed that orders each question's options in this session (common/option-order.ts),
      -- kept so a resumed or reviewed session shows the order the learner saw. Sessions from
      -- before this version keep NULL: they were shown in file order, and still are.
      ALTER TABLE quiz_sessions ADD COLUMN option_seed INTEGER;
    `,
  },
  {
    version: 9,
    description: 'each answer remembers the wording of the question it answered',
    sql: `
      -- A fingerprint of the question's stem and options when it was answered (question-version.ts).
      -- When the bank rewrites a question, older answers no longer match its options, so reviews say
      -- the answer was to an earlier wording instead of ticking options the learner never saw.
      -- Answers from before this version keep NULL: the bank was rewritten in the same release.
      ALTER TABLE quiz_attempts ADD COLUMN question_version TEXT;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
