// Automatic layout of diagram specs with ELK's layered algorithm: data flows left to right,
// groups (accounts, Regions, VPCs) become containers sized around their children. Positions come
// back relative to the parent group, which is what React Flow expects for child nodes.
import type { ELK as ElkEngine, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { DiagramSpec } from '../common/content-schema';
import type { DiagramLayout } from '../common/contract';

export const NODE_WIDTH = 210;
export const NODE_HEIGHT = 64;

// ELK is large: load it on first use only (layouts normally come precomputed from the build).
let elk: Promise<ElkEngine> | undefined;
const getElk = () => {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elk;
};

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.spacing.nodeNode': '44',
  'elk.layered.spacing.nodeNodeBetweenLayers': '110',
  'elk.spacing.edgeNode': '30',
  'elk.spacing.componentComponent': '70',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.edgeRouting': 'POLYLINE',
};

const GROUP_OPTIONS = { 'elk.padding': '[top=44,left=20,bottom=20,right=20]' };

/** Uses hand-set positions when every node has one; otherwise lays the diagram out. */
export async function layoutDiagram(spec: DiagramSpec): Promise<DiagramLayout> {
  if (spec.groups.length === 0 && spec.nodes.every((n) => n.position)) {
    return {
      nodes: Object.fromEntries(spec.nodes.map((n) => [n.id, { x: n.position?.x ?? 0, y: n.position?.y ?? 0 }])),
      groups: {},
    };
  }
  const elkNodes = new Map<string, ElkNode>();
  for (const group of spec.groups) elkNodes.set(group.id, { id: group.id, children: [], layoutOptions: GROUP_OPTIONS });
  for (const node of spec.nodes) elkNodes.set(node.id, { id: node.id, width: NODE_WIDTH, height: NODE_HEIGHT });
  const root: ElkNode = { id: '__root', layoutOptions: LAYOUT_OPTIONS, children: [] };
  const parentOf = new Map<string, string | undefined>([
    ...spec.groups.map((g) => [g.id, g.parent] as const),
    ...spec.nodes.map((n) => [n.id, n.parent] as const),
  ]);
  for (const [id, elkNode] of elkNodes) {
    const parent = parentOf.get(id);
    const container = parent ? elkNodes.get(parent) : root;
    (container ?? root).children?.push(elkNode);
  }
  root.edges = spec.edges.map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.from], targets: [e.to] }));
  const laid = await (await getElk()).layout(root);

  const layout: DiagramLayout = { nodes: {}, groups: {} };
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      const position = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
      if (parentOf.has(child.id) && spec.groups.some((g) => g.id === child.id)) {
        layout.groups[child.id] = { ...position, width: Math.round(child.width ?? 0), height: Math.round(child.height ?? 0) };
      } else layout.nodes[child.id] = position;
      visit(child);
    }
  };
  visit(laid);
  return layout;
}
