// The four selects above the notes list: notes or trash, a tag, a linked topic or diagram, the order.
import type { ApiOutput } from '@common/contract';
import { useCourseIndex } from '../../app/course-index';
import { useCourseContent } from '../../ui/course-content';

export interface NoteFilterValues {
  view: 'active' | 'trash';
  tag: string;
  /** A course topic or diagram id, or '' for any. */
  linksTo: string;
  sort: 'updated' | 'created' | 'title';
}

export function NotesFilters({
  value,
  tags,
  onChange,
}: {
  value: NoteFilterValues;
  tags: ApiOutput<'notes.tags'> | undefined;
  onChange: (change: Partial<NoteFilterValues>) => void;
}) {
  const { notes: topics } = useCourseIndex();
  const diagrams = useCourseContent('diagrams.list', {});
  return (
    <div className="notes-filters">
      <select aria-label="Show" value={value.view} onChange={(e) => onChange({ view: e.target.value as NoteFilterValues['view'] })}>
        <option value="active">Notes</option>
        <option value="trash">Trash</option>
      </select>
      <select aria-label="Tag" value={value.tag} onChange={(e) => onChange({ tag: e.target.value })}>
        <option value="">All tags</option>
        {tags?.map((t) => (
          <option key={t.tag} value={t.tag}>
            {t.tag} ({t.count})
          </option>
        ))}
      </select>
      <select aria-label="Links to" value={value.linksTo} onChange={(e) => onChange({ linksTo: e.target.value })}>
        <option value="">Any topic or diagram</option>
        <optgroup label="Course topics">
          {topics.map((n) => (
            <option key={n.id} value={n.id}>
              {n.title}
            </option>
          ))}
        </optgroup>
        <optgroup label="Diagrams">
          {diagrams.data?.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </optgroup>
      </select>
      <select aria-label="Sort" value={value.sort} onChange={(e) => onChange({ sort: e.target.value as NoteFilterValues['sort'] })}>
        <option value="updated">Last edited</option>
        <option value="created">Created</option>
        <option value="title">Title</option>
      </select>
    </div>
  );
}
