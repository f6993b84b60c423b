// The side panel of a node: its connections (each neighbour a button that opens its panel), its
// course note, a link to the full note, the learner's notes pinned to this node, and a button to
// write a new one there.
import type { DiagramNodeSpec, DiagramSpec } from '@common/content-schema';
import { useEffect, useId, useMemo, useRef } from 'react';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { navigate, routeHref } from '../../app/router';
import { Markdown } from '../../ui/Markdown';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { describeConnections } from './connections';

export function NodePanel({
  diagramId,
  diagramTitle,
  node,
  nodes,
  edges,
  onClose,
  onSelectNode,
}: {
  diagramId: string;
  diagramTitle: string;
  node: DiagramNodeSpec;
  /** The diagram's nodes and edges, from which the panel lists this node's connections. */
  nodes: DiagramSpec['nodes'];
  edges: DiagramSpec['edges'];
  onClose: () => void;
  /** Opens the panel of another node: a neighbour picked in the connections list. */
  onSelectNode: (nodeId: string) => void;
}) {
  const { byId } = useCourseIndex();
  const pinned = useAsync(() => api['diagrams.nodeNotes']({ diagramId, nodeId: node.id }), [diagramId, node.id]);
  const topicId = node.topics[0];
  // A neighbour picked in the connections list replaces this panel's node, and the button that
  // was pressed goes away with the old list: focus moves to the new node's name instead of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const picked = useRef<string>(undefined);
  useEffect(() => {
    if (picked.current === node.id) heading.current?.focus();
    picked.current = undefined;
  }, [node.id]);
  const selectNeighbour = (nodeId: string) => {
    picked.current = nodeId;
    onSelectNode(nodeId);
  };

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
        <h2 ref={heading} tabIndex={-1}>
          {node.label}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close panel">
          ×
        </button>
      </header>
      {node.service && <p className="muted">{node.service}</p>}
      <Connections nodeId={node.id} nodes={nodes} edges={edges} onSelectNode={selectNeighbour} />
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

function Connections({
  nodeId,
  nodes,
  edges,
  onSelectNode,
}: {
  nodeId: string;
  nodes: DiagramSpec['nodes'];
  edges: DiagramSpec['edges'];
  onSelectNode: (nodeId: string) => void;
}) {
  const connections = useMemo(() => describeConnections(nodeId, nodes, edges), [nodeId, nodes, edges]);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="node-connections">
      <h3 id={titleId}>Connections</h3>
      {connections.length > 0 ? (
        <ul>
          {connections.map((c) => (
            <li key={`${c.direction}-${c.edgeId}`}>
              {c.lead}{' '}
              <button type="button" className="link-button" onClick={() => onSelectNode(c.otherId)}>
                {c.otherLabel}
              </button>
              {c.kindSuffix && <span className="muted connection-kind"> {c.kindSuffix}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}
    </section>
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
