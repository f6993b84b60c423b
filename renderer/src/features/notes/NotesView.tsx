// My notes: a filtered, sorted list with a trash; a CodeMirror editor with live preview, tags and
// pins; PDF export of one note, a selection, a tag or everything; markdown and full backups.
import { useCallback, useState } from 'react';
import type { PersonalNoteSummary } from '../../../../main/common/contract';
import { ApiCallError, api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { navigate, routeHref } from '../../app/router';
import { deliverToLearner } from '../../ui/download';
import { Icon } from '../../ui/Icon';
import { ErrorMessage } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { NoteLoader, type PdfExportInput } from './NoteEditor';

type ListView = 'active' | 'trash';
type Sort = 'updated' | 'created' | 'title';

export function NotesView({ noteId }: { noteId?: string }) {
  const [view, setView] = useState<ListView>('active');
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<Sort>('updated');
  const [linksTo, setLinksTo] = useState('');
  const { notes: topics } = useCourseIndex();
  const diagrams = useAsync(() => api['diagrams.list']({}), []);
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<Error>();
  const list = useAsync(
    () => api['notes.list']({ view, tag: tag || undefined, linksTo: linksTo || undefined, sort }),
    [view, tag, linksTo, sort],
  );
  const tags = useAsync(() => api['notes.tags']({}), []);

  const run = useCallback(async (label: string, action: () => Promise<string | undefined>) => {
    setError(undefined);
    setMessage(`${label}…`);
    try {
      setMessage(await action());
    } catch (err) {
      setMessage(undefined);
      setError(err as Error);
    }
  }, []);

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

  // PDF exports run as named jobs: the stage shows while they run, and they can be cancelled.
  const [job, setJob] = useState<{ id: string; stage: string }>();
  const exportPdf = useCallback(
    (input: PdfExportInput) =>
      run('Exporting PDF', async () => {
        const jobId = crypto.randomUUID();
        setJob({ id: jobId, stage: 'preparing' });
        const poll = setInterval(() => {
          api['export.progress']({ jobId }).then(
            (p) => p && setJob((j) => (j?.id === jobId ? { id: jobId, stage: p.stage } : j)),
            () => {},
          );
        }, 400);
        try {
          return deliverToLearner(await api['notes.exportPdf']({ ...input, jobId }));
        } catch (err) {
          if (err instanceof ApiCallError && err.code === 'cancelled') return 'Export cancelled';
          throw err;
        } finally {
          clearInterval(poll);
          setJob(undefined);
        }
      }),
    [run],
  );

  return (
    <div className="notes">
      <nav className="notes-list" aria-label="My notes">
        <div className="notes-list-header">
          <h1>My notes</h1>
          <button type="button" className="primary" onClick={() => void create()}>
            New note
          </button>
        </div>
        <div className="notes-filters">
          <select aria-label="Show" value={view} onChange={(e) => setView(e.target.value as ListView)}>
            <option value="active">Notes</option>
            <option value="trash">Trash</option>
          </select>
          <select aria-label="Tag" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All tags</option>
            {tags.data?.map((t) => (
              <option key={t.tag} value={t.tag}>
                {t.tag} ({t.count})
              </option>
            ))}
          </select>
          <select aria-label="Links to" value={linksTo} onChange={(e) => setLinksTo(e.target.value)}>
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
          <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="updated">Last edited</option>
            <option value="created">Created</option>
            <option value="title">Title</option>
          </select>
        </div>
        {error && <ErrorMessage error={error} />}
        {message && (
          <p className="muted" role="status">
            {message}
          </p>
        )}
        {job && (
          <div className="export-progress" role="status" aria-live="polite">
            <progress aria-label="Export progress" />
            <span>PDF export: {job.stage}…</span>
            <button type="button" onClick={() => void api['export.cancel']({ jobId: job.id })}>
              Cancel export
            </button>
          </div>
        )}
        {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
        {list.data && list.data.length === 0 && (
          <p className="muted">
            {view === 'trash'
              ? 'The trash is empty.'
              : tag || linksTo
                ? 'No notes match these filters.'
                : 'No notes yet. Create one to start writing.'}
          </p>
        )}
        <ul>
          {list.data?.map((n) => (
            <NoteListItem
              key={n.id}
              note={n}
              current={n.id === noteId}
              selected={selected.includes(n.id)}
              onSelect={() => toggleSelected(n.id)}
              trash={view === 'trash'}
              onRestore={() =>
                run('Restoring', async () => {
                  await api['notes.restore']({ id: n.id });
                  list.reload();
                  return 'Restored';
                })
              }
              onPurge={() =>
                window.confirm(`Delete "${n.title}" for good?`)
                  ? run('Deleting', async () => {
                      await api['notes.purge']({ id: n.id });
                      list.reload();
                      return 'Deleted for good';
                    })
                  : undefined
              }
            />
          ))}
        </ul>
        {view === 'trash' ? (
          list.data &&
          list.data.length > 0 && (
            <button
              type="button"
              onClick={() =>
                window.confirm('Empty the trash? This cannot be undone.')
                  ? run('Emptying', async () => `${(await api['notes.emptyTrash']({})).purged} notes deleted for good`).then(list.reload)
                  : undefined
              }
            >
              Empty trash
            </button>
          )
        ) : (
          <ExportPanel
            selected={selected}
            tag={tag}
            run={run}
            exportPdf={exportPdf}
            onImported={() => {
              list.reload();
              tags.reload();
            }}
          />
        )}
      </nav>
      <div className="notes-editor-pane">
        {noteId ? (
          <NoteLoader
            key={noteId}
            id={noteId}
            onSaved={onSaved}
            onChanged={() => {
              list.reload();
              tags.reload();
            }}
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

function NoteListItem(props: {
  note: PersonalNoteSummary;
  current: boolean;
  selected: boolean;
  trash: boolean;
  onSelect: () => void;
  onRestore: () => void;
  onPurge: () => void;
}) {
  const { note } = props;
  return (
    <li className="note-item">
      {!props.trash && <input type="checkbox" aria-label={`Select ${note.title}`} checked={props.selected} onChange={props.onSelect} />}
      {props.trash ? (
        <span className="note-item-title">{note.title}</span>
      ) : (
        <a href={routeHref({ view: 'notes', noteId: note.id })} aria-current={props.current ? 'page' : undefined}>
          <span>
            {note.pinned && (
              <>
                <Icon name="pin" label="Pinned" />{' '}
              </>
            )}
            {note.title}
          </span>
          <time className="muted" dateTime={note.updatedAt}>
            {new Date(note.updatedAt).toLocaleDateString()}
          </time>
        </a>
      )}
      {note.tags.length > 0 && <span className="note-tags">{note.tags.map((t) => `#${t}`).join(' ')}</span>}
      {props.trash && (
        <span className="note-item-actions">
          <button type="button" onClick={props.onRestore}>
            Restore
          </button>
          <button type="button" onClick={props.onPurge}>
            Delete for good
          </button>
        </span>
      )}
    </li>
  );
}

function ExportPanel({
  selected,
  tag,
  run,
  exportPdf: startExport,
  onImported,
}: {
  selected: string[];
  tag: string;
  run: (label: string, action: () => Promise<string | undefined>) => Promise<void>;
  exportPdf: (input: PdfExportInput) => Promise<void>;
  onImported: () => void;
}) {
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4');
  const [appendix, setAppendix] = useState(false);
  const exportPdf = (which: { ids: string[] } | { tag: string } | { all: true }) => startExport({ ...which, pageSize, appendix });
  const importFile = (file: File | undefined) =>
    file &&
    run('Importing', async () => {
      const summary = await api['backup.import']({ content: await file.text() });
      onImported();
      return `Imported: ${summary.notes.added} notes added, ${summary.notes.updated} updated, ${summary.notes.keptNewer} kept (yours were newer); ${summary.attempts.added} answers added, ${summary.attempts.skipped} already there.`;
    });
  return (
    <details className="export-panel">
      <summary>Export and backup</summary>
      <label>
        Page size
        <select value={pageSize} onChange={(e) => setPageSize(e.target.value as 'A4' | 'Letter')}>
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={appendix} onChange={(e) => setAppendix(e.target.checked)} /> Add linked course notes as an appendix
      </label>
      <div className="export-buttons">
        <button type="button" disabled={selected.length === 0} onClick={() => void exportPdf({ ids: selected })}>
          PDF of selected ({selected.length})
        </button>
        <button type="button" disabled={!tag} onClick={() => void exportPdf({ tag })}>
          PDF of tag {tag ? `#${tag}` : ''}
        </button>
        <button type="button" onClick={() => void exportPdf({ all: true })}>
          PDF of all notes
        </button>
        <button
          type="button"
          onClick={() => void run('Exporting markdown', async () => deliverToLearner(await api['notes.exportMarkdown']({})))}
        >
          Markdown folder (.zip)
        </button>
        <button type="button" onClick={() => void run('Backing up', async () => deliverToLearner(await api['backup.export']({})))}>
          Back up everything
        </button>
        <label className="button-link">
          Import a backup…
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
      </div>
    </details>
  );
}
