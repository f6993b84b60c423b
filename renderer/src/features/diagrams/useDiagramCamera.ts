// Where the canvas looks. A diagram opens readable: whole if it fits with its smallest text at
// 11 px or more, otherwise on the walk-through's first step (the minimap and "fit" show the
// rest). A walk-through step glides to its nodes (instantly under reduced motion). When a side
// panel narrows the canvas, the view keeps its centre, then brings the step or the selected node
// back into sight.
import type { LaidOutDiagram } from '@common/contract';
import { MIN_READABLE_PX, SMALLEST_TEXT_PX } from '@common/diagram-style';
import { useReactFlow } from '@xyflow/react';
import { type RefObject, useCallback, useEffect, useRef } from 'react';

/** The lowest zoom at which the smallest text on the canvas is still 11 px on screen. */
export const READABLE_ZOOM = MIN_READABLE_PX / SMALLEST_TEXT_PX;
const MAX_OPENING_ZOOM = 1.2;
const FIT_PADDING = 0.08;

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** The nodes a diagram opens on when the whole does not fit readably. */
export function openingNodes(spec: LaidOutDiagram): string[] {
  const first = spec.steps[0]?.nodes;
  if (first && first.length > 0) return first;
  const start = spec.edges[0];
  return start ? [start.from, start.to] : spec.nodes.slice(0, 1).map((n) => n.id);
}

/** Whether the whole drawing fits the canvas with its smallest text readable. */
export function fitsReadably(size: { width: number; height: number }, canvas: { width: number; height: number }): boolean {
  const zoom = Math.min(canvas.width / (size.width * (1 + 2 * FIT_PADDING)), canvas.height / (size.height * (1 + 2 * FIT_PADDING)));
  return zoom >= READABLE_ZOOM;
}

export function useDiagramCamera({
  spec,
  canvasRef,
  stepNodes,
  selected,
  initialNodeId,
}: {
  spec: LaidOutDiagram;
  canvasRef: RefObject<HTMLElement | null>;
  stepNodes: string[] | undefined;
  selected: string | undefined;
  initialNodeId: string | undefined;
}) {
  const { fitView, getViewport, setViewport, getInternalNode, getNodesBounds } = useReactFlow();

  const showOpening = useCallback(() => {
    const canvas = canvasRef.current?.getBoundingClientRect();
    if (initialNodeId) return void fitView({ nodes: [{ id: initialNodeId }], maxZoom: MAX_OPENING_ZOOM, padding: 0.6 });
    if (!canvas || fitsReadably(spec.layout.size, canvas)) return void fitView({ maxZoom: MAX_OPENING_ZOOM, padding: FIT_PADDING });
    // At the smallest readable zoom, centre the opening nodes, but slide the view towards the
    // middle of the drawing so it shows as much of the diagram as it can.
    const zoom = READABLE_ZOOM;
    const focus = getNodesBounds(openingNodes(spec));
    const view = { width: canvas.width / zoom, height: canvas.height / zoom };
    // A margin keeps the drawing's edge clear of the zoom controls and minimap in the canvas corners.
    const margin = 48;
    const clampAxis = (centre: number, span: number, total: number) =>
      span >= total + 2 * margin ? total / 2 : Math.min(Math.max(centre, span / 2 - margin), total + margin - span / 2);
    const centre = {
      x: clampAxis(focus.x + focus.width / 2, view.width, spec.layout.size.width),
      y: clampAxis(focus.y + focus.height / 2, view.height, spec.layout.size.height),
    };
    void setViewport({ x: canvas.width / 2 - centre.x * zoom, y: canvas.height / 2 - centre.y * zoom, zoom });
  }, [canvasRef, fitView, getNodesBounds, setViewport, initialNodeId, spec]);

  // Each walk-through step: glide to its nodes.
  const stepKey = stepNodes?.join(',');
  useEffect(() => {
    if (!stepKey) return;
    void fitView({
      nodes: stepKey.split(',').map((id) => ({ id })),
      padding: 0.2,
      maxZoom: MAX_OPENING_ZOOM,
      duration: reducedMotion() ? 0 : 450,
    });
  }, [stepKey, fitView]);

  // A side panel opening or closing resizes the canvas.
  const latest = useRef({ stepKey, selected });
  latest.current = { stepKey, selected };
  useEffect(() => {
    const element = canvasRef.current;
    if (!element) return;
    let previous: { width: number; height: number } | undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const size = { width: entry.contentRect.width, height: entry.contentRect.height };
      const before = previous;
      previous = size;
      if (!before || (before.width === size.width && before.height === size.height)) return;
      const v = getViewport();
      const centre = { x: (before.width / 2 - v.x) / v.zoom, y: (before.height / 2 - v.y) / v.zoom };
      void setViewport({ x: size.width / 2 - centre.x * v.zoom, y: size.height / 2 - centre.y * v.zoom, zoom: v.zoom });
      const { stepKey: step, selected: node } = latest.current;
      if (step) void fitView({ nodes: step.split(',').map((id) => ({ id })), padding: 0.2, maxZoom: MAX_OPENING_ZOOM });
      else if (node) {
        const internal = getInternalNode(node);
        if (!internal) return;
        const box = internal.internals.positionAbsolute;
        const width = internal.measured.width ?? internal.width ?? 0;
        const height = internal.measured.height ?? internal.height ?? 0;
        const screen = {
          left: box.x * v.zoom + size.width / 2 - centre.x * v.zoom,
          top: box.y * v.zoom + size.height / 2 - centre.y * v.zoom,
        };
        const visible =
          screen.left >= 0 && screen.top >= 0 && screen.left + width * v.zoom <= size.width && screen.top + height * v.zoom <= size.height;
        if (!visible)
          void setViewport({
            x: size.width / 2 - (box.x + width / 2) * v.zoom,
            y: size.height / 2 - (box.y + height / 2) * v.zoom,
            zoom: v.zoom,
          });
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [canvasRef, fitView, getViewport, setViewport, getInternalNode]);

  return { showOpening };
}
