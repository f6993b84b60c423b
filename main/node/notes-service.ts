// Personal notes. Every save names the version it started from; a stale version means another
// window saved in between, and the save is refused rather than silently overwriting that text.
import { randomUUID } from 'node:crypto';
import type { PersonalNote, PersonalNoteSummary, SavedNote } from '../common/contract';
import { ApiError } from '../common/result';
import type { Db } from './database';

interface NoteRow {
  id: string;
  title: string;
  body: string;
  version: number;
  created_at: string;
  updated_at: string;
}

const toNote = (r: NoteRow): PersonalNote => ({
  id: r.id,
  title: r.title,
  body: r.body,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const UNTITLED = 'Untitled note';

export type NoteChange = { id: string; title: string; body: string } | { id: string; deleted: true };

export class NotesService {
  constructor(
    private readonly db: Db,
    /** Told after every committed change, so derived indexes (search) stay current. */
    private readonly onChange: (change: NoteChange) => void = () => {},
  ) {}

  list(): PersonalNoteSummary[] {
    const rows = this.db
      .prepare('SELECT id, title, version, updated_at FROM personal_notes WHERE deleted_at IS NULL ORDER BY updated_at DESC')
      .all() as Pick<NoteRow, 'id' | 'title' | 'version' | 'updated_at'>[];
    return rows.map((r) => ({ id: r.id, title: r.title, version: r.version, updatedAt: r.updated_at }));
  }

  get(id: string): PersonalNote {
    const row = this.db.prepare('SELECT * FROM personal_notes WHERE id = ? AND deleted_at IS NULL').get(id) as NoteRow | undefined;
    if (!row) throw new ApiError('not_found', 'This note does not exist or was deleted.');
    return toNote(row);
  }

  /** Notes that link to a target with [[target]] or [[target|label]] (a topic id, or diagram#node). */
  linkingTo(target: string): { id: string; title: string }[] {
    return this.db
      .prepare(
        `SELECT id, title FROM personal_notes
         WHERE deleted_at IS NULL AND (instr(body, '[[' || :target || ']]') > 0 OR instr(body, '[[' || :target || '|') > 0)
         ORDER BY updated_at DESC`,
      )
      .all({ target }) as { id: string; title: string }[];
  }

  /** Several notes at once, in the order asked, for export. */
  getMany(ids: readonly string[]): PersonalNote[] {
    return ids.map((id) => this.get(id));
  }

  create(title?: string, body?: string): PersonalNote {
    const now = new Date().toISOString();
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO personal_notes (id, title, body, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)')
      .run(id, title?.trim() || UNTITLED, body ?? '', now, now);
    const note = this.get(id);
    this.onChange(note);
    return note;
  }

  save(id: string, title: string, body: string, baseVersion: number): SavedNote {
    const now = new Date().toISOString();
    const result = this.db
      .prepare(
        `UPDATE personal_notes SET title = ?, body = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND deleted_at IS NULL`,
      )
      .run(title.trim() || UNTITLED, body, now, id, baseVersion);
    if (result.changes === 0) {
      const current = this.get(id);
      throw new ApiError(
        'conflict',
        `This note was changed elsewhere (version ${current.version}, you started from ${baseVersion}). Reload it to see the newer text; your text was not saved.`,
      );
    }
    this.onChange({ id, title: title.trim() || UNTITLED, body });
    return { id, version: baseVersion + 1, updatedAt: now };
  }

  delete(id: string): { id: string } {
    const result = this.db
      .prepare('UPDATE personal_notes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(new Date().toISOString(), id);
    if (result.changes === 0) throw new ApiError('not_found', 'This note does not exist or was already deleted.');
    this.onChange({ id, deleted: true });
    return { id };
  }
}
