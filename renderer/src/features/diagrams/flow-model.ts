// Turns a diagram spec into React Flow nodes and edges. Kept apart from the components so the
// mapping is plain data in, plain data out.
import { type Edge, MarkerType, type Node } from '@xyflow/react';
import type { DiagramSpec, EdgeKind } from '../../../../main/common/content-schema';

export interface ServiceNodeData extends Record<string, unknown> {
  label: string;
  service?: string;
  kind: 'service' | 'actor' | 'concept';
  topics: string[];
  highlighted: boolean;
  dimmed: boolean;
}

export const EDGE_COLOURS: Record<EdgeKind, string> = {
  data: 'var(--edge-data)',
  control: 'var(--edge-control)',
  trust: 'var(--edge-trust)',
  replication: 'var(--edge-replication)',
};

export function toFlow(
  spec: DiagramSpec,
  highlight?: { nodes: string[]; edges: string[] },
): { nodes: Node<ServiceNodeData>[]; edges: Edge[] } {
  const litNodes = new Set(highlight?.nodes ?? []);
  const litEdges = new Set(highlight?.edges ?? []);
  const active = highlight !== undefined;
  const nodes: Node<ServiceNodeData>[] = spec.nodes.map((n, i) => ({
    id: n.id,
    type: 'service',
    position: n.position ?? { x: (i % 4) * 240, y: Math.floor(i / 4) * 140 },
    data: {
      label: n.label,
      service: n.service,
      kind: n.kind,
      topics: n.topics,
      highlighted: litNodes.has(n.id),
      dimmed: active && !litNodes.has(n.id),
    },
    ariaLabel: `${n.label}${n.service ? ` (${n.service})` : ''}`,
  }));
  const edges: Edge[] = spec.edges.map((e) => {
    const lit = litEdges.has(e.id);
    return {
      id: e.id,
      source: e.from,
      target: e.to,
      label: e.label,
      animated: lit,
      style: { stroke: EDGE_COLOURS[e.kind], strokeWidth: lit ? 3 : 1.5, opacity: active && !lit ? 0.25 : 1 },
      markerEnd: { type: MarkerType.ArrowClosed, color: EDGE_COLOURS[e.kind] },
      labelStyle: { fill: 'var(--text)', fontSize: 11 },
      labelBgStyle: { fill: 'var(--surface)' },
      data: { kind: e.kind },
    };
  });
  return { nodes, edges };
}
