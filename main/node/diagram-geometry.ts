// The geometry check: reads a laid-out diagram as plain rectangles and polylines and reports
// everything a reader would see as broken — boxes on top of each other, labels covering nodes or
// labels, edges running behind a node they do not touch, nodes spilling out of their group, and
// text wider or taller than the box drawn around it. Runs in Node from the layout data alone.
import type { DiagramSpec } from '../common/content-schema';
import type { Box, DiagramLayout, Point } from '../common/contract';
import { EDGE_LABEL, GROUP, NODE, NODE_TEXT_WIDTH, TEXT } from '../common/diagram-style';
import { showsWholeText, textWidth } from './diagram-text/measure';

export const GEOMETRY_RULES = {
  'node-overlap': 'two nodes (or two sibling groups) overlap',
  'label-collision': 'an edge label covers a node, a group title or another label',
  'edge-through-node': 'an edge runs through a node that is neither its source nor its target',
  'outside-group': 'a node or group sticks out of its parent group',
  'text-overflow': 'text is wider or taller than its box',
} as const;
export type GeometryRule = keyof typeof GEOMETRY_RULES;

export interface GeometryFinding {
  rule: GeometryRule;
  message: string;
}

/** True when two boxes share area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

const shrink = (b: Box, by: number): Box => ({ x: b.x + by, y: b.y + by, width: b.width - 2 * by, height: b.height - 2 * by });

/** Liang–Barsky: does the segment p→q pass through the inside of the box? */
export function segmentCrossesBox(p: Point, q: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const edges: [number, number][] = [
    [-dx, p.x - box.x],
    [dx, box.x + box.width - p.x],
    [-dy, p.y - box.y],
    [dy, box.y + box.height - p.y],
  ];
  for (const [dp, dq] of edges) {
    if (dp === 0) {
      if (dq < 0) return false;
      continue;
    }
    const t = dq / dp;
    if (dp < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-6;
}

/** Every node's and group's box in diagram coordinates. */
export function absoluteBoxes(spec: DiagramSpec, layout: DiagramLayout): { nodes: Map<string, Box>; groups: Map<string, Box> } {
  const parentOf = new Map<string, string | undefined>([...spec.groups, ...spec.nodes].map((i) => [i.id, i.parent]));
  const origin = (id: string | undefined): Point => {
    if (!id) return { x: 0, y: 0 };
    const own = layout.groups[id] ?? { x: 0, y: 0 };
    const above = origin(parentOf.get(id));
    return { x: own.x + above.x, y: own.y + above.y };
  };
  const place = (box: Box, parent: string | undefined): Box => {
    const o = origin(parent);
    return { x: box.x + o.x, y: box.y + o.y, width: box.width, height: box.height };
  };
  return {
    nodes: new Map(spec.nodes.map((n) => [n.id, place(layout.nodes[n.id] ?? { x: 0, y: 0, width: 0, height: 0 }, n.parent)])),
    groups: new Map(spec.groups.map((g) => [g.id, place(layout.groups[g.id] ?? { x: 0, y: 0, width: 0, height: 0 }, g.parent)])),
  };
}

const GROUP_TITLE_CHROME = 2 * GROUP.paddingX + GROUP.headerIcon + GROUP.headerGap;

/** The strip at the top of a group that holds its icon and title. */
export function groupTitleBox(group: Box, labelLines: string[]): Box {
  const text = Math.max(0, ...labelLines.map((l) => textWidth(l, TEXT.groupLabel.size, TEXT.groupLabel.weight)));
  const height = Math.max(GROUP.headerIcon, labelLines.length * TEXT.groupLabel.lineHeight) + 2 * GROUP.headerPaddingY;
  return { x: group.x, y: group.y, width: Math.min(group.width, GROUP_TITLE_CHROME + text), height };
}

export function checkDiagramGeometry(spec: DiagramSpec, layout: DiagramLayout): GeometryFinding[] {
  const findings: GeometryFinding[] = [];
  const add = (rule: GeometryRule, message: string) => findings.push({ rule, message });
  const { nodes, groups } = absoluteBoxes(spec, layout);
  const nodeEntries = [...nodes.entries()];

  nodeEntries.forEach(([a, boxA], i) => {
    for (const [b, boxB] of nodeEntries.slice(i + 1)) if (boxesOverlap(boxA, boxB)) add('node-overlap', `nodes ${a} and ${b} overlap`);
  });
  spec.groups.forEach((g, i) => {
    for (const h of spec.groups.slice(i + 1)) {
      if (g.parent !== h.parent) continue;
      const [boxG, boxH] = [groups.get(g.id), groups.get(h.id)];
      if (boxG && boxH && boxesOverlap(boxG, boxH)) add('node-overlap', `groups ${g.id} and ${h.id} overlap`);
    }
  });

  for (const item of [...spec.nodes, ...spec.groups]) {
    if (!item.parent) continue;
    const parent = groups.get(item.parent);
    const own = nodes.get(item.id) ?? groups.get(item.id);
    if (!parent || !own) continue;
    if (!contains(parent, own)) add('outside-group', `${item.id} sticks out of group ${item.parent}`);
    const title = groupTitleBox(parent, layout.groups[item.parent]?.labelLines ?? []);
    if (boxesOverlap(own, title)) add('outside-group', `${item.id} covers the title of group ${item.parent}`);
  }

  const labels: { id: string; box: Box }[] = [];
  for (const e of spec.edges) {
    const label = layout.edges[e.id]?.label;
    if (label) labels.push({ id: e.id, box: label });
  }
  for (const { id, box } of labels) {
    for (const [nodeId, nodeBox] of nodeEntries)
      if (boxesOverlap(box, nodeBox)) add('label-collision', `label of ${id} covers node ${nodeId}`);
    for (const g of spec.groups) {
      const group = groups.get(g.id);
      if (group && boxesOverlap(box, groupTitleBox(group, layout.groups[g.id]?.labelLines ?? [])))
        add('label-collision', `label of ${id} covers the title of group ${g.id}`);
    }
  }
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (boxesOverlap(a.box, b.box)) add('label-collision', `labels of ${a.id} and ${b.id} overlap`);
  });

  for (const e of spec.edges) {
    const points = layout.edges[e.id]?.points ?? [];
    if (points.length < 2) {
      add('edge-through-node', `edge ${e.id} has no route`);
      continue;
    }
    for (const [nodeId, box] of nodeEntries) {
      if (nodeId === e.from || nodeId === e.to) continue;
      const inner = shrink(box, 1);
      if (points.some((p, i) => i > 0 && segmentCrossesBox(points[i - 1] as Point, p, inner)))
        add('edge-through-node', `edge ${e.id} runs through node ${nodeId}`);
    }
  }

  for (const n of spec.nodes) {
    const box = layout.nodes[n.id];
    if (!box) continue;
    const label = box.labelLines ?? [n.label];
    const service = box.serviceLines ?? (n.service ? [n.service] : []);
    const widest = Math.max(
      ...label.map((l) => textWidth(l, TEXT.nodeLabel.size, TEXT.nodeLabel.weight)),
      ...service.map((l) => textWidth(l, TEXT.nodeService.size, TEXT.nodeService.weight)),
    );
    const textWidthRoom = box.width - (NODE.width - NODE_TEXT_WIDTH);
    if (widest > textWidthRoom + 0.5)
      add('text-overflow', `node ${n.id}: text is ${Math.round(widest)} px wide in ${Math.round(textWidthRoom)} px`);
    const tall =
      label.length * TEXT.nodeLabel.lineHeight + service.length * TEXT.nodeService.lineHeight + 2 * (NODE.paddingY + NODE.border);
    if (tall > box.height + 0.5) add('text-overflow', `node ${n.id}: text is ${tall} px tall in ${box.height} px`);
    if (!showsWholeText(label, n.label)) add('text-overflow', `node ${n.id}: title cut to "${label.join(' ')}"`);
  }
  for (const e of spec.edges) {
    const label = layout.edges[e.id]?.label;
    if (!e.label) continue;
    if (!label) {
      add('text-overflow', `edge ${e.id}: label "${e.label}" has no box`);
      continue;
    }
    const widest = Math.max(...label.lines.map((l) => textWidth(l, TEXT.edgeLabel.size, TEXT.edgeLabel.weight)));
    if (widest > label.width - 2 * EDGE_LABEL.paddingX + 0.5) add('text-overflow', `edge ${e.id}: label wider than its box`);
    if (label.lines.length * TEXT.edgeLabel.lineHeight > label.height + 0.5)
      add('text-overflow', `edge ${e.id}: label taller than its box`);
    if (!showsWholeText(label.lines, e.label)) add('text-overflow', `edge ${e.id}: label cut to "${label.lines.join(' ')}"`);
  }
  for (const g of spec.groups) {
    const box = groups.get(g.id);
    const lines = layout.groups[g.id]?.labelLines ?? [g.label];
    if (!box) continue;
    const needed = GROUP_TITLE_CHROME + Math.max(...lines.map((l) => textWidth(l, TEXT.groupLabel.size, TEXT.groupLabel.weight)));
    if (needed > box.width + 0.5)
      add('text-overflow', `group ${g.id}: title is ${Math.round(needed)} px wide in ${Math.round(box.width)} px`);
  }
  return findings;
}

export function countByRule(findings: GeometryFinding[]): Record<GeometryRule, number> {
  const counts = Object.fromEntries(Object.keys(GEOMETRY_RULES).map((r) => [r, 0])) as Record<GeometryRule, number>;
  for (const f of findings) counts[f.rule]++;
  return counts;
}
