// Diagrams: an index of the course's architectures, and a live canvas where every node opens
// its note and a walk-through steps through the flow.
import { Background, Controls, MiniMap, type Node, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DiagramSpec } from '../../../../main/common/content-schema';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { navigate } from '../../app/router';
import { useTheme } from '../../app/theme';
import { Markdown } from '../../ui/Markdown';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { EDGE_COLOURS, type ServiceNodeData, toFlow } from './flow-model';
import { NODE_TYPES } from './ServiceNode';

const miniMapColour = (node: Node) => ((node.data as ServiceNodeData).kind === 'service' ? '#ed7100' : '#8b949e');

export function DiagramsView({ diagramId, nodeId }: { diagramId?: string; nodeId?: string }) {
  if (diagramId) return <DiagramScreen key={diagramId} id={diagramId} nodeId={nodeId} />;
  return <DiagramIndex />;
}

function DiagramIndex() {
  const { data, error, loading, reload } = useAsync(() => api['diagrams.list']({}), []);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="diagrams" />;
  return (
    <div className="page">
      <h1>Diagrams</h1>
      <ul className="card-grid">
        {data.map((d) => (
          <li key={d.id} className="card">
            <a href={`#/diagrams/${d.id}`}>
              <h2>{d.title}</h2>
            </a>
            <p>{d.summary}</p>
            <p className="muted">
              {d.domain} · {d.nodeCount} nodes
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function DiagramScreen({ id, nodeId }: { id: string; nodeId?: string }) {
  const { data, error, loading, reload } = useAsync(() => api['diagrams.get']({ id }), [id]);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="diagram" />;
  return (
    <ReactFlowProvider>
      <DiagramCanvas spec={data} initialNodeId={nodeId} />
    </ReactFlowProvider>
  );
}

function DiagramCanvas({ spec, initialNodeId }: { spec: DiagramSpec; initialNodeId?: string }) {
  const { dark } = useTheme();
  const [selected, setSelected] = useState<string | undefined>(initialNodeId);
  const [step, setStep] = useState<number | undefined>();
  const current = step !== undefined ? spec.steps[step] : undefined;
  const flow = useMemo(() => toFlow(spec, current ? { nodes: current.nodes, edges: current.edges } : undefined), [spec, current]);
  const nodes = useMemo(() => flow.nodes.map((n) => ({ ...n, selected: n.id === selected })), [flow.nodes, selected]);

  const onNodeClick = useCallback((_: unknown, node: Node) => setSelected(node.id), []);
  const { fitView } = useReactFlow();
  // Opened from a note: bring the linked node into view.
  const onInit = useCallback(() => {
    if (initialNodeId) void fitView({ nodes: [{ id: initialNodeId }], maxZoom: 1.2, padding: 0.6 });
  }, [fitView, initialNodeId]);

  useEffect(() => {
    if (step === undefined) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight') setStep((s) => Math.min((s ?? 0) + 1, spec.steps.length - 1));
      else if (event.key === 'ArrowLeft') setStep((s) => Math.max((s ?? 0) - 1, 0));
      else if (event.key === 'Escape') setStep(undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, spec.steps.length]);

  // Keyboard: a focused node opens its panel with Enter, like a click.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const el = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
    const nodeIdAttr = el?.dataset.id;
    if (nodeIdAttr) {
      event.preventDefault();
      setSelected(nodeIdAttr);
    }
  };

  const selectedNode = spec.nodes.find((n) => n.id === selected);

  return (
    <div className="diagram-screen">
      <header className="diagram-header">
        <div>
          <a href="#/diagrams" className="muted">
            ← Diagrams
          </a>
          <h1>{spec.title}</h1>
        </div>
        <div className="diagram-actions">
          {spec.steps.length > 0 && step === undefined && (
            <button type="button" onClick={() => setStep(0)}>
              Walk through ({spec.steps.length} steps)
            </button>
          )}
        </div>
      </header>
      <div className="diagram-body">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: forwards Enter on a focused node to its panel */}
        <div className="diagram-canvas" onKeyDown={onKeyDown}>
          <ReactFlow
            nodes={nodes}
            edges={flow.edges}
            nodeTypes={NODE_TYPES}
            onNodeClick={onNodeClick}
            onInit={onInit}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable
            fitView
            colorMode={dark ? 'dark' : 'light'}
            proOptions={{ hideAttribution: true }}
            minZoom={0.2}
          >
            <Background />
            <MiniMap pannable zoomable ariaLabel="Mini map" nodeColor={miniMapColour} nodeStrokeWidth={2} />
            <Controls />
          </ReactFlow>
          <Legend />
        </div>
        {selectedNode && <NodePanel node={selectedNode} onClose={() => setSelected(undefined)} />}
      </div>
      {current && step !== undefined && (
        <section className="walkthrough" aria-label="Walk-through" aria-live="polite">
          <p className="walkthrough-caption">
            <strong>
              Step {step + 1} of {spec.steps.length}.
            </strong>{' '}
            {current.caption}
          </p>
          <div className="walkthrough-controls">
            <button type="button" onClick={() => setStep(Math.max(step - 1, 0))} disabled={step === 0}>
              Previous
            </button>
            <ol className="dots" aria-hidden="true">
              {spec.steps.map((s, i) => (
                <li key={s.caption} className={i === step ? 'is-current' : ''} />
              ))}
            </ol>
            <button
              type="button"
              onClick={() => setStep(Math.min(step + 1, spec.steps.length - 1))}
              disabled={step === spec.steps.length - 1}
            >
              Next
            </button>
            <button type="button" onClick={() => setStep(undefined)}>
              End
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Edge legend">
      {Object.entries(EDGE_COLOURS).map(([kind, colour]) => (
        <li key={kind}>
          <span className="legend-swatch" style={{ background: colour }} />
          {kind}
        </li>
      ))}
    </ul>
  );
}

function NodePanel({ node, onClose }: { node: { id: string; label: string; service?: string; topics: string[] }; onClose: () => void }) {
  const topicId = node.topics[0];
  return (
    <aside className="node-panel" aria-label={`About ${node.label}`}>
      <header>
        <h2>{node.label}</h2>
        <button type="button" onClick={onClose} aria-label="Close panel">
          ×
        </button>
      </header>
      {node.service && <p className="muted">{node.service}</p>}
      {topicId ? <LinkedNote topicId={topicId} /> : <p>No course note for this node.</p>}
      {node.topics.length > 1 && (
        <p>
          Also:{' '}
          {node.topics.slice(1).map((t) => (
            <a key={t} href={`#/library/${t}`} className="chip">
              {t}
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
      <button type="button" className="link-button" onClick={() => navigate(`#/library/${topicId}`)}>
        Open the full note
      </button>
      <Markdown markdown={data.markdown} resolveLink={resolveLink} linkKey={`course-${notes.length}`} />
    </div>
  );
}

export type { ServiceNodeData };
