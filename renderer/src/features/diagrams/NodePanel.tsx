// The side panel of a node: its course note, a link to the full note, the learner's notes
// pinned to this node, and a button to write a new one there.
import type { DiagramNodeSpec } from '@common/content-schema';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { navigate, routeHref } from '../../app/router';
import { Markdown } from '../../ui/Markdown';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';

export function NodePanel({
  diagramId,
  diagramTitle,
  node,
  onClose,
}: {
  diagramId: string;
  diagramTitle: string;
  node: DiagramNodeSpec;
  onClose: () => void;
}) {
  const { byId } = useCourseIndex();
  const pinned = useAsync(() => api['diagrams.nodeNotes']({ diagramId, nodeId: node.id }), [diagramId, node.id]);
  const topicId = node.topics[0];

  const addNote = async () => {
    const note = await api['notes.create']({
      title: `${node.label} — ${diagramTitle}`.slice(0, 200),
      body: `[[${diagramId}#${node.id}]]\n\n`,
    });
    navigate({ view: 'notes', noteId: note.id });
  };

  return (
    <aside className="node-panel" aria-label={`About ${node.label}`}>
      <header>
        <h2>{node.label}</h2>
        <button type="button" onClick={onClose} aria-label="Close panel">
          ×
        </button>
      </header>
      {node.service && <p className="muted">{node.service}</p>}
      <section aria-label="My notes on this node" className="pinned-notes">
        <h3>My notes here</h3>
        {pinned.data && pinned.data.length > 0 ? (
          <ul>
            {pinned.data.map((n) => (
              <li key={n.id}>
                <a href={routeHref({ view: 'notes', noteId: n.id })}>{n.title}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None yet.</p>
        )}
        <button type="button" onClick={addNote}>
          Add a note here
        </button>
      </section>
      {topicId ? <LinkedNote topicId={topicId} /> : <p>No course note for this node.</p>}
      {node.topics.length > 1 && (
        <p>
          Also:{' '}
          {node.topics.slice(1).map((t) => (
            <a key={t} href={routeHref({ view: 'library', topicId: t })} className="chip">
              {byId.get(t)?.title ?? t}
            </a>
          ))}
        </p>
      )}
    </aside>
  );
}

function LinkedNote({ topicId }: { topicId: string }) {
  const { resolveLink, notes } = useCourseIndex();
  const { data, error, loading } = useAsync(() => api['library.get']({ id: topicId }), [topicId]);
  if (error) return <ErrorMessage error={error} />;
  if (loading || !data) return <Loading what="note" />;
  return (
    <div className="linked-note">
      <h3 data-testid="linked-note-title">{data.title}</h3>
      <a className="button-link" href={routeHref({ view: 'library', topicId })}>
        Open the full note
      </a>
      <Markdown markdown={data.markdown} resolveLink={resolveLink} linkKey={`course-${notes.length}`} />
    </div>
  );
}
