// The only SQL on review_cards (one spaced-review card per question or diagram node) and on
// review_log (each card as it was before a review, so a rating can be changed afterwards).
import type { Db } from '../database';

export type CardKind = 'question' | 'diagram';

export interface CardRow {
  card_id: string;
  kind: CardKind;
  domain: string;
  topic: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
  last_correct: number;
}

/** The FSRS state columns a stored card row holds (question, diagram and note cards alike). */
export type ScheduleColumns = Pick<
  CardRow,
  'due' | 'stability' | 'difficulty' | 'elapsed_days' | 'scheduled_days' | 'learning_steps' | 'reps' | 'lapses' | 'state' | 'last_review'
>;

export function findCard(db: Db, cardId: string): CardRow | undefined {
  return db.prepare('SELECT * FROM review_cards WHERE card_id = ?').get(cardId) as CardRow | undefined;
}

export function allCards(db: Db): CardRow[] {
  return db.prepare('SELECT * FROM review_cards').all() as CardRow[];
}

export function saveCard(db: Db, row: CardRow): void {
  db.prepare(
    `INSERT INTO review_cards (card_id, kind, domain, topic, due, stability, difficulty, elapsed_days, scheduled_days,
       learning_steps, reps, lapses, state, last_review, last_correct)
     VALUES (@card_id, @kind, @domain, @topic, @due, @stability, @difficulty, @elapsed_days, @scheduled_days,
       @learning_steps, @reps, @lapses, @state, @last_review, @last_correct)
     ON CONFLICT (card_id) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
       elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
       reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review,
       last_correct = excluded.last_correct`,
  ).run(row);
}

/** Moves one card's due date (the exam date changed), leaving its memory state alone. */
export function setCardDue(db: Db, cardId: string, due: string, scheduledDays: number): void {
  db.prepare('UPDATE review_cards SET due = ?, scheduled_days = ? WHERE card_id = ?').run(due, scheduledDays, cardId);
}

/** Question cards due by `before` (ISO time), most overdue first. */
export function dueQuestionIds(db: Db, before: string, limit: number): string[] {
  return (
    db.prepare("SELECT card_id FROM review_cards WHERE kind = 'question' AND due <= ? ORDER BY due LIMIT ?").all(before, limit) as {
      card_id: string;
    }[]
  ).map((r) => r.card_id);
}

/** Every answered question and whether its last answer was right. */
export function questionOutcomes(db: Db): Map<string, boolean> {
  const rows = db.prepare("SELECT card_id, last_correct FROM review_cards WHERE kind = 'question'").all() as {
    card_id: string;
    last_correct: number;
  }[];
  return new Map(rows.map((r) => [r.card_id, r.last_correct === 1]));
}

/** Every card's id, kind and due time: enough to count and forecast the review queue. */
export function cardDueTimes(db: Db): { cardId: string; kind: CardKind; due: string }[] {
  return (db.prepare('SELECT card_id, kind, due FROM review_cards').all() as { card_id: string; kind: CardKind; due: string }[]).map(
    (r) => ({ cardId: r.card_id, kind: r.kind, due: r.due }),
  );
}

/** Ids of the diagram-node cards (diagram#node). */
export function diagramCardIds(db: Db): string[] {
  return (db.prepare("SELECT card_id FROM review_cards WHERE kind = 'diagram'").all() as { card_id: string }[]).map((r) => r.card_id);
}

export function insertReviewLog(db: Db, attemptId: number, cardId: string, grade: number, cardBefore: string | null, at: string): void {
  db.prepare('INSERT INTO review_log (attempt_id, card_id, rating, card_before, reviewed_at) VALUES (?, ?, ?, ?, ?)').run(
    attemptId,
    cardId,
    grade,
    cardBefore,
    at,
  );
}

export function findReviewLog(db: Db, attemptId: number): { card_id: string; card_before: string | null } | undefined {
  return db.prepare('SELECT card_id, card_before FROM review_log WHERE attempt_id = ?').get(attemptId) as
    | { card_id: string; card_before: string | null }
    | undefined;
}

export function setReviewLogRating(db: Db, attemptId: number, grade: number): void {
  db.prepare('UPDATE review_log SET rating = ? WHERE attempt_id = ?').run(grade, attemptId);
}
