// Diagrams: the index, and a live canvas where every node opens its note, a walk-through steps
// through the flow, a drill hides labels to name, and simulations show behaviours in motion.
import { Background, Controls, MiniMap, type Node, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LaidOutDiagram } from '../../../../main/common/contract';
import { api } from '../../api/client';
import { routeHref } from '../../app/router';
import { useTheme } from '../../app/theme';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { DiagramIndex } from './DiagramIndex';
import { DrillPanel, type DrillState } from './DrillPanel';
import { exportDiagram, nextFrames } from './export-image';
import { EDGE_COLOURS, type ServiceNodeData, toFlow } from './flow-model';
import { NodePanel } from './NodePanel';
import { NODE_TYPES } from './ServiceNode';
import { SimulationPanel, type TrafficOverlay } from './SimulationPanel';

type Mode = 'explore' | 'drill' | 'simulate';

const miniMapColour = (node: Node) => {
  if (node.type === 'container') return 'transparent';
  return (node.data as ServiceNodeData).kind === 'service' ? '#ed7100' : '#8b949e';
};

export function DiagramsView({ diagramId, nodeId, drill }: { diagramId?: string; nodeId?: string; drill?: string[] }) {
  if (diagramId) return <DiagramScreen key={diagramId} id={diagramId} nodeId={nodeId} drill={drill} />;
  return <DiagramIndex />;
}

function DiagramScreen({ id, nodeId, drill }: { id: string; nodeId?: string; drill?: string[] }) {
  const { data, error, loading, reload } = useAsync(() => api['diagrams.get']({ id }), [id]);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="diagram" />;
  return (
    <ReactFlowProvider>
      <DiagramCanvas spec={data} initialNodeId={nodeId} drillNodes={drill} />
    </ReactFlowProvider>
  );
}

