// The only SQL on personal_notes: the learner's notes, with a version for conflict checks and a
// trash (deleted_at). The notes service adds the rules; search reads the live notes to index them.
import type { PersonalNote, PersonalNoteSummary } from '../../common/contract';
import type { Db } from '../database';

interface NoteRow {
  id: string;
  title: string;
  body: string;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  tags: string;
  pinned: number;
}

const toSummary = (r: Omit<NoteRow, 'body'>): PersonalNoteSummary => ({
  id: r.id,
  title: r.title,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  tags: JSON.parse(r.tags) as string[],
  pinned: r.pinned === 1,
  deletedAt: r.deleted_at,
});

export type NoteSort = 'updated' | 'created' | 'title';

const SUMMARY_COLUMNS = 'id, title, version, created_at, updated_at, deleted_at, tags, pinned';
const ORDER: Record<NoteSort, string> = {
  updated: 'updated_at DESC',
  created: 'created_at DESC',
  title: 'title COLLATE NOCASE ASC',
};

/**
 * Summaries in the trash or out of it, pinned first, optionally with a tag. `withLinks` keeps only
 * notes containing "[[" and returns their bodies, for the caller to parse the links in code.
 */
export function listNotes(
  db: Db,
  options: { trash: boolean; tag?: string; sort: NoteSort; withLinks?: boolean },
): (PersonalNoteSummary & { body?: string })[] {
  const where = [options.trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
  const params: Record<string, string> = {};
  if (options.tag) {
    where.push('EXISTS (SELECT 1 FROM json_each(tags) WHERE value = :tag)');
    params.tag = options.tag;
  }
  if (options.withLinks) where.push("instr(body, '[[') > 0");
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}${options.withLinks ? ', body' : ''} FROM personal_notes WHERE ${where.join(' AND ')}
       ORDER BY pinned DESC, ${ORDER[options.sort]}`,
    )
    .all(params) as (Omit<NoteRow, 'body'> & { body?: string })[];
  return rows.map((r) => (r.body === undefined ? toSummary(r) : { ...toSummary(r), body: r.body }));
}

/** Tags of notes out of the trash, with how many notes carry each. */
export function tagCounts(db: Db): { tag: string; count: number }[] {
  return db
    .prepare(
      `SELECT value AS tag, count(*) AS count FROM personal_notes, json_each(personal_notes.tags)
       WHERE deleted_at IS NULL GROUP BY value ORDER BY value COLLATE NOCASE`,
    )
    .all() as { tag: string; count: number }[];
}

/** A note out of the trash. */
export function findLiveNote(db: Db, id: string): PersonalNote | undefined {
  const row = db.prepare('SELECT * FROM personal_notes WHERE id = ? AND deleted_at IS NULL').get(id) as NoteRow | undefined;
  return row ? { ...toSummary(row), body: row.body } : undefined;
}

/** A note's summary, in the trash or not. */
/** Live notes among `ids`, in one query (an export may name thousands); missing ids are left out. */
export function findLiveNotes(db: Db, ids: readonly string[]): PersonalNote[] {
  const rows = db
    .prepare('SELECT * FROM personal_notes WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL')
    .all(JSON.stringify(ids)) as NoteRow[];
  return rows.map((row) => ({ ...toSummary(row), body: row.body }));
}

export function findSummary(db: Db, id: string): PersonalNoteSummary | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM personal_notes WHERE id = ?`).get(id) as Omit<NoteRow, 'body'> | undefined;
  return row ? toSummary(row) : undefined;
}

/** Every note out of the trash, for the search index. */
export function liveNoteTexts(db: Db): { id: string; title: string; body: string }[] {
  return db.prepare('SELECT id, title, body FROM personal_notes WHERE deleted_at IS NULL').all() as {
    id: string;
    title: string;
    body: string;
  }[];
}

export function insertNote(db: Db, note: { id: string; title: string; body: string; at: string }): void {
  db.prepare('INSERT INTO personal_notes (id, title, body, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)').run(
    note.id,
    note.title,
    note.body,
    note.at,
    note.at,
  );
}

/** Saves new text only over `baseVersion` of a note out of the trash; false when that is not the current one. */
export function updateNoteText(db: Db, id: string, text: { title: string; body: string; at: string }, baseVersion: number): boolean {
  return (
    db
      .prepare(
        `UPDATE personal_notes SET title = ?, body = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND deleted_at IS NULL`,
      )
      .run(text.title, text.body, text.at, id, baseVersion).changes > 0
  );
}

export function updateNoteMeta(db: Db, id: string, tags: readonly string[], pinned: boolean): void {
  db.prepare('UPDATE personal_notes SET tags = ?, pinned = ? WHERE id = ?').run(JSON.stringify(tags), pinned ? 1 : 0, id);
}

/** Moves a note to the trash; false when it is not out of the trash. */
export function trashNote(db: Db, id: string, at: string): boolean {
  return db.prepare('UPDATE personal_notes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(at, id).changes > 0;
}

/** Takes a note out of the trash; false when it is not in the trash. */
export function untrashNote(db: Db, id: string): boolean {
  return db.prepare('UPDATE personal_notes SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes > 0;
}

/** Deletes a note for good, only from the trash; false when it is not there. */
export function purgeNote(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM personal_notes WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes > 0;
}

/** Deletes every note in the trash for good; returns how many. */
export function purgeTrash(db: Db): number {
  return db.prepare('DELETE FROM personal_notes WHERE deleted_at IS NOT NULL').run().changes;
}
