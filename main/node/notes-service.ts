// Personal notes. Every save names the version it started from; a stale version means another
// window saved in between, and the save is refused rather than silently overwriting that text.
// Deleting moves a note to the trash, from where it can be restored or purged.
import { randomUUID } from 'node:crypto';
import type { PersonalNote, PersonalNoteSummary, SavedNote } from '../common/contract';
import { ApiError } from '../common/result';
import { linksTo } from '../common/wikilinks';
import type { Db } from './database';
import {
  findLiveNote,
  findLiveNotes,
  findSummary,
  insertNote,
  listNotes,
  type NoteSort,
  purgeNote,
  purgeTrash,
  tagCounts,
  trashNote,
  untrashNote,
  updateNoteMeta,
  updateNoteText,
} from './store/personal-notes';

export const UNTITLED = 'Untitled note';

export type NoteChange = { id: string; title: string; body: string } | { id: string; deleted: true };

export interface NoteListOptions {
  view: 'active' | 'trash';
  tag?: string;
  linksTo?: string;
  sort: NoteSort;
}

export class NotesService {
  constructor(
    private readonly db: Db,
    /** Told after every committed change, so derived indexes (search) stay current. */
    private readonly onChange: (change: NoteChange) => void = () => {},
    /** A link target (topic id or title) to its topic id, so [[Title]] links count as links to the topic. */
    private readonly topicId: (target: string) => string | undefined = () => undefined,
  ) {}

  list(options: NoteListOptions = { view: 'active', sort: 'updated' }): PersonalNoteSummary[] {
    const target = options.linksTo;
    // Links are parsed in code, not matched in SQL: a target may be written as a title in any case.
    const rows = listNotes(this.db, { trash: options.view === 'trash', tag: options.tag, sort: options.sort, withLinks: !!target });
    return (target ? rows.filter((r) => linksTo(r.body ?? '', target, this.topicId)) : rows).map(({ body: _body, ...summary }) => summary);
  }

  tags(): { tag: string; count: number }[] {
    return tagCounts(this.db);
  }

  get(id: string): PersonalNote {
    const note = findLiveNote(this.db, id);
    if (!note) throw new ApiError('not_found', 'This note does not exist or is in the trash.');
    return note;
  }

  /** Notes that link to a target (a topic id, a diagram id or diagram#node), by id or by the topic's title. */
  linkingTo(target: string): { id: string; title: string }[] {
    return this.list({ view: 'active', linksTo: target, sort: 'updated' }).map((n) => ({ id: n.id, title: n.title }));
  }

  /** Several notes at once, in the order asked, for export: one query, however many notes. */
  getMany(ids: readonly string[]): PersonalNote[] {
    const found = new Map(findLiveNotes(this.db, ids).map((n) => [n.id, n]));
    return ids.map((id) => {
      const note = found.get(id);
      if (!note) throw new ApiError('not_found', 'This note does not exist or is in the trash.');
      return note;
    });
  }

  create(title?: string, body?: string): PersonalNote {
    const now = new Date().toISOString();
    const id = randomUUID();
    insertNote(this.db, { id, title: title?.trim() || UNTITLED, body: body ?? '', at: now });
    const note = this.get(id);
    this.onChange(note);
    return note;
  }

  save(id: string, title: string, body: string, baseVersion: number): SavedNote {
    const now = new Date().toISOString();
    if (!updateNoteText(this.db, id, { title: title.trim() || UNTITLED, body, at: now }, baseVersion)) {
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
    updateNoteMeta(this.db, id, tags, meta.pinned ?? note.pinned);
    return this.summary(id);
  }

  delete(id: string): { id: string } {
    if (!trashNote(this.db, id, new Date().toISOString()))
      throw new ApiError('not_found', 'This note does not exist or is already in the trash.');
    this.onChange({ id, deleted: true });
    return { id };
  }

  restore(id: string): PersonalNoteSummary {
    if (!untrashNote(this.db, id)) throw new ApiError('not_found', 'This note is not in the trash.');
    const note = this.get(id);
    this.onChange(note);
    return note;
  }

  /** Deletes for good, and only from the trash, so nothing is lost by one click. */
  purge(id: string): { id: string } {
    if (!purgeNote(this.db, id)) throw new ApiError('not_found', 'Only notes in the trash can be deleted for good.');
    return { id };
  }

  emptyTrash(): { purged: number } {
    return { purged: purgeTrash(this.db) };
  }

  private summary(id: string): PersonalNoteSummary {
    const summary = findSummary(this.db, id);
    if (!summary) throw new ApiError('not_found', 'This note does not exist.');
    return summary;
  }
}
