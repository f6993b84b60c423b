// The course library: note summaries and bodies from the content index, joined with the
// learner's per-topic status from the database.
import type { CourseNote, CourseNoteSummary, TopicStatus } from '../common/contract';
import { ApiError } from '../common/result';
import type { ContentIndex } from './content';
import type { Db } from './database';
import type { NotesService } from './notes-service';

export class LibraryService {
  constructor(
    private readonly db: Db,
    private readonly content: ContentIndex,
    private readonly notes: NotesService,
  ) {}

  private statuses(): Map<string, TopicStatus> {
    const rows = this.db.prepare('SELECT topic_id, status FROM topic_progress').all() as { topic_id: string; status: TopicStatus }[];
    return new Map(rows.map((r) => [r.topic_id, r.status]));
  }

  list(): CourseNoteSummary[] {
    const statuses = this.statuses();
    const out: CourseNoteSummary[] = [];
    for (const topic of this.content.topics) {
      const note = this.content.notes.get(topic.id);
      if (!note) continue;
      out.push({
        id: topic.id,
        title: note.meta.title,
        domain: note.meta.domain,
        tags: note.meta.tags,
        status: statuses.get(topic.id) ?? 'new',
      });
    }
    return out;
  }

  get(id: string): CourseNote {
    const note = this.content.notes.get(id);
    if (!note) throw new ApiError('not_found', `There is no course note "${id}".`);
    const status = this.statuses().get(id) ?? 'new';
    const appearsIn = [...this.content.diagrams.values()]
      .map((d) => ({ diagramId: d.id, title: d.title, nodeIds: d.nodes.filter((n) => n.topics.includes(id)).map((n) => n.id) }))
      .filter((d) => d.nodeIds.length > 0);
    const myNotes = this.notes.linkingTo(id);
    return { ...note.meta, markdown: note.markdown, status, appearsIn, myNotes };
  }

  setStatus(id: string, status: TopicStatus): CourseNoteSummary {
    const note = this.content.notes.get(id);
    if (!note) throw new ApiError('not_found', `There is no course note "${id}".`);
    this.db
      .prepare(
        `INSERT INTO topic_progress (topic_id, status, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (topic_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
      )
      .run(id, status, new Date().toISOString());
    return { id, title: note.meta.title, domain: note.meta.domain, tags: note.meta.tags, status };
  }
}
