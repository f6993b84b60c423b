// How the learner has done on each question, for the question browser: answers, right answers,
// the last answer and when, and when its review card is due. Drill answers (diagram nodes) are not
// questions and stay out.
import type { Db } from '../database';

export interface QuestionStatsRow {
  questionId: string;
  attempts: number;
  correct: number;
  lastAnsweredAt: string;
  lastCorrect: boolean;
}

export function questionStats(db: Db): Map<string, QuestionStatsRow> {
  const rows = db
    .prepare(
      `SELECT a.question_id, count(*) AS attempts, sum(a.correct) AS correct, max(a.answered_at) AS last_at,
         (SELECT b.correct FROM quiz_attempts b WHERE b.question_id = a.question_id ORDER BY b.answered_at DESC, b.id DESC LIMIT 1) AS last_correct
       FROM quiz_attempts a WHERE a.mode != 'diagram' GROUP BY a.question_id`,
    )
    .all() as { question_id: string; attempts: number; correct: number; last_at: string; last_correct: number }[];
  return new Map(
    rows.map((r) => [
      r.question_id,
      { questionId: r.question_id, attempts: r.attempts, correct: r.correct, lastAnsweredAt: r.last_at, lastCorrect: r.last_correct === 1 },
    ]),
  );
}

export function questionDueDates(db: Db): Map<string, string> {
  const rows = db.prepare("SELECT card_id, due FROM review_cards WHERE kind = 'question'").all() as { card_id: string; due: string }[];
  return new Map(rows.map((r) => [r.card_id, r.due]));
}
