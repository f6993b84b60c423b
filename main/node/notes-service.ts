// Personal notes. Every save names the version it started from; a stale version means another
// window saved in between, and the save is refused rather than silently overwriting that text.
// Deleting moves a note to the trash, from where it can be restored or purged.
import { randomUUID } from 'node:crypto';
import type { PersonalNote, PersonalNoteSummary, SavedNote } from '../common/contract';
import { ApiError } from '../common/result';
import { linksTo } from '../common/wikilinks';
import type { Db } from './database';

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

const toNote = (r: NoteRow): PersonalNote => ({ ...toSummary(r), body: r.body });

export const UNTITLED = 'Untitled note';

export type NoteChange = { id: string; title: string; body: string } | { id: string; deleted: true };

export interface NoteListOptions {
  view: 'active' | 'trash';
  tag?: string;
  linksTo?: string;
  sort: 'updated' | 'created' | 'title';
}

const SUMMARY_COLUMNS = 'id, title, version, created_at, updated_at, deleted_at, tags, pinned';
const ORDER: Record<NoteListOptions['sort'], string> = {
  updated: 'updated_at DESC',
  created: 'created_at DESC',
  title: 'title COLLATE NOCASE ASC',
};

export class NotesService {
  constructor(
    private readonly db: Db,
    /** Told after every committed change, so derived indexes (search) stay current. */
    private readonly onChange: (change: NoteChange) => void = () => {},
    /** A link target (topic id or title) to its topic id, so [[Title]] links count as links to the topic. */
    private readonly topicId: (target: string) => string | undefined = () => undefined,
  ) {}

  list(options: NoteListOptions = { view: 'active', sort: 'updated' }): PersonalNoteSummary[] {
    const where = [options.view === 'trash' ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
    const params: Record<string, string> = {};
    if (options.tag) {
      where.push('EXISTS (SELECT 1 FROM json_each(tags) WHERE value = :tag)');
      params.tag = options.tag;
    }
    // Links are parsed in code, not matched in SQL: a target may be written as a title in any case.
    if (options.linksTo) where.push("instr(body, '[[') > 0");
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS}${options.linksTo ? ', body' : ''} FROM personal_notes WHERE ${where.join(' AND ')}
         ORDER BY pinned DESC, ${ORDER[options.sort]}`,
      )
      .all(params) as (Omit<NoteRow, 'body'> & { body?: string })[];
    const target = options.linksTo;
    return (target ? rows.filter((r) => linksTo(r.body ?? '', target, this.topicId)) : rows).map(toSummary);
  }

  tags(): { tag: string; count: number }[] {
    return this.db
      .prepare(
        `SELECT value AS tag, count(*) AS count FROM personal_notes, json_each(personal_notes.tags)
         WHERE deleted_at IS NULL GROUP BY value ORDER BY value COLLATE NOCASE`,
      )
      .all() as { tag: string; count: number }[];
  }

  get(id: string): PersonalNote {
    const row = this.db.prepare('SELECT * FROM personal_notes WHERE id = ? AND deleted_at IS NULL').get(id) as NoteRow | undefined;
    if (!row) throw new ApiError('not_found', 'This note does not exist or is in the trash.');
    return toNote(row);
  }

  /** Notes that link to a target (a topic id, a diagram id or diagram#node), by id or by the topic's title. */
  linkingTo(target: string): { id: string; title: string }[] {
    return this.list({ view: 'active', linksTo: target, sort: 'updated' }).map((n) => ({ id: n.id, title: n.title }));
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

  setMeta(id: string, meta: { tags?: string[]; pinned?: boolean }): PersonalNoteSummary {
    const note = this.get(id);
    const tags = meta.tags ? [...new Set(meta.tags.map((t) => t.trim()).filter(Boolean))] : note.tags;
    this.db
      .prepare('UPDATE personal_notes SET tags = ?, pinned = ? WHERE id = ?')
      .run(JSON.stringify(tags), (meta.pinned ?? note.pinned) ? 1 : 0, id);
    return this.summary(id);
  }

  delete(id: string): { id: string } {
    const result = this.db
      .prepare('UPDATE personal_notes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(new Date().toISOString(), id);
    if (result.changes === 0) throw new ApiError('not_found', 'This note does not exist or is already in the trash.');
    this.onChange({ id, deleted: true });
    return { id };
  }

  restore(id: string): PersonalNoteSummary {
    const result = this.db.prepare('UPDATE personal_notes SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) throw new ApiError('not_found', 'This note is not in the trash.');
    const note = this.get(id);
    this.onChange(note);
    return note;
  }

  /** Deletes for good, and only from the trash, so nothing is lost by one click. */
  purge(id: string): { id: string } {
    const result = this.db.prepare('DELETE FROM personal_notes WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) throw new ApiError('not_found', 'Only notes in the trash can be deleted for good.');
    return { id };
  }

  emptyTrash(): { purged: number } {
    return { purged: this.db.prepare('DELETE FROM personal_notes WHERE deleted_at IS NOT NULL').run().changes };
  }

  private summary(id: string): PersonalNoteSummary {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM personal_notes WHERE id = ?`).get(id) as Omit<NoteRow, 'body'>;
    return toSummary(row);
  }
}
