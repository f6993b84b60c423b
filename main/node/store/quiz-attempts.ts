// The only SQL on quiz_attempts: one row per answer, written once by the attempt recorder (its
// triggers keep the running totals in attempt-totals.ts), read back as history.
import type { QuizAttemptRow, QuizMode } from '../../common/contract';
import type { Db } from '../database';

export interface NewAttempt {
  sessionId: string;
  questionId: string;
  chosen: readonly string[];
  correct: boolean;
  timeMs: number;
  mode: string;
  answeredAt: string;
  domain: string;
  topic: string;
  questionVersion: string | null;
}

/** Stores one answer; returns the attempt's id. */
export function insertAttempt(db: Db, a: NewAttempt): number {
  const result = db
    .prepare(
      `INSERT INTO quiz_attempts (session_id, question_id, chosen, correct, time_ms, mode, answered_at, domain, topic, question_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      a.sessionId,
      a.questionId,
      JSON.stringify(a.chosen),
      a.correct ? 1 : 0,
      a.timeMs,
      a.mode,
      a.answeredAt,
      a.domain,
      a.topic,
      a.questionVersion,
    );
  return Number(result.lastInsertRowid);
}

export function isAnswered(db: Db, sessionId: string, questionId: string): boolean {
  return db.prepare('SELECT 1 FROM quiz_attempts WHERE session_id = ? AND question_id = ?').get(sessionId, questionId) !== undefined;
}

/** An answer as stored: what the history describes in words (quiz-history.ts). */
export interface StoredAttempt
  extends Pick<QuizAttemptRow, 'id' | 'sessionId' | 'questionId' | 'chosen' | 'correct' | 'timeMs' | 'mode' | 'answeredAt'> {
  /** The domain and main topic as filed when answered, for a question the bank no longer has. */
  domain: string | null;
  topic: string | null;
  /** The question's wording when answered (question-version.ts); null before migration 9 and for drills. */
  questionVersion: string | null;
}

const ATTEMPT_COLUMNS = 'id, session_id, question_id, chosen, correct, time_ms, mode, answered_at, domain, topic, question_version';

interface AttemptDbRow {
  id: number;
  session_id: string;
  question_id: string;
  chosen: string;
  correct: number;
  time_ms: number;
  mode: QuizMode;
  answered_at: string;
  domain: string | null;
  topic: string | null;
  question_version: string | null;
}

const fromRow = (r: AttemptDbRow): StoredAttempt => ({
  id: r.id,
  sessionId: r.session_id,
  questionId: r.question_id,
  chosen: JSON.parse(r.chosen) as string[],
  correct: r.correct === 1,
  timeMs: r.time_ms,
  mode: r.mode,
  answeredAt: r.answered_at,
  domain: r.domain,
  topic: r.topic,
  questionVersion: r.question_version,
});

/** The first answer to each question of a session, in the order they were given. */
export function sessionAnswers(
  db: Db,
  sessionId: string,
): { id: number; questionId: string; chosen: string[]; correct: boolean; timeMs: number; questionVersion: string | null }[] {
  const rows = db
    .prepare(
      `SELECT id, question_id, chosen, correct, time_ms, question_version FROM quiz_attempts
       WHERE id IN (SELECT min(id) FROM quiz_attempts WHERE session_id = ? GROUP BY question_id) ORDER BY id`,
    )
    .all(sessionId) as {
    id: number;
    question_id: string;
    chosen: string;
    correct: number;
    time_ms: number;
    question_version: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    questionId: r.question_id,
    chosen: JSON.parse(r.chosen) as string[],
    correct: r.correct === 1,
    timeMs: r.time_ms,
    questionVersion: r.question_version,
  }));
}

/** The latest answers, newest first. */
export function recentAttempts(db: Db, limit: number): StoredAttempt[] {
  const rows = db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM quiz_attempts ORDER BY id DESC LIMIT ?`).all(limit) as AttemptDbRow[];
  return rows.map(fromRow);
}

/** One answer by its id. */
export function findAttempt(db: Db, id: number): StoredAttempt | undefined {
  const row = db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM quiz_attempts WHERE id = ?`).get(id) as AttemptDbRow | undefined;
  return row && fromRow(row);
}
