// The only SQL on question_flags: the questions the learner flagged to come back to (during a
// practice or review, or from its results). A flag lasts until the learner takes it off.
import type { Db } from '../database';

/** Flags a question (a question flagged already keeps the time it was first flagged). */
export function setFlag(db: Db, questionId: string, flaggedAt: string): void {
  db.prepare('INSERT INTO question_flags (question_id, flagged_at) VALUES (?, ?) ON CONFLICT (question_id) DO NOTHING').run(
    questionId,
    flaggedAt,
  );
}

export function clearFlag(db: Db, questionId: string): void {
  db.prepare('DELETE FROM question_flags WHERE question_id = ?').run(questionId);
}

/** Every flagged question's id, first flagged first. */
export function flaggedQuestionIds(db: Db): Set<string> {
  return new Set(
    (db.prepare('SELECT question_id FROM question_flags ORDER BY flagged_at, question_id').all() as { question_id: string }[]).map(
      (r) => r.question_id,
    ),
  );
}
