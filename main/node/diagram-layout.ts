// Lays out a diagram spec at build time, so the app draws exactly what was checked:
// - every box is sized from its measured text (diagram-text/measure.ts);
// - `layered` containers (the default) go to ELK's layered algorithm, which places nodes, routes
//   edges orthogonally and places edge labels where they collide with nothing;
// - `mesh` containers put their children on a circle, so every pair's link can be counted, and
//   `hub` containers put one node at the centre and the rest around it; their edges are straight
//   lines whose labels slide along the line to a free spot;
// - `lanes` diagrams are layered diagrams whose top-level groups (accounts, Regions) become
//   full-width swimlanes.
// Nodes and groups come back relative to their parent group (React Flow's convention); edge
// routes and label boxes in diagram coordinates.
import type { ELK as ElkEngine, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { DiagramSpec } from '../common/content-schema';
import type { Box, DiagramLayout, NodeBox, Point } from '../common/contract';
import { EDGE_LABEL, GROUP, NODE, NODE_TEXT_WIDTH, TEXT } from '../common/diagram-style';
import { boxesOverlap } from './diagram-geometry';
import { placeStraightEdge } from './diagram-straight-edges';
import { widestLine, wrapText } from './diagram-text/measure';

/** Bumped whenever the algorithm changes, so layouts precomputed by an older build are not reused. */
export const LAYOUT_VERSION = 2;

// ELK is large: load it on first use only (layouts normally come precomputed from the build).
let elk: Promise<ElkEngine> | undefined;
const getElk = () => {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elk;
};

const LAYERED_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.json.edgeCoords': 'ROOT',
  'elk.json.shapeCoords': 'ROOT',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.spacing.edgeLabel': '6',
  'elk.spacing.nodeNode': '36',
  'elk.spacing.edgeNode': '22',
  'elk.spacing.edgeEdge': '14',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.layered.spacing.edgeNodeBetweenLayers': '22',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '14',
  'elk.spacing.componentComponent': '60',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

type LayoutKind = 'layered' | 'mesh' | 'hub';

interface Sized {
  width: number;
  height: number;
}

/** The result of laying out one container, in the container's own coordinates. */
interface ContainerLayout extends Sized {
  /** Absolute-in-container boxes of every node and group inside (at any depth). */
  boxes: Map<string, Box>;
  edges: Map<string, { points: Point[]; label?: Box }>;
}

const ROOT = '__root';

export function nodeBox(spec: DiagramSpec['nodes'][number]): Omit<NodeBox, 'x' | 'y'> {
  const labelLines = wrapText(spec.label, NODE_TEXT_WIDTH, TEXT.nodeLabel.size, TEXT.nodeLabel.weight, TEXT.nodeLabel.maxLines);
  const serviceLines = spec.service
    ? wrapText(spec.service, NODE_TEXT_WIDTH, TEXT.nodeService.size, TEXT.nodeService.weight, TEXT.nodeService.maxLines)
    : [];
  const textHeight = labelLines.length * TEXT.nodeLabel.lineHeight + serviceLines.length * TEXT.nodeService.lineHeight;
  const height = Math.max(NODE.minHeight, textHeight + 2 * (NODE.paddingY + NODE.border));
  return { width: NODE.width, height, labelLines, serviceLines };
}

export function edgeLabelBox(label: string): Sized & { lines: string[] } {
  const inner = EDGE_LABEL.maxWidth - 2 * EDGE_LABEL.paddingX;
  const lines = wrapText(label, inner, TEXT.edgeLabel.size, TEXT.edgeLabel.weight, TEXT.edgeLabel.maxLines);
  return {
    lines,
    width: Math.ceil(widestLine(lines, TEXT.edgeLabel.size, TEXT.edgeLabel.weight) + 2 * EDGE_LABEL.paddingX),
    height: lines.length * TEXT.edgeLabel.lineHeight + 2 * EDGE_LABEL.paddingY,
  };
}

export function groupHeader(label: string): { lines: string[]; width: number; height: number } {
  const lines = wrapText(label, 340, TEXT.groupLabel.size, TEXT.groupLabel.weight, TEXT.groupLabel.maxLines);
  const textWidth = widestLine(lines, TEXT.groupLabel.size, TEXT.groupLabel.weight);
  return {
    lines,
    width: Math.ceil(GROUP.paddingX * 2 + GROUP.headerIcon + GROUP.headerGap + textWidth),
    height: Math.max(GROUP.headerIcon, lines.length * TEXT.groupLabel.lineHeight) + 2 * GROUP.headerPaddingY,
  };
}

export async function layoutDiagram(spec: DiagramSpec): Promise<DiagramLayout> {
  const model = new DiagramModel(spec);
  const laid = await model.layoutContainer(ROOT);
  return model.toLayout(laid);
}

class DiagramModel {
  readonly parentOf = new Map<string, string>();
  readonly childrenOf = new Map<string, string[]>();
  readonly groupIds: Set<string>;
  readonly sizes = new Map<string, ReturnType<typeof nodeBox>>();
  readonly headers = new Map<string, ReturnType<typeof groupHeader>>();

  constructor(readonly spec: DiagramSpec) {
    this.groupIds = new Set(spec.groups.map((g) => g.id));
    this.childrenOf.set(ROOT, []);
    for (const g of spec.groups) this.childrenOf.set(g.id, []);
    for (const item of [...spec.groups, ...spec.nodes]) {
      const parent = item.parent ?? ROOT;
      this.parentOf.set(item.id, parent);
      this.childrenOf.get(parent)?.push(item.id);
    }
    for (const n of spec.nodes) this.sizes.set(n.id, nodeBox(n));
    for (const g of spec.groups) this.headers.set(g.id, groupHeader(g.label));
  }

  kindOf(containerId: string): LayoutKind {
    if (containerId === ROOT) return this.spec.arrangement === 'lanes' ? 'layered' : this.spec.arrangement;
    return this.spec.groups.find((g) => g.id === containerId)?.arrangement ?? 'layered';
  }

  hubOf(containerId: string): string | undefined {
    return containerId === ROOT ? this.spec.hub : this.spec.groups.find((g) => g.id === containerId)?.hub;
  }

  /** Containers laid out on their own: the root, mesh and hub groups, and any group directly inside those. */
  isLayoutRoot(id: string): boolean {
    if (id === ROOT) return true;
    if (!this.groupIds.has(id)) return false;
    return this.kindOf(id) !== 'layered' || this.kindOf(this.parentOf.get(id) ?? ROOT) !== 'layered';
  }

  ancestors(id: string): string[] {
    const out: string[] = [];
    for (let p = this.parentOf.get(id); p; p = this.parentOf.get(p)) out.push(p);
    return out;
  }

  /** The innermost layout root that holds both ends of an edge: that container routes it. */
  edgeOwner(edge: { from: string; to: string }): string {
    const fromUp = new Set(this.ancestors(edge.from));
    const common = this.ancestors(edge.to).find((a) => fromUp.has(a)) ?? ROOT;
    let owner = common;
    while (!this.isLayoutRoot(owner)) owner = this.parentOf.get(owner) ?? ROOT;
    return owner;
  }

  async layoutContainer(id: string): Promise<ContainerLayout> {
    const kind = this.kindOf(id);
    return kind === 'layered' ? this.layoutLayered(id) : this.layoutRadial(id, kind);
  }

  /** One ELK run over the container's subtree; nested layout roots enter it as fixed boxes. */
  private async layoutLayered(id: string): Promise<ContainerLayout> {
    const nested = new Map<string, ContainerLayout>();
    const elkNodeFor = async (childId: string): Promise<ElkNode> => {
      if (!this.groupIds.has(childId)) {
        const size = this.sizes.get(childId);
        return { id: childId, width: size?.width, height: size?.height };
      }
      const header = this.headers.get(childId);
      if (this.isLayoutRoot(childId)) {
        const inner = await this.layoutContainer(childId);
        nested.set(childId, inner);
        return { id: childId, width: inner.width, height: inner.height };
      }
      return {
        id: childId,
        layoutOptions: {
          'elk.padding': `[top=${(header?.height ?? 0) + 8},left=${GROUP.padding},bottom=${GROUP.padding},right=${GROUP.padding}]`,
          'elk.nodeSize.constraints': 'MINIMUM_SIZE',
          'elk.nodeSize.minimum': `(${header?.width ?? 0}, 0)`,
        },
        children: await Promise.all((this.childrenOf.get(childId) ?? []).map(elkNodeFor)),
      };
    };
    const header = id === ROOT ? undefined : this.headers.get(id);
    const ownEdges = this.spec.edges.filter((e) => this.edgeOwner(e) === id);
    // With no edges, everything falls into one layer; laid across rather than down, the two halves
    // of a before-and-after diagram sit side by side, as on a slide.
    const options = ownEdges.length === 0 ? { ...LAYERED_OPTIONS, 'elk.direction': 'DOWN' } : LAYERED_OPTIONS;
    const graph: ElkNode = {
      id,
      // A group laid out on its own keeps room for its title strip.
      layoutOptions: header
        ? {
            ...options,
            'elk.padding': `[top=${header.height + 8},left=${GROUP.padding},bottom=${GROUP.padding},right=${GROUP.padding}]`,
          }
        : options,
      children: await Promise.all((this.childrenOf.get(id) ?? []).map(elkNodeFor)),
      edges: ownEdges.map(
        (e): ElkExtendedEdge => ({
          id: e.id,
          sources: [e.backward ? e.to : e.from],
          targets: [e.backward ? e.from : e.to],
          labels: e.label ? [{ id: `${e.id}__label`, text: e.label, ...edgeLabelBox(e.label) }] : [],
        }),
      ),
    };
    const inGraph = new Set<string>();
    const collect = (n: ElkNode) => {
      for (const c of n.children ?? []) {
        inGraph.add(c.id);
        collect(c);
      }
    };
    collect(graph);
    for (const e of graph.edges ?? [])
      for (const end of [...e.sources, ...e.targets])
        if (!inGraph.has(end))
          throw new Error(`${this.spec.id}: edge ${e.id} reaches into a mesh or hub group from outside it; keep both ends in that group`);
    const laid = await (await getElk()).layout(graph);
    const backwardEdges = new Set(this.spec.edges.filter((e) => e.backward).map((e) => e.id));

    const boxes = new Map<string, Box>();
    const edges: ContainerLayout['edges'] = new Map();
    const visit = (node: ElkNode) => {
      for (const child of node.children ?? []) {
        const box = { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 };
        boxes.set(child.id, box);
        const inner = nested.get(child.id);
        if (inner) for (const [innerId, b] of inner.boxes) boxes.set(innerId, { ...b, x: b.x + box.x, y: b.y + box.y });
        if (inner) for (const [edgeId, route] of inner.edges) edges.set(edgeId, shiftRoute(route, box));
        visit(child);
      }
      for (const e of node.edges ?? []) {
        const section = e.sections?.[0];
        if (!section) continue;
        const label = e.labels?.[0];
        const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y }));
        if (backwardEdges.has(e.id)) points.reverse();
        edges.set(e.id, {
          points,
          ...(label ? { label: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } } : {}),
        });
      }
    };
    visit(laid);
    if (id === ROOT && this.spec.arrangement === 'lanes') stretchLanes(this, boxes);
    return { width: Math.max(laid.width ?? 0, header?.width ?? 0), height: laid.height ?? 0, boxes, edges };
  }

  /** Mesh (a circle of peers) or hub (a centre and its spokes), with straight edges. */
  private async layoutRadial(id: string, kind: 'mesh' | 'hub'): Promise<ContainerLayout> {
    const children = this.childrenOf.get(id) ?? [];
    const inner = new Map<string, ContainerLayout>();
    for (const c of children) if (this.groupIds.has(c)) inner.set(c, await this.layoutContainer(c));
    const sizeOf = (c: string): Sized => inner.get(c) ?? this.sizes.get(c) ?? { width: 0, height: 0 };
    const hub = kind === 'hub' ? this.hubOf(id) : undefined;
    const ring = children.filter((c) => c !== hub);
    const ownEdges = this.spec.edges.filter((e) => this.edgeOwner(e) === id);
    const labelRoom = Math.max(0, ...ownEdges.map((e) => (e.label ? edgeLabelBox(e.label).width : 0)));

    const placed = new Map<string, Box>();
    const place = (radius: number) => {
      placed.clear();
      if (hub) placed.set(hub, centredAt({ x: 0, y: 0 }, sizeOf(hub)));
      ring.forEach((c, i) => {
        // Start at the top (a mesh of four becomes a square) and go clockwise.
        const angle = -Math.PI / 2 + (kind === 'mesh' && ring.length === 4 ? Math.PI / 4 : 0) + (i * 2 * Math.PI) / ring.length;
        placed.set(c, centredAt({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) }, sizeOf(c)));
      });
    };
    // Grow the circle until every link has room for its label: in a mesh between any two boxes,
    // in a hub along each spoke (the ring's boxes then only need to keep apart).
    const linkGap = labelRoom + 24;
    let radius = 120;
    for (;;) {
      place(radius);
      const all = [...placed.entries()];
      const clash = all.some(([a, boxA], i) =>
        all.slice(i + 1).some(([b, boxB]) => gapBetween(boxA, boxB) < (kind === 'mesh' || a === hub || b === hub ? linkGap : 40)),
      );
      if (!clash || radius > 5000) break;
      radius *= 1.06;
    }

    const header = id === ROOT ? undefined : this.headers.get(id);
    const top = header ? header.height + 8 : 0;
    const pad = id === ROOT ? 0 : GROUP.padding;
    const minX = Math.min(...[...placed.values()].map((b) => b.x));
    const minY = Math.min(...[...placed.values()].map((b) => b.y));
    const boxes = new Map<string, Box>();
    for (const [c, b] of placed) {
      const box = { ...b, x: b.x - minX + pad, y: b.y - minY + pad + top };
      boxes.set(c, box);
      const nested = inner.get(c);
      if (nested) for (const [innerId, ib] of nested.boxes) boxes.set(innerId, { ...ib, x: ib.x + box.x, y: ib.y + box.y });
    }
    const edges: ContainerLayout['edges'] = new Map();
    for (const [c, nested] of inner) {
      const at = boxes.get(c);
      if (at) for (const [edgeId, route] of nested.edges) edges.set(edgeId, shiftRoute(route, at));
    }
    const nodeBoxes = [...boxes.entries()].filter(([boxId]) => !this.groupIds.has(boxId)).map(([, b]) => b);
    const takenLabels: Box[] = [];
    for (const e of ownEdges) {
      const from = boxes.get(e.from);
      const to = boxes.get(e.to);
      if (!from || !to) continue;
      const route = placeStraightEdge(from, to, e.label ? edgeLabelBox(e.label) : undefined, [...nodeBoxes, ...takenLabels]);
      if (route.label) takenLabels.push(route.label);
      edges.set(e.id, route);
    }
    const right = Math.max(...[...placed.values()].map((b) => b.x - minX + b.width)) + 2 * pad;
    const bottom = Math.max(...[...placed.values()].map((b) => b.y - minY + b.height)) + 2 * pad + top;
    return { width: Math.max(right, header?.width ?? 0), height: bottom, boxes, edges };
  }

  toLayout(laid: ContainerLayout): DiagramLayout {
    const layout: DiagramLayout = { nodes: {}, groups: {}, edges: {}, size: { width: round(laid.width), height: round(laid.height) } };
    const originOf = (id: string) => {
      const parent = this.parentOf.get(id);
      const box = parent && parent !== ROOT ? laid.boxes.get(parent) : undefined;
      return { x: box?.x ?? 0, y: box?.y ?? 0 };
    };
    for (const g of this.spec.groups) {
      const box = laid.boxes.get(g.id) ?? { x: 0, y: 0, width: 0, height: 0 };
      const origin = originOf(g.id);
      layout.groups[g.id] = {
        ...roundBox({ ...box, x: box.x - origin.x, y: box.y - origin.y }),
        labelLines: this.headers.get(g.id)?.lines ?? [],
      };
    }
    for (const n of this.spec.nodes) {
      const box = laid.boxes.get(n.id) ?? { x: 0, y: 0, width: 0, height: 0 };
      const origin = originOf(n.id);
      const size = this.sizes.get(n.id) ?? nodeBox(n);
      layout.nodes[n.id] = { ...size, x: round(box.x - origin.x), y: round(box.y - origin.y) };
    }
    for (const e of this.spec.edges) {
      const route = laid.edges.get(e.id);
      if (!route) continue;
      layout.edges[e.id] = {
        points: route.points.map((p) => ({ x: round(p.x), y: round(p.y) })),
        ...(route.label && e.label ? { label: { ...roundBox(route.label), lines: edgeLabelBox(e.label).lines } } : {}),
      };
    }
    return layout;
  }
}

