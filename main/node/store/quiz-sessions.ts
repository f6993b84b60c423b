// The only SQL on quiz_sessions: one row per quiz, review, drill or mock exam, with the questions
// it drew. Practice, drills and exams create and read them; stats read the submitted mocks.
import type { QuizMode } from '../../common/contract';
import type { Db } from '../database';

export interface QuizSession {
  id: string;
  mode: QuizMode;
  questionIds: string[];
  startedAt: string;
  /** Mock exams only; null for every other mode. */
  timeLimitMs: number | null;
  timeUsedMs: number;
  submittedAt: string | null;
  /** The scored summary (JSON) of a submitted mock exam. */
  result: string | null;
  /** Practice, diagnostic and review: when every question was answered or the learner ended it. */
  finishedAt: string | null;
  /** Orders each question's options (common/option-order.ts); null for sessions shown in file order. */
  optionSeed: number | null;
}

interface SessionRow {
  id: string;
  mode: QuizMode;
  question_ids: string;
  started_at: string;
  time_limit_ms: number | null;
  time_used_ms: number;
  submitted_at: string | null;
  result: string | null;
  finished_at: string | null;
  option_seed: number | null;
}

const toSession = (r: SessionRow): QuizSession => ({
  id: r.id,
  mode: r.mode,
  questionIds: JSON.parse(r.question_ids) as string[],
  startedAt: r.started_at,
  timeLimitMs: r.time_limit_ms,
  timeUsedMs: r.time_used_ms,
  submittedAt: r.submitted_at,
  result: r.result,
  finishedAt: r.finished_at,
  optionSeed: r.option_seed,
});

export function insertSession(
  db: Db,
  session: { id: string; mode: QuizMode; questionIds: readonly string[]; startedAt: string; timeLimitMs?: number; optionSeed?: number },
): void {
  db.prepare(
    'INSERT INTO quiz_sessions (id, mode, question_ids, started_at, time_limit_ms, time_used_ms, option_seed) VALUES (?, ?, ?, ?, ?, 0, ?)',
  ).run(
    session.id,
    session.mode,
    JSON.stringify(session.questionIds),
    session.startedAt,
    session.timeLimitMs ?? null,
    session.optionSeed ?? null,
  );
}

/** A session of the given mode (or of any mode), if it exists. */
export function findSession(db: Db, id: string, mode?: QuizMode): QuizSession | undefined {
  const row = db.prepare('SELECT * FROM quiz_sessions WHERE id = ?').get(id) as SessionRow | undefined;
  return row && (mode === undefined || row.mode === mode) ? toSession(row) : undefined;
}

/** The newest mock exam not yet submitted: the one the app resumes. */
export function openMockId(db: Db): string | undefined {
  const row = db
    .prepare("SELECT id FROM quiz_sessions WHERE mode = 'mock' AND submitted_at IS NULL ORDER BY started_at DESC LIMIT 1")
    .get() as { id: string } | undefined;
  return row?.id;
}

/** Quizzes of these modes not finished yet, newest first. */
export function unfinishedQuizIds(db: Db, modes: readonly QuizMode[]): string[] {
  return (
    db
      .prepare(
        `SELECT id FROM quiz_sessions WHERE finished_at IS NULL AND mode IN (SELECT value FROM json_each(?))
         ORDER BY started_at DESC, rowid DESC`,
      )
      .all(JSON.stringify(modes)) as { id: string }[]
  ).map((r) => r.id);
}

/** Ends a quiz; a quiz already finished keeps the time it ended. */
export function markFinished(db: Db, id: string, finishedAt: string): void {
  db.prepare('UPDATE quiz_sessions SET finished_at = ? WHERE id = ? AND finished_at IS NULL').run(finishedAt, id);
}

export function setTimeUsed(db: Db, id: string, timeUsedMs: number): void {
  db.prepare('UPDATE quiz_sessions SET time_used_ms = ? WHERE id = ?').run(timeUsedMs, id);
}

export function markSubmitted(db: Db, id: string, submittedAt: string, timeUsedMs: number, result: unknown): void {
  db.prepare('UPDATE quiz_sessions SET submitted_at = ?, time_used_ms = ?, result = ? WHERE id = ?').run(
    submittedAt,
    timeUsedMs,
    JSON.stringify(result),
    id,
  );
}

/** Every submitted mock exam, oldest first, with its scored summary. */
export function submittedMocks(db: Db): { id: string; submittedAt: string; result: string }[] {
  return (
    db
      .prepare("SELECT id, submitted_at, result FROM quiz_sessions WHERE mode = 'mock' AND submitted_at IS NOT NULL ORDER BY submitted_at")
      .all() as { id: string; submitted_at: string; result: string }[]
  ).map((r) => ({ id: r.id, submittedAt: r.submitted_at, result: r.result }));
}

/**
 * When the learner last met each question: answered in any quiz, or put before them in a mock exam
 * (answered or not). Questions never met are absent. The mock exam draws the absent ones first.
 */
export function lastSeenByQuestion(db: Db): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT question_id AS id, max(at) AS at FROM (
         SELECT question_id, answered_at AS at FROM quiz_attempts
         UNION ALL
         SELECT e.question_id, s.started_at AS at FROM exam_answers e JOIN quiz_sessions s ON s.id = e.session_id
       ) GROUP BY question_id`,
    )
    .all() as { id: string; at: string }[];
  return new Map(rows.map((r) => [r.id, r.at]));
}
