// My notes: a filtered, sorted list with a trash (NotesList, NotesFilters, TrashActions) beside
// the open note's editor (NoteEditor); PDF export of one note, a selection, a tag or everything
// as a cancellable job (usePdfExportJob), markdown and full backups (ExportPanel).
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { ErrorMessage } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { ExportPanel, ExportProgress } from './ExportPanel';
import { NoteLoader } from './NoteEditor';
import { type NoteFilterValues, NotesFilters } from './NotesFilters';
import { NotesList } from './NotesList';
import { EmptyTrashButton } from './TrashActions';
import { useActionStatus } from './useActionStatus';
import { usePdfExportJob } from './usePdfExportJob';
import './notes.css';
import './note-editor.css';

export function NotesView({ noteId }: { noteId?: string }) {
  const [filters, setFilters] = useState<NoteFilterValues>({ view: 'active', tag: '', linksTo: '', sort: 'updated' });
  const { view, tag, linksTo, sort } = filters;
  const [selected, setSelected] = useState<string[]>([]);
  const { run, message, error } = useActionStatus();
  const { job, exportPdf, cancel } = usePdfExportJob(run);
  const list = useAsync(
    () => api['notes.list']({ view, tag: tag || undefined, linksTo: linksTo || undefined, sort }),
    [view, tag, linksTo, sort],
  );
  const tags = useAsync(() => api['notes.tags']({}), []);
  const reloadListAndTags = () => {
    list.reload();
    tags.reload();
  };

  const create = () =>
    run('Creating', async () => {
      const note = await api['notes.create']({});
      list.reload();
      navigate({ view: 'notes', noteId: note.id });
      return undefined;
    });

  const onSaved = useCallback(
    (id: string, title: string, updatedAt: string) => {
      if (list.data) list.setData(list.data.map((n) => (n.id === id ? { ...n, title, updatedAt } : n)));
    },
    [list.data, list.setData],
  );

  const toggleSelected = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  return (
    <div className="notes">
      <nav className="notes-list" aria-label="My notes">
        <div className="notes-list-header">
          <h1>My notes</h1>
          <button type="button" className="primary" onClick={() => void create()}>
            New note
          </button>
        </div>
        <NotesFilters value={filters} tags={tags.data} onChange={(change) => setFilters((f) => ({ ...f, ...change }))} />
        {error && <ErrorMessage error={error} />}
        {message && (
          <p className="muted" role="status">
            {message}
          </p>
        )}
        {job && <ExportProgress job={job} onCancel={cancel} />}
        {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
        <NotesList
          notes={list.data}
          currentId={noteId}
          trash={view === 'trash'}
          filtered={Boolean(tag || linksTo)}
          selected={selected}
          onToggleSelected={toggleSelected}
          run={run}
          onChanged={list.reload}
        />
        {view === 'trash' ? (
          list.data && list.data.length > 0 && <EmptyTrashButton run={run} onEmptied={list.reload} />
        ) : (
          <ExportPanel selected={selected} tag={tag} run={run} exportPdf={exportPdf} onImported={reloadListAndTags} />
        )}
      </nav>
      <div className="notes-editor-pane">
        {noteId ? (
          <NoteLoader
            key={noteId}
            id={noteId}
            onSaved={onSaved}
            onChanged={reloadListAndTags}
            onDeleted={() => {
              list.reload();
              navigate({ view: 'notes' });
            }}
            run={run}
            exportPdf={exportPdf}
          />
        ) : (
          <p className="muted welcome">Choose a note, or create a new one.</p>
        )}
      </div>
    </div>
  );
}
