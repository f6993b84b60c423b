// The only SQL on note_cards: the review cards a learner writes in personal notes. A note's cards
// are re-read from its text on every save: new ones are added (due at once), vanished ones go, and
// a card that stays keeps its schedule even if its answer is edited.
import type { NoteCard } from '../../common/note-cards';
import type { Db } from '../database';
import type { ScheduleColumns } from './review-cards';

/** A note card: where it comes from, and the same FSRS columns as a question card. */
export interface NoteCardRow extends ScheduleColumns {
  card_id: string;
  note_id: string;
  kind: 'qa' | 'cloze';
  front: string;
  back: string;
  position: number;
  created_at: string;
}

export const noteCardId = (noteId: string, key: string) => `${noteId}:${key}`;

export function syncNoteCards(db: Db, noteId: string, cards: NoteCard[], now: string): { added: number; removed: number } {
  const existing = new Set(
    (db.prepare('SELECT card_id FROM note_cards WHERE note_id = ?').all(noteId) as { card_id: string }[]).map((r) => r.card_id),
  );
  const keep = new Set(cards.map((c) => noteCardId(noteId, c.key)));
  const upsert = db.prepare(
    `INSERT INTO note_cards (card_id, note_id, kind, front, back, position, created_at, due)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (card_id) DO UPDATE SET front = excluded.front, back = excluded.back, position = excluded.position`,
  );
  const remove = db.prepare('DELETE FROM note_cards WHERE card_id = ?');
  let added = 0;
  let removed = 0;
  cards.forEach((c, position) => {
    const id = noteCardId(noteId, c.key);
    if (!existing.has(id)) added++;
    upsert.run(id, noteId, c.kind, c.front, c.back, position, now, now);
  });
  for (const id of existing)
    if (!keep.has(id)) {
      remove.run(id);
      removed++;
    }
  return { added, removed };
}

/** Cards of live notes (not in the trash) due by `before`, most overdue first, with their note's title. */
export function dueNoteCards(db: Db, before: string, limit: number): (NoteCardRow & { note_title: string })[] {
  return db
    .prepare(
      `SELECT c.*, n.title AS note_title FROM note_cards c JOIN personal_notes n ON n.id = c.note_id
       WHERE n.deleted_at IS NULL AND c.due <= ? ORDER BY c.due, c.note_id, c.position LIMIT ?`,
    )
    .all(before, limit) as (NoteCardRow & { note_title: string })[];
}

/** Every card of live notes, by note and position in it. */
export function liveNoteCards(db: Db): (NoteCardRow & { note_title: string })[] {
  return db
    .prepare(
      `SELECT c.*, n.title AS note_title FROM note_cards c JOIN personal_notes n ON n.id = c.note_id
       WHERE n.deleted_at IS NULL ORDER BY n.title, c.position`,
    )
    .all() as (NoteCardRow & { note_title: string })[];
}

export function countNoteCards(db: Db, before: string): { due: number; total: number } {
  return db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(c.due <= ?), 0) AS due FROM note_cards c JOIN personal_notes n ON n.id = c.note_id
       WHERE n.deleted_at IS NULL`,
    )
    .get(before) as { due: number; total: number };
}

export function findNoteCard(db: Db, cardId: string): NoteCardRow | undefined {
  return db.prepare('SELECT * FROM note_cards WHERE card_id = ?').get(cardId) as NoteCardRow | undefined;
}

export function saveNoteCardSchedule(db: Db, cardId: string, s: ScheduleColumns): void {
  db.prepare(
    `UPDATE note_cards SET due = @due, stability = @stability, difficulty = @difficulty, elapsed_days = @elapsed_days,
       scheduled_days = @scheduled_days, learning_steps = @learning_steps, reps = @reps, lapses = @lapses, state = @state,
       last_review = @last_review WHERE card_id = @card_id`,
  ).run({ ...s, card_id: cardId });
}
