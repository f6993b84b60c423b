// My notes: a list, an editor with live preview and autosave, and PDF export.
import { useCallback, useState } from 'react';
import type { PersonalNote } from '../../../../main/common/contract';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { navigate } from '../../app/router';
import { Markdown } from '../../ui/Markdown';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { type SaveState, useAutosave } from './useAutosave';

const SAVE_LABEL: Record<SaveState, string> = {
  saved: 'All changes saved',
  dirty: 'Unsaved changes…',
  saving: 'Saving…',
  conflict: 'Not saved: changed in another window',
  error: 'Not saved',
};

export function NotesView({ noteId }: { noteId?: string }) {
  const list = useAsync(() => api['notes.list']({}), []);
  const [error, setError] = useState<Error>();

  const create = async () => {
    try {
      const note = await api['notes.create']({});
      list.reload();
      navigate(`#/notes/${note.id}`);
    } catch (err) {
      setError(err as Error);
    }
  };

  const onSaved = useCallback(
    (id: string, title: string, updatedAt: string) => {
      if (list.data) list.setData(list.data.map((n) => (n.id === id ? { ...n, title, updatedAt } : n)));
    },
    [list.data, list.setData],
  );

  return (
    <div className="notes">
      <nav className="notes-list" aria-label="My notes">
        <div className="notes-list-header">
          <h1>My notes</h1>
          <button type="button" className="primary" onClick={create}>
            New note
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
        {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
        {list.data && list.data.length === 0 && <p className="muted">No notes yet. Create one to start writing.</p>}
        <ul>
          {list.data?.map((n) => (
            <li key={n.id}>
              <a href={`#/notes/${n.id}`} aria-current={n.id === noteId ? 'page' : undefined}>
                <span>{n.title}</span>
                <time className="muted" dateTime={n.updatedAt}>
                  {new Date(n.updatedAt).toLocaleDateString()}
                </time>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="notes-editor-pane">
        {noteId ? (
          <NoteLoader
            key={noteId}
            id={noteId}
            onSaved={onSaved}
            onDeleted={() => {
              list.reload();
              navigate('#/notes');
            }}
          />
        ) : (
          <p className="muted welcome">Choose a note, or create a new one.</p>
        )}
      </div>
    </div>
  );
}

function NoteLoader({
  id,
  onSaved,
  onDeleted,
}: {
  id: string;
  onSaved: (id: string, t: string, u: string) => void;
  onDeleted: () => void;
}) {
  const { data, error, loading, reload } = useAsync(() => api['notes.get']({ id }), [id]);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="note" />;
  return <NoteEditor key={`${data.id}:${data.version}`} note={data} onSaved={onSaved} onDeleted={onDeleted} onReload={reload} />;
}

function NoteEditor({
  note,
  onSaved,
  onDeleted,
  onReload,
}: {
  note: PersonalNote;
  onSaved: (id: string, t: string, u: string) => void;
  onDeleted: () => void;
  onReload: () => void;
}) {
  const { resolveLink, notes } = useCourseIndex();
  const handleSaved = useCallback((t: string, u: string) => onSaved(note.id, t, u), [note.id, onSaved]);
  const { title, body, state, message, update, flush } = useAutosave(note, handleSaved);
  const [exportState, setExportState] = useState<string>();

  const exportPdf = async () => {
    await flush();
    setExportState('Exporting…');
    try {
      const result = await api['notes.exportPdf']({ ids: [note.id] });
      if (result.kind === 'download') {
        const bytes = Uint8Array.from(atob(result.base64), (c) => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = result.fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        setExportState(`Downloaded ${result.fileName}`);
      } else if (result.kind === 'saved') setExportState(`Saved to ${result.path}`);
      else setExportState(undefined);
    } catch (err) {
      setExportState(`Export failed: ${(err as Error).message}`);
    }
  };

  const remove = async () => {
    if (!window.confirm(`Delete "${title}"?`)) return;
    await api['notes.delete']({ id: note.id });
    onDeleted();
  };

  return (
    <div className="note-editor">
      <div className="note-toolbar">
        <input
          className="note-title-input"
          aria-label="Note title"
          value={title}
          onChange={(e) => update({ title: e.target.value })}
          onBlur={() => void flush()}
        />
        <span className={`save-state save-${state}`} role="status" aria-live="polite">
          {SAVE_LABEL[state]}
        </span>
        <button type="button" onClick={exportPdf}>
          Export PDF
        </button>
        <button type="button" onClick={remove}>
          Delete
        </button>
      </div>
      {state === 'conflict' && (
        <div className="status status-error" role="alert">
          <p>{message}</p>
          <p>Copy your text if you need it, then reload the note.</p>
          <button type="button" onClick={onReload}>
            Reload note
          </button>
        </div>
      )}
      {state === 'error' && message && <p className="status status-error">{message}</p>}
      {exportState && (
        <p className="muted" role="status">
          {exportState}
        </p>
      )}
      <div className="note-split">
        <textarea
          aria-label="Note text (markdown)"
          value={body}
          onChange={(e) => update({ body: e.target.value })}
          onBlur={() => void flush()}
          spellCheck
          placeholder="Write in markdown. Link a course topic with [[topic-id]]; draw with a ```mermaid block."
        />
        <section className="note-preview" aria-label="Preview">
          <Markdown markdown={body} resolveLink={resolveLink} linkKey={`course-${notes.length}`} />
        </section>
      </div>
    </div>
  );
}