/**
 * Lanes: the outermost set of sibling accounts or Regions become equal bands — side by side
 * they share a top and a height, stacked they share a left edge and a width — unless stretching one
 * would take in a node that is not its own.
 */
function stretchLanes(model: DiagramModel, boxes: Map<string, Box>) {
  const laneKinds = new Set(model.spec.groups.filter((g) => g.kind === 'account' || g.kind === 'region').map((g) => g.id));
  const parents = [ROOT, ...model.spec.groups.map((g) => g.id)].sort((a, b) => model.ancestors(a).length - model.ancestors(b).length);
  const lanes =
    parents.map((p) => (model.childrenOf.get(p) ?? []).filter((id) => laneKinds.has(id))).find((siblings) => siblings.length >= 2) ?? [];
  const laneBoxes = lanes.map((id) => boxes.get(id)).filter((b): b is Box => !!b);
  if (laneBoxes.length < 2) return;
  const disjoint = (start: (b: Box) => number, size: (b: Box) => number) =>
    [...laneBoxes]
      .sort((a, b) => start(a) - start(b))
      .every((b, i, all) => i === 0 || start(all[i - 1] as Box) + size(all[i - 1] as Box) <= start(b));
  const sideBySide = disjoint(
    (b) => b.x,
    (b) => b.width,
  );
  const stacked = disjoint(
    (b) => b.y,
    (b) => b.height,
  );
  if (!sideBySide && !stacked) return;
  const stretched = laneBoxes.map((b) => {
    if (sideBySide) {
      const top = Math.min(...laneBoxes.map((l) => l.y));
      return { ...b, y: top, height: Math.max(...laneBoxes.map((l) => l.y + l.height)) - top };
    }
    const left = Math.min(...laneBoxes.map((l) => l.x));
    return { ...b, x: left, width: Math.max(...laneBoxes.map((l) => l.x + l.width)) - left };
  });
  const members = (lane: string) => new Set([...boxes.keys()].filter((id) => model.ancestors(id).includes(lane)));
  const intrudes = stretched.some((box, i) => {
    const own = members(lanes[i] as string);
    return [...boxes.entries()].some(
      ([id, other]) => id !== lanes[i] && !own.has(id) && !model.ancestors(lanes[i] as string).includes(id) && boxesOverlap(box, other),
    );
  });
  if (intrudes) return;
  for (const [i, id] of lanes.entries()) boxes.set(id, stretched[i] as Box);
}

function centredAt(centre: Point, size: Sized): Box {
  return { x: centre.x - size.width / 2, y: centre.y - size.height / 2, width: size.width, height: size.height };
}

/** The distance between two boxes along the axis that separates them most (0 when they overlap). */
function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.max(0, dx, dy);
}

function shiftRoute(route: { points: Point[]; label?: Box }, by: Point) {
  return {
    points: route.points.map((p) => ({ x: p.x + by.x, y: p.y + by.y })),
    ...(route.label ? { label: { ...route.label, x: route.label.x + by.x, y: route.label.y + by.y } } : {}),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
const roundBox = (b: Box): Box => ({ x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) });
