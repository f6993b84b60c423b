// The course library: note summaries and bodies from the content index, joined with the
// learner's per-topic status from the database.
import type { CourseNote, CourseNoteSummary, TopicStatus } from '../common/contract';
import { ApiError } from '../common/result';
import type { ContentIndex } from './content';
import type { Db } from './database';
import type { NotesService } from './notes-service';
import { setTopicStatus, topicStatuses } from './store/topic-progress';
import { diagramsForTopics } from './topic-diagrams';

export class LibraryService {
  constructor(
    private readonly db: Db,
    private readonly content: ContentIndex,
    private readonly notes: NotesService,
  ) {}

  private statuses(): Map<string, TopicStatus> {
    return topicStatuses(this.db);
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
    const appearsIn = diagramsForTopics(this.content.diagrams.values(), [id]);
    const myNotes = this.notes.linkingTo(id);
    return { ...note.meta, markdown: note.markdown, status, appearsIn, myNotes };
  }

  setStatus(id: string, status: TopicStatus): CourseNoteSummary {
    const note = this.content.notes.get(id);
    if (!note) throw new ApiError('not_found', `There is no course note "${id}".`);
    setTopicStatus(this.db, id, status, new Date().toISOString());
    return { id, title: note.meta.title, domain: note.meta.domain, tags: note.meta.tags, status };
  }
}