function DiagramCanvas({ spec, initialNodeId, drillNodes }: { spec: LaidOutDiagram; initialNodeId?: string; drillNodes?: string[] }) {
  const { dark } = useTheme();
  const [selected, setSelected] = useState<string | undefined>(initialNodeId);
  const [step, setStep] = useState<number | undefined>();
  const [mode, setMode] = useState<Mode>('explore');
  const [drill, setDrill] = useState<DrillState>();
  const [traffic, setTraffic] = useState<TrafficOverlay>();
  const [message, setMessage] = useState<string>();
  const [renderEverything, setRenderEverything] = useState(false);
  const current = step !== undefined ? spec.steps[step] : undefined;
  const { fitView, getNodes, getViewport, setViewport, zoomIn, zoomOut } = useReactFlow();

  const hidden = useMemo(() => {
    if (mode !== 'drill' || !drill) return undefined;
    return Object.fromEntries(
      drill.session.items.map((item) => {
        const a = drill.answers[item.nodeId];
        return [item.nodeId, a ? { correct: a.correct, text: a.correctLabel } : null];
      }),
    );
  }, [mode, drill]);
  const drillFocus = mode === 'drill' && drill ? drill.session.items.find((i) => !drill.answers[i.nodeId])?.nodeId : undefined;
  const highlight = current ? { nodes: current.nodes, edges: current.edges } : drillFocus ? { nodes: [drillFocus], edges: [] } : undefined;
  const flow = useMemo(() => toFlow(spec, { highlight, traffic, hidden }), [spec, highlight, traffic, hidden]);
  const nodes = useMemo(() => flow.nodes.map((n) => (n.id === selected ? { ...n, selected: true } : n)), [flow.nodes, selected]);

  const onNodeClick = useCallback(
    (_: unknown, node: Node) => {
      if (node.type === 'service' && mode === 'explore') setSelected(node.id);
    },
    [mode],
  );
  // Opened from a note: bring the linked node into view.
  const onInit = useCallback(() => {
    if (initialNodeId) void fitView({ nodes: [{ id: initialNodeId }], maxZoom: 1.2, padding: 0.6 });
  }, [fitView, initialNodeId]);

  // Drill and simulation panels narrow the canvas, and both need the whole diagram in view.
  useEffect(() => {
    if (mode === 'explore') return;
    void nextFrames(2).then(() => fitView({ duration: 200 }));
  }, [mode, fitView]);

  useEffect(() => {
    if (step === undefined) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea')) return;
      if (event.key === 'ArrowRight') setStep((s) => Math.min((s ?? 0) + 1, spec.steps.length - 1));
      else if (event.key === 'ArrowLeft') setStep((s) => Math.max((s ?? 0) - 1, 0));
      else if (event.key === 'Escape') setStep(undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, spec.steps.length]);

  // Keyboard: Enter on a focused node opens its panel, like a click; on the canvas, arrows pan
  // (unless a walk-through is using them), + and - zoom, 0 fits the whole diagram.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const nodeIdAttr = target.closest<HTMLElement>('.react-flow__node-service')?.dataset.id;
    if ((event.key === 'Enter' || event.key === ' ') && nodeIdAttr && mode === 'explore') {
      event.preventDefault();
      setSelected(nodeIdAttr);
      return;
    }
    if (nodeIdAttr || target.closest('input, select, textarea, button')) return;
    const pan: Record<string, [number, number]> = { ArrowLeft: [80, 0], ArrowRight: [-80, 0], ArrowUp: [0, 80], ArrowDown: [0, -80] };
    const delta = pan[event.key];
    if (delta && step === undefined) {
      event.preventDefault();
      const v = getViewport();
      void setViewport({ x: v.x + delta[0], y: v.y + delta[1], zoom: v.zoom }, { duration: 120 });
    } else if (event.key === '+' || event.key === '=') void zoomIn({ duration: 120 });
    else if (event.key === '-') void zoomOut({ duration: 120 });
    else if (event.key === '0') void fitView({ duration: 200 });
  };

  const startDrill = async (nodeIds?: string[]) => {
    setStep(undefined);
    setSelected(undefined);
    try {
      const session = await api['drill.start']({ diagramId: spec.id, count: Math.min(5, spec.nodes.length), nodeIds });
      setDrill({ session, answers: {} });
      setMode('drill');
    } catch (err) {
      setMessage((err as Error).message);
    }
  };

  const exportAs = async (format: 'png' | 'svg') => {
    try {
      const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
      // Off-screen nodes and edges are culled while zoomed in; draw them all for the picture.
      flushSync(() => setRenderEverything(true));
      await nextFrames(2);
      const file = await exportDiagram(format, getNodes(), spec.id, background);
      setMessage(`Exported ${file}`);
    } catch (err) {
      setMessage(`Export failed: ${(err as Error).message}`);
    } finally {
      setRenderEverything(false);
    }
  };

  // Opened to review due nodes: start that drill at once.
  const drillKey = drillNodes?.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per requested node set
  useEffect(() => {
    if (drillKey) void startDrill(drillKey.split(','));
  }, [drillKey]);

  const focusDrillNode = useCallback(
    (nodeId: string) => void fitView({ nodes: [{ id: nodeId }], maxZoom: 1.1, padding: 1.2, duration: 300 }),
    [fitView],
  );
  const selectedNode = spec.nodes.find((n) => n.id === selected);

  return (
    <div className="diagram-screen">
      <header className="diagram-header">
        <div>
          <a href={routeHref({ view: 'diagrams' })} className="muted">
            ← Diagrams
          </a>
          <h1>{spec.title}</h1>
        </div>
        <div className="diagram-actions">
          {spec.steps.length > 0 && (
            <button
              type="button"
              onClick={() => {
                setMode('explore');
                setStep(0);
              }}
              aria-pressed={step !== undefined}
            >
              Walk through ({spec.steps.length} steps)
            </button>
          )}
          <button type="button" onClick={() => void startDrill()} aria-pressed={mode === 'drill'}>
            Drill
          </button>
          {spec.simulation && (
            <button
              type="button"
              onClick={() => {
                setStep(undefined);
                setSelected(undefined);
                setMode('simulate');
              }}
              aria-pressed={mode === 'simulate'}
            >
              Simulate
            </button>
          )}
          <button type="button" onClick={() => void exportAs('png')}>
            Export PNG
          </button>
          <button type="button" onClick={() => void exportAs('svg')}>
            Export SVG
          </button>
        </div>
      </header>
      {message && (
        <p className="diagram-message muted" role="status">
          {message}
        </p>
      )}
      <div className="diagram-body">
        <div
          role="application"
          className="diagram-canvas"
          onKeyDown={onKeyDown}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes focus so the keyboard can pan and zoom it
          tabIndex={0}
          aria-label="Diagram canvas: arrows or scrolling pan, + and - or pinch or Ctrl+scroll zoom, 0 fits"
        >
          <ReactFlow
            nodes={nodes}
            edges={flow.edges}
            nodeTypes={NODE_TYPES}
            onNodeClick={onNodeClick}
            onInit={onInit}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable
            // Edges are read, not edited: they are no Tab stops, so Tab goes from node to node.
            edgesFocusable={false}
            fitView
            colorMode={dark ? 'dark' : 'light'}
            proOptions={{ hideAttribution: true }}
            minZoom={0.1}
            // Two-finger scrolling on a trackpad pans, as in Figma and Excalidraw; pinch (and Ctrl+wheel) zooms.
            panOnScroll
            zoomOnPinch
            onlyRenderVisibleElements={!renderEverything}
          >
            <Background />
            <MiniMap pannable zoomable ariaLabel="Mini map" nodeColor={miniMapColour} nodeStrokeWidth={2} />
            <Controls />
          </ReactFlow>
          <Legend />
        </div>
        {mode === 'explore' && selectedNode && (
          <NodePanel diagramId={spec.id} diagramTitle={spec.title} node={selectedNode} onClose={() => setSelected(undefined)} />
        )}
        {mode === 'drill' && drill && (
          <DrillPanel
            drill={drill}
            onAnswer={(a) => setDrill((d) => (d ? { ...d, answers: { ...d.answers, [a.nodeId]: a } } : d))}
            onFocusNode={focusDrillNode}
            onRestart={() => void startDrill()}
            onClose={() => {
              setMode('explore');
              setDrill(undefined);
            }}
          />
        )}
        {mode === 'simulate' && <SimulationPanel spec={spec} onTraffic={setTraffic} onClose={() => setMode('explore')} />}
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
                <li key={s.caption} className={i === step ? 'is-current' : i < step ? 'is-done' : ''} />
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
          <svg width="22" height="6" aria-hidden="true">
            <line
              x1="0"
              y1="3"
              x2="22"
              y2="3"
              stroke={colour}
              strokeWidth="2.5"
              strokeDasharray={kind === 'data' ? undefined : kind === 'control' ? '6 4' : kind === 'trust' ? '2 4' : '10 4 2 4'}
            />
          </svg>
          {kind}
        </li>
      ))}
      <li>
        <span className="legend-box legend-dashed" aria-hidden="true" /> actor / concept
      </li>
    </ul>
  );
}
