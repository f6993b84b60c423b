// Turns a laid-out diagram spec into React Flow nodes and edges. Plain data in, plain data out:
// highlighting (walk-through), traffic shares (simulations) and hidden labels (drills) are
// overlays applied here, so the components only draw.

import type { EdgeKind } from '@common/content-schema';
import type { Box, LaidOutDiagram, Point } from '@common/contract';
import { NODE } from '@common/diagram-style';
import { type Edge, MarkerType, type Node } from '@xyflow/react';
import { GROUP_ICONS, SERVICE_ICONS } from './aws-icons';

export interface ServiceNodeData extends Record<string, unknown> {
  label: string;
  /** The label as the layout broke it into lines (the box is sized for them). */
  labelLines: string[];
  serviceLines: string[];
  service?: string;
  icon?: string;
  kind: 'service' | 'actor' | 'concept';
  topics: string[];
  highlighted: boolean;
  dimmed: boolean;
  /** Drill mode: the label is hidden behind a question mark (or shows the learner's answer). */
  hiddenLabel?: { answered?: { correct: boolean; text: string } };
  /** Far off screen in a large diagram (useOverscanCulling): not drawn. */
  culled?: boolean;
}

export interface GroupNodeData extends Record<string, unknown> {
  label: string;
  labelLines: string[];
  kind: string;
  icon?: string;
}

export interface RoutedEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  /** The layout's route (ELK's, or a straight line), in diagram coordinates. */
  points: Point[];
  /** The box the layout reserved for the label, and the label's lines. */
  labelBox?: Box & { lines: string[] };
  /** A simulation's traffic share is shown instead of the label. */
  showsShare: boolean;
  dimmed: boolean;
}

export interface Overlays {
  highlight?: { nodes: string[]; edges: string[] };
  /** Edge id → share of traffic (0–100) it carries in a simulation. */
  traffic?: Record<string, number>;
  hidden?: Record<string, { correct: boolean; text: string } | null>;
}

export const EDGE_COLOURS: Record<EdgeKind, string> = {
  data: 'var(--edge-data)',
  control: 'var(--edge-control)',
  trust: 'var(--edge-trust)',
  replication: 'var(--edge-replication)',
};

export const EDGE_DASH: Record<EdgeKind, string | undefined> = { data: undefined, control: '6 4', trust: '2 4', replication: '10 4 2 4' };

function depthOf(id: string, parents: Map<string, string | undefined>): number {
  let depth = 0;
  for (let p = parents.get(id); p; p = parents.get(p)) depth++;
  return depth;
}

/**
 * Tab goes through nodes in the order they are drawn and read: column by column along the flow,
 * top to bottom within a column (nodes whose left edges are within a few pixels share a column).
 */
function inReadingOrder<T extends Node>(nodes: T[], spec: LaidOutDiagram): T[] {
  const groupParent = new Map(spec.groups.map((g) => [g.id, g.parent]));
  const absolute = (node: T) => {
    let { x, y } = node.position;
    for (let g = node.parentId; g; g = groupParent.get(g)) {
      const box = spec.layout.groups[g];
      x += box?.x ?? 0;
      y += box?.y ?? 0;
    }
    return { x, y };
  };
  const placed = nodes.map((node) => ({ node, at: absolute(node) }));
  return placed.sort((a, b) => (Math.abs(a.at.x - b.at.x) > 8 ? a.at.x - b.at.x : a.at.y - b.at.y)).map((p) => p.node);
}

export function toFlow(spec: LaidOutDiagram, overlays: Overlays = {}): { nodes: Node[]; edges: Edge[] } {
  const lit = overlays.highlight;
  const litNodes = new Set(lit?.nodes ?? []);
  const litEdges = new Set(lit?.edges ?? []);
  const groupParents = new Map(spec.groups.map((g) => [g.id, g.parent]));
  // React Flow needs every parent before its children.
  const groups: Node<GroupNodeData>[] = [...spec.groups]
    .sort((a, b) => depthOf(a.id, groupParents) - depthOf(b.id, groupParents))
    .map((g) => {
      const box = spec.layout.groups[g.id] ?? { x: 0, y: 0, width: 300, height: 200, labelLines: [g.label] };
      return {
        id: g.id,
        type: 'container',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        data: { label: g.label, labelLines: box.labelLines, kind: g.kind, icon: GROUP_ICONS[g.kind] },
        ...(g.parent ? { parentId: g.parent, extent: 'parent' as const } : {}),
        selectable: false,
        focusable: false,
        zIndex: -1,
      };
    });
  const nodes: Node<ServiceNodeData>[] = spec.nodes.map((n) => {
    const hidden = overlays.hidden && n.id in overlays.hidden ? overlays.hidden[n.id] : undefined;
    const box = spec.layout.nodes[n.id] ?? {
      x: 0,
      y: 0,
      width: NODE.width,
      height: NODE.minHeight,
      labelLines: [n.label],
      serviceLines: [],
    };
    return {
      id: n.id,
      type: 'service',
      position: { x: box.x, y: box.y },
      // Known sizes (the layout used them) let the minimap and fitView work before measuring.
      width: box.width,
      height: box.height,
      ...(n.parent ? { parentId: n.parent, extent: 'parent' as const } : {}),
      data: {
        label: n.label,
        labelLines: box.labelLines,
        serviceLines: box.serviceLines,
        service: n.service,
        icon: n.service ? SERVICE_ICONS[n.service] : undefined,
        kind: n.kind,
        topics: n.topics,
        highlighted: litNodes.has(n.id),
        dimmed: !!lit && !litNodes.has(n.id),
        ...(hidden !== undefined ? { hiddenLabel: hidden ? { answered: hidden } : {} } : {}),
      },
      ariaLabel: hidden !== undefined ? 'Hidden node: name it in the drill panel' : `${n.label}${n.service ? ` (${n.service})` : ''}`,
    };
  });
  const labelOf = new Map(spec.nodes.map((n) => [n.id, n.label]));
  const edges: Edge<RoutedEdgeData>[] = spec.edges.map((e) => {
    const route = spec.layout.edges[e.id];
    const on = litEdges.has(e.id);
    const share = overlays.traffic?.[e.id];
    const colour = EDGE_COLOURS[e.kind];
    return {
      id: e.id,
      type: 'routed',
      source: e.from,
      target: e.to,
      label: share !== undefined ? `${share}% of traffic` : e.label,
      ariaLabel: `${labelOf.get(e.from)} sends ${e.label ?? 'a connection'} to ${labelOf.get(e.to)}`,
      // Only traffic moves: a marching dash on a lit edge would read as the dotted "trust" style.
      animated: share !== undefined && share > 0,
      style: {
        stroke: colour,
        strokeWidth: share !== undefined ? 1 + (share / 100) * 7 : on ? 3 : 1.6,
        strokeDasharray: EDGE_DASH[e.kind],
        opacity: lit && !on ? 0.2 : share === 0 ? 0.35 : 1,
      },
      markerEnd: { type: MarkerType.ArrowClosed, color: colour },
      data: { kind: e.kind, points: route?.points ?? [], labelBox: route?.label, showsShare: share !== undefined, dimmed: !!lit && !on },
    };
  });
  return { nodes: [...groups, ...inReadingOrder(nodes, spec)], edges };
}
