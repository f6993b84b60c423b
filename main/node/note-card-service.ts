// Review cards from the learner's own notes: kept in step with each note's text, due cards served
// with what each grade would do, and grades applied by the same FSRS scheduler (and exam-date cap)
// as question cards.

import type { NoteCardListItem, NoteCardsDue } from '../common/contract';
import { noteCards } from '../common/note-cards';
import { ApiError } from '../common/result';
import type { ReviewRating } from '../common/review-rating';
import type { Db } from './database';
import type { NoteChange } from './notes-service';
import type { ReviewScheduler } from './review-scheduler';
import { scheduleColumns, toCard } from './review-scheduler';
import { countNoteCards, dueNoteCards, findNoteCard, liveNoteCards, saveNoteCardSchedule, syncNoteCards } from './store/note-cards';
import { findLiveNotes, liveNoteTexts } from './store/personal-notes';

/** Bump when main/common/note-cards.ts reads notes differently, so every profile is re-read once. */
const NOTE_CARD_PARSER_VERSION = 1;
const PARSER_VERSION_KEY = 'noteCardParserVersion';

export class NoteCardService {
  constructor(
    private readonly db: Db,
    private readonly scheduler: ReviewScheduler,
  ) {}

  /** After a note is saved or restored: its cards follow its text. A trashed note's cards wait in the trash with it. */
  onNoteChange(change: NoteChange, now = new Date()): void {
    if ('deleted' in change) return;
    syncNoteCards(this.db, change.id, noteCards(change.body), now.toISOString());
  }

  /**
   * Re-reads cards from notes whose text changed without passing through the notes service: all of
   * them the first time this card parser meets a profile (notes written before note cards existed,
   * or read by an older parser), and the notes a backup import brought in.
   */
  syncNotes(noteIds: 'all' | readonly string[], now = new Date()): void {
    const notes = noteIds === 'all' ? liveNoteTexts(this.db) : findLiveNotes(this.db, noteIds);
    this.db.transaction(() => {
      for (const n of notes) syncNoteCards(this.db, n.id, noteCards(n.body), now.toISOString());
    })();
  }

  /** At start-up: a full re-read only when this parser version has not read the profile yet (about 40 ms for 500 notes). */
  syncIfParserChanged(settings: { getRaw<T>(key: string): T | undefined; setRaw(key: string, value: unknown): void }): void {
    if (settings.getRaw<number>(PARSER_VERSION_KEY) === NOTE_CARD_PARSER_VERSION) return;
    this.syncNotes('all');
    settings.setRaw(PARSER_VERSION_KEY, NOTE_CARD_PARSER_VERSION);
  }

  due(limit: number, now = new Date()): NoteCardsDue {
    const rows = dueNoteCards(this.db, now.toISOString(), limit);
    const { due, total } = countNoteCards(this.db, now.toISOString());
    return {
      due,
      total,
      cards: rows.map((r) => ({
        cardId: r.card_id,
        noteId: r.note_id,
        noteTitle: r.note_title,
        kind: r.kind,
        front: r.front,
        back: r.back,
        next: this.scheduler.preview(r.reps > 0 ? toCard(r) : undefined, now),
      })),
    };
  }

  /** Every card of the live notes, for the browser. */
  list(): NoteCardListItem[] {
    return liveNoteCards(this.db).map((r) => ({
      cardId: r.card_id,
      noteId: r.note_id,
      noteTitle: r.note_title,
      kind: r.kind,
      front: r.front,
      due: r.due,
      reviews: r.reps,
      lapses: r.lapses,
    }));
  }

  rate(cardId: string, rating: ReviewRating, now = new Date()): { due: string } {
    const row = findNoteCard(this.db, cardId);
    if (!row) throw new ApiError('not_found', 'This card is gone: its note no longer holds it.');
    const card = this.scheduler.nextCard(row.reps > 0 ? toCard(row) : undefined, rating, now);
    saveNoteCardSchedule(this.db, cardId, scheduleColumns(card));
    return { due: card.due.toISOString() };
  }
}
