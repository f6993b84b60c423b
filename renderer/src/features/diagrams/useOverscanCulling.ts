// Large diagrams draw only the part of the drawing near the screen. React Flow's own culling
// (onlyRenderVisibleElements) recomputes the visible set on every pan frame, so while a pan drags a
// row of nodes back and forth across the canvas edge it mounts and unmounts them (and their edges)
// frame after frame, and those frames miss the vsync. Here the drawn region is the view plus one
// view's width and height on every side, and it is only recomputed once the view has used up half
// of that margin or the zoom changed notably: small pans mount nothing.
//
// Every node stays in React Flow, since the minimap, fitView and node bounds need them all: a
// node outside the region is display: none (no layout, paint or hit testing, nor a Tab stop, as
// an unrendered node was before) and draws no content; edges outside it are left out.
import type { Box, LaidOutDiagram } from '@common/contract';
import { type Edge, type Node, Position, type ReactFlowState, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';

/** A rectangle in diagram coordinates, and the zoom it was computed at. */
export interface Region extends Box {
  zoom: number;
}

/** How far the drawn region reaches beyond the view on each side, in views. */
export const OVERSCAN = 1;
/** Zooming by more than this factor recomputes the region (zooming in would leave it far too large). */
const ZOOM_CHANGE = 1.5;

/** The part of the drawing the canvas shows, in diagram coordinates. */
export function viewOf([x, y, zoom]: readonly [number, number, number], width: number, height: number): Box {
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

const grow = (box: Box, by: number): Box => ({
  x: box.x - box.width * by,
  y: box.y - box.height * by,
  width: box.width * (1 + 2 * by),
  height: box.height * (1 + 2 * by),
});

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The region to draw for a view: the region drawn so far while it still serves (the view, with
 * half the margin around it, lies inside it, and the zoom is about the same), else a new one
 * around the view. Returning the same object means nothing needs drawing.
 */
export function nextRegion(current: Region | undefined, view: Box, zoom: number, overscan = OVERSCAN): Region {
  if (current) {
    const ratio = zoom / current.zoom;
    if (ratio <= ZOOM_CHANGE && ratio >= 1 / ZOOM_CHANGE && contains(current, grow(view, overscan / 2))) return current;
  }
  return { ...grow(view, overscan), zoom };
}

/** Where each node and edge lies in diagram coordinates (nodes are laid out relative to their group). */
export function drawingBoxes(spec: LaidOutDiagram): { nodes: Map<string, Box>; edges: Map<string, Box> } {
  const { layout } = spec;
  const groupParent = new Map(spec.groups.map((g) => [g.id, g.parent]));
  const nodes = new Map<string, Box>();
  for (const n of spec.nodes) {
    const box = layout.nodes[n.id];
    if (!box) continue;
    let { x, y } = box;
    for (let g = n.parent; g; g = groupParent.get(g)) {
      x += layout.groups[g]?.x ?? 0;
      y += layout.groups[g]?.y ?? 0;
    }
    nodes.set(n.id, { x, y, width: box.width, height: box.height });
  }
  const edges = new Map<string, Box>();
  for (const e of spec.edges) {
    const route = layout.edges[e.id];
    // The route and its label are in diagram coordinates; without a route the edge runs between its nodes.
    const parts: Box[] = route?.points.map((p) => ({ ...p, width: 0, height: 0 })) ?? [];
    if (route?.label) parts.push(route.label);
    if (!route || route.points.length < 2) parts.push(...[nodes.get(e.from), nodes.get(e.to)].filter((b) => b !== undefined));
    const x = Math.min(...parts.map((p) => p.x));
    const y = Math.min(...parts.map((p) => p.y));
    // An edge that is a plain horizontal or vertical line still needs an area to overlap the region.
    const right = Math.max(...parts.map((p) => p.x + p.width), x + 1);
    const bottom = Math.max(...parts.map((p) => p.y + p.height), y + 1);
    if (parts.length > 0) edges.set(e.id, { x, y, width: right - x, height: bottom - y });
  }
  return { nodes, edges };
}

/** The ids whose boxes overlap the region. */
export function idsIn(boxes: ReadonlyMap<string, Box>, region: Box): Set<string> {
  const ids = new Set<string>();
  for (const [id, box] of boxes) if (overlaps(box, region)) ids.add(id);
  return ids;
}

/** A node React Flow needs no DOM measurement for: the layout knows its size and where its handles are. */
function preMeasured(node: Node, box: Box): Node {
  const { width, height } = box;
  return {
    ...node,
    // fitView and the node bounds count a node only once it is measured, drawn or not.
    measured: { width, height },
    // Edges to a node that has never been drawn still have ends to attach to.
    handles: [
      { type: 'target', position: Position.Left, x: 0, y: height / 2, width: 1, height: 1 },
      { type: 'source', position: Position.Right, x: width, y: height / 2, width: 1, height: 1 },
    ],
  };
}

/**
 * The nodes and edges to give React Flow for a large diagram (`enabled`): nodes outside the drawn
 * region are display: none and draw no content (ServiceNode), edges outside it are left out.
 * `drawAll` (an export) draws everything. Must run inside the ReactFlowProvider: it follows the
 * store's viewport.
 */
export function useOverscanCulling(
  spec: LaidOutDiagram,
  nodes: Node[],
  edges: Edge[],
  { enabled, drawAll }: { enabled: boolean; drawAll: boolean },
): { nodes: Node[]; edges: Edge[] } {
  const store = useStoreApi();
  const boxes = useMemo(() => drawingBoxes(spec), [spec]);
  const [region, setRegion] = useState<Region>();
  const following = enabled && !drawAll;

  useEffect(() => {
    if (!following) return;
    let current: Region | undefined;
    // Runs on every store change, each pan frame included: a few comparisons unless the region moves.
    const follow = ({ transform, width, height }: ReactFlowState) => {
      if (!width || !height) return;
      const next = nextRegion(current, viewOf(transform, width, height), transform[2]);
      if (next === current) return;
      current = next;
      setRegion(next);
    };
    follow(store.getState());
    return store.subscribe(follow);
  }, [following, store]);

  // Until the canvas has a size, nothing is known to be on screen, so nothing is drawn.
  const shown = useMemo(
    () => (!following ? undefined : region ? { nodes: idsIn(boxes.nodes, region), edges: idsIn(boxes.edges, region) } : NOTHING),
    [following, boxes, region],
  );
  // The same objects for a node each time it comes and goes, so React Flow only updates the nodes that changed.
  const variants = useMemo(() => new WeakMap<Node, { drawn: Node; culled: Node }>(), []);
  const culledNodes = useMemo(() => {
    if (!enabled) return nodes;
    return nodes.map((node) => {
      const box = boxes.nodes.get(node.id);
      if (!box) return node;
      let variant = variants.get(node);
      if (!variant) {
        const drawn = preMeasured(node, box);
        variant = { drawn, culled: { ...drawn, style: { ...drawn.style, display: 'none' }, data: { ...drawn.data, culled: true } } };
        variants.set(node, variant);
      }
      return !shown || shown.nodes.has(node.id) ? variant.drawn : variant.culled;
    });
  }, [enabled, nodes, boxes, shown, variants]);
  const culledEdges = useMemo(() => (shown ? edges.filter((e) => shown.edges.has(e.id)) : edges), [edges, shown]);

  return { nodes: culledNodes, edges: culledEdges };
}

const NOTHING = { nodes: new Set<string>(), edges: new Set<string>() };
