// One diagram on a live canvas: every node opens its note (NodePanel), a walk-through steps
// through the flow (useWalkThrough), a drill hides labels to name (DrillPanel), simulations show
// behaviours in motion (SimulationPanel); keyboard panning and zoom (useDiagramKeyboard) and
// PNG/SVG export (useDiagramExport).

import type { LaidOutDiagram } from '@common/contract';
import { Controls, MiniMap, type Node, ReactFlow, type ReactFlowState, useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { routeHref } from '../../app/router';
import { useTheme } from '../../ui/theme';
import { DiagramAbout } from './DiagramAbout';
import { DotBackground } from './DotBackground';
import { DrillPanel, type DrillState } from './DrillPanel';
import { DIAGRAM_ARIA_TEXT } from './diagram-aria';
import { nextFrames } from './export-image';
import { type ServiceNodeData, toFlow } from './flow-model';
import { Legend } from './Legend';
import { NodePanel } from './NodePanel';
import { EDGE_TYPES } from './RoutedEdge';
import { NODE_TYPES } from './ServiceNode';
import { type SimulationHighlight, SimulationPanel, type TrafficOverlay } from './SimulationPanel';
import { READABLE_ZOOM, useDiagramCamera } from './useDiagramCamera';
import { useDiagramExport } from './useDiagramExport';
import { useDiagramKeyboard } from './useDiagramKeyboard';
import { useOverscanCulling } from './useOverscanCulling';
import { useWalkThrough } from './useWalkThrough';
import { WalkThrough } from './WalkThrough';

type Mode = 'explore' | 'drill' | 'simulate';

const miniMapColour = (node: Node) => {
  if (node.type === 'container') return 'transparent';
  return (node.data as ServiceNodeData).kind === 'service' ? '#ed7100' : '#8b949e';
};

/**
 * Drawing only what is near the screen keeps panning smooth on very large diagrams
 * (useOverscanCulling), but an undrawn node cannot take keyboard focus, so diagrams of course size
 * draw every node (Tab reaches all of them, and React Flow pans to the focused one).
 */
const CULL_FROM_NODES = 200;
/** A drilled node's neighbourhood is fitted with this much room around it, and never above 100%. */
const DRILL_MARGIN = 1.3;
const DRILL_MAX_ZOOM = 1;

/** Whether the whole drawing is on screen: then the minimap has nothing to add and only hides part of it. */
const wholeDrawingInView =
  (size: { width: number; height: number }) =>
  ({ transform: [x, y, zoom], width, height }: ReactFlowState) =>
    x >= -1 && y >= -1 && x + size.width * zoom <= width + 1 && y + size.height * zoom <= height + 1;

export function DiagramCanvas({
  spec,
  initialNodeId,
  drillNodes,
}: {
  spec: LaidOutDiagram;
  initialNodeId?: string;
  drillNodes?: string[];
}) {
  const { dark } = useTheme();
  const [selected, setSelected] = useState<string | undefined>(initialNodeId);
  const { step, setStep } = useWalkThrough(spec.steps.length);
  const [mode, setMode] = useState<Mode>('explore');
  const [drill, setDrill] = useState<DrillState>();
  const [traffic, setTraffic] = useState<TrafficOverlay>();
  const [simHighlight, setSimHighlight] = useState<SimulationHighlight>();
  const [message, setMessage] = useState<string>();
  const { renderEverything, exportAs } = useDiagramExport(spec.id, setMessage);
  const current = step !== undefined ? spec.steps[step] : undefined;
  const { fitView, getNodesBounds, setCenter } = useReactFlow();
  const canvasRef = useRef<HTMLDivElement>(null);
  const allInView = useStore(useMemo(() => wholeDrawingInView(spec.layout.size), [spec.layout.size]));
  const { showOpening } = useDiagramCamera({ spec, canvasRef, stepNodes: current?.nodes, selected, initialNodeId });

  // A walk-through step opens the panel on its main node, so the text beside the canvas is the step's.
  useEffect(() => {
    const main = current?.nodes[0];
    if (main) setSelected(main);
  }, [current]);

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
  const highlight = current
    ? { nodes: current.nodes, edges: current.edges }
    : drillFocus
      ? { nodes: [drillFocus], edges: [] }
      : mode === 'simulate'
        ? simHighlight
        : undefined;
  const flow = useMemo(() => toFlow(spec, { highlight, traffic, hidden }), [spec, highlight, traffic, hidden]);
  const nodes = useMemo(() => flow.nodes.map((n) => (n.id === selected ? { ...n, selected: true } : n)), [flow.nodes, selected]);
  const large = spec.nodes.length >= CULL_FROM_NODES;
  const drawn = useOverscanCulling(spec, nodes, flow.edges, { enabled: large, drawAll: renderEverything });

  const onNodeClick = useCallback(
    (_: unknown, node: Node) => {
      if (node.type === 'service' && mode === 'explore') setSelected(node.id);
    },
    [mode],
  );
  // Opened from a note: the linked node; otherwise the whole diagram if it is readable, else the first step.
  const onInit = showOpening;

  // A simulation panel narrows the canvas and needs the whole diagram in view. A drill shows each
  // node it asks about with its neighbours at a readable size instead (focusDrillNode): fitted
  // whole beside the panel, a large diagram's edge labels shrink to a few pixels.
  useEffect(() => {
    if (mode !== 'simulate') return;
    void nextFrames(2).then(() => fitView({ duration: 200 }));
  }, [mode, fitView]);

  const onKeyDown = useDiagramKeyboard({ canSelect: mode === 'explore', canPan: step === undefined, onSelect: setSelected });

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

  // Opened to review due nodes: start that drill at once.
  const drillKey = drillNodes?.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per requested node set
  useEffect(() => {
    if (drillKey) void startDrill(drillKey.split(','));
  }, [drillKey]);

  // The asked node with the nodes it connects to, so the edges and labels around it (the clues)
  // are in view, but never below the zoom at which the smallest text reads at 11 px: a hub's
  // neighbours may span the whole diagram, and then the view centres on the asked node (pan or
  // the minimap show the rest). After two frames, because opening the panel narrows the canvas.
  const focusDrillNode = useCallback(
    (nodeId: string) => {
      const around = new Set([nodeId]);
      for (const edge of spec.edges) {
        if (edge.from === nodeId) around.add(edge.to);
        if (edge.to === nodeId) around.add(edge.from);
      }
      void nextFrames(2).then(() => {
        const canvas = canvasRef.current?.getBoundingClientRect();
        if (!canvas) return;
        const hood = getNodesBounds([...around]);
        const fit = Math.min(canvas.width / (hood.width * DRILL_MARGIN), canvas.height / (hood.height * DRILL_MARGIN));
        const zoom = Math.min(DRILL_MAX_ZOOM, Math.max(READABLE_ZOOM, fit));
        const centreOn = fit >= READABLE_ZOOM ? hood : getNodesBounds([nodeId]);
        void setCenter(centreOn.x + centreOn.width / 2, centreOn.y + centreOn.height / 2, { zoom, duration: 300 });
      });
    },
    [getNodesBounds, setCenter, spec.edges],
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
      <Legend />
      <DiagramAbout spec={spec} />
      <div className="diagram-body">
        <div
          ref={canvasRef}
          role="application"
          className="diagram-canvas"
          onKeyDown={onKeyDown}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes focus so the keyboard can pan and zoom it
          tabIndex={0}
          aria-label="Diagram canvas: arrows or scrolling pan, + and - or pinch or Ctrl+scroll zoom, 0 fits"
        >
          <ReactFlow
            nodes={drawn.nodes}
            edges={drawn.edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodeClick={onNodeClick}
            onInit={onInit}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable
            // Edges are read, not edited: they are no Tab stops, so Tab goes from node to node.
            edgesFocusable={false}
            ariaLabelConfig={DIAGRAM_ARIA_TEXT}
            colorMode={dark ? 'dark' : 'light'}
            proOptions={{ hideAttribution: true }}
            minZoom={0.1}
            // Two-finger scrolling on a trackpad pans, as in Figma and Excalidraw; pinch (and Ctrl+wheel) zooms.
            panOnScroll
            zoomOnPinch
          >
            <DotBackground />
            {!allInView && <MiniMap pannable zoomable ariaLabel="Mini map" nodeColor={miniMapColour} nodeStrokeWidth={2} />}
            {/* Nodes never move here, so React Flow's lock (interactivity) toggle would do nothing. */}
            <Controls showInteractive={false} />
          </ReactFlow>
        </div>
        {mode === 'explore' && selectedNode && (
          <NodePanel
            diagramId={spec.id}
            diagramTitle={spec.title}
            node={selectedNode}
            edges={spec.edges}
            nodes={spec.nodes}
            onClose={() => setSelected(undefined)}
            onSelectNode={setSelected}
          />
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
        {mode === 'simulate' && (
          <SimulationPanel spec={spec} onTraffic={setTraffic} onHighlight={setSimHighlight} onClose={() => setMode('explore')} />
        )}
      </div>
      {step !== undefined && <WalkThrough steps={spec.steps} step={step} onStep={setStep} />}
    </div>
  );
}
