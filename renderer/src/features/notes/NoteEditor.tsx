// One personal note open for editing: title, save state and actions, tags, and the markdown
// editor beside its live preview (or either alone).

import type { PersonalNote } from '@common/contract';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { useCourseContent } from '../../ui/course-content';
import { Markdown } from '../../ui/Markdown';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { type LinkTarget, MarkdownEditor } from './MarkdownEditor';
import type { RunAction } from './useActionStatus';
import { type SaveState, useAutosave } from './useAutosave';
import type { PdfExportInput } from './usePdfExportJob';

const SAVE_LABEL: Record<SaveState, string> = {
  saved: 'All changes saved',
  dirty: 'Unsaved changes…',
  saving: 'Saving…',
  conflict: 'Not saved: changed in another window',
  error: 'Not saved',
};

/** Loads one note; a reload after a conflict remounts the editor on the newer version. */
export function NoteLoader(props: {
  id: string;
  onSaved: (id: string, t: string, u: string) => void;
  onChanged: () => void;
  onDeleted: () => void;
  run: RunAction;
  exportPdf: (input: PdfExportInput) => Promise<void>;
}) {
  const { data, error, loading, reload } = useAsync(() => api['notes.get']({ id: props.id }), [props.id]);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="note" />;
  return <NoteEditor key={`${data.id}:${data.version}`} note={data} {...props} onReload={reload} />;
}

type Layout = 'split' | 'editor' | 'preview';

function NoteEditor({
  note,
  onSaved,
  onChanged,
  onDeleted,
  onReload,
  run,
  exportPdf: startExport,
}: {
  note: PersonalNote;
  onSaved: (id: string, t: string, u: string) => void;
  onChanged: () => void;
  onDeleted: () => void;
  onReload: () => void;
  run: RunAction;
  exportPdf: (input: PdfExportInput) => Promise<void>;
}) {
  const { resolveLink, notes } = useCourseIndex();
  const diagramNodes = useCourseContent('diagrams.nodeIndex', {});
  const handleSaved = useCallback((t: string, u: string) => onSaved(note.id, t, u), [note.id, onSaved]);
  const { title, body, state, message, update, flush } = useAutosave(note, handleSaved);
  const [layout, setLayout] = useState<Layout>('split');
  const [tagText, setTagText] = useState(note.tags.join(', '));
  const [pinned, setPinned] = useState(note.pinned);
  const linkTargets = useMemo<LinkTarget[]>(
    () => [
      ...notes.map((n) => ({ id: n.id, label: n.title, kind: 'topic' as const })),
      ...(diagramNodes.data ?? []).map((n) => ({
        id: `${n.diagramId}#${n.nodeId}`,
        label: `${n.label} — ${n.diagramTitle}`,
        kind: 'diagram node' as const,
      })),
    ],
    [notes, diagramNodes.data],
  );

  // Ctrl/Cmd+S saves now; Ctrl/Cmd+E cycles the layout.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      if (event.key === 's') {
        event.preventDefault();
        void flush();
      } else if (event.key === 'e') {
        event.preventDefault();
        setLayout((l) => (l === 'split' ? 'editor' : l === 'editor' ? 'preview' : 'split'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush]);

  const saveMeta = (meta: { tags?: string[]; pinned?: boolean }) =>
    run('Saving', async () => {
      await api['notes.setMeta']({ id: note.id, ...meta });
      onChanged();
      return undefined;
    });

  const exportPdf = async () => {
    await flush();
    await startExport({ ids: [note.id] });
  };

  const remove = async () => {
    await flush();
    await api['notes.delete']({ id: note.id });
    onDeleted();
  };

  return (
    <div className="note-editor">
      <div className="note-toolbar">
        <div className="note-title-row">
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
        </div>
        <div className="note-actions">
          <button
            type="button"
            aria-pressed={pinned}
            onClick={() => {
              setPinned(!pinned);
              void saveMeta({ pinned: !pinned });
            }}
          >
            {pinned ? 'Unpin' : 'Pin'}
          </button>
          <select aria-label="Layout" value={layout} onChange={(e) => setLayout(e.target.value as Layout)}>
            <option value="split">Editor and preview</option>
            <option value="editor">Editor only</option>
            <option value="preview">Preview only</option>
          </select>
          <button type="button" onClick={() => void exportPdf()}>
            Export PDF
          </button>
          <button type="button" onClick={() => void remove()}>
            Move to trash
          </button>
        </div>
      </div>
      <label className="note-tags-input">
        Tags
        <input
          value={tagText}
          placeholder="comma, separated"
          onChange={(e) => setTagText(e.target.value)}
          onBlur={() =>
            void saveMeta({
              tags: tagText
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
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
      <div className={`note-split layout-${layout}`}>
        {layout !== 'preview' && (
          <MarkdownEditor
            value={body}
            onChange={(b) => update({ body: b })}
            onBlur={() => void flush()}
            linkTargets={linkTargets}
            label="Note text (markdown)"
          />
        )}
        {layout !== 'editor' && (
          <section className="note-preview" aria-label="Preview">
            <Markdown markdown={body} resolveLink={resolveLink} linkKey={`course-${notes.length}`} lineBreaks />
          </section>
        )}
      </div>
    </div>
  );
}
