// The geometry check over every shipped diagram, and proof that each of its rules catches the
// defect it names.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiagramSpec } from '../common/content-schema';
import type { DiagramLayout } from '../common/contract';
import { checkDiagramGeometry, type GeometryRule, segmentCrossesBox } from './diagram-geometry';
import { layoutDiagram } from './diagram-layout';
import { diagramReport } from './diagram-report';
import { makeServices, REPO_ROOT } from './testing';

const services = makeServices();
const specs = [...services.content.diagrams.values()];
const topicIds = services.content.topics.map((t) => t.id);
services.close();

describe('every shipped diagram', () => {
  it.each(specs.map((s) => [s.id, s] as const))('%s lays out with no geometry findings', async (_id, spec) => {
    const layout = await layoutDiagram(spec);
    expect(checkDiagramGeometry(spec, layout)).toEqual([]);
  });

  it('docs/diagrams.md is current (npm run diagrams:report)', async () => {
    const onDisk = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'diagrams.md'), 'utf8');
    expect(onDisk).toBe(await diagramReport(specs, topicIds));
  });
});

const base: DiagramSpec = {
  id: 'planted',
  title: 'Planted defects',
  domain: 'D1',
  summary: 'A tiny diagram to plant defects in.',
  seedLines: '1',
  arrangement: 'layered',
  groups: [{ id: 'acct', label: 'Account', kind: 'account' }],
  nodes: [
    { id: 'a', label: 'Alpha', kind: 'service', topics: [] },
    { id: 'b', label: 'Bravo', kind: 'service', topics: [], parent: 'acct' },
    { id: 'c', label: 'Charlie', kind: 'service', topics: [] },
  ],
  edges: [
    { id: 'ab', from: 'a', to: 'b', label: 'calls', kind: 'data' },
    { id: 'bc', from: 'b', to: 'c', label: 'writes', kind: 'data' },
  ],
  steps: [],
  notice: [],
};

function rulesFor(mutate: (layout: DiagramLayout) => void, spec = base): Promise<GeometryRule[]> {
  return layoutDiagram(spec).then((layout) => {
    mutate(layout);
    return [...new Set(checkDiagramGeometry(spec, layout).map((f) => f.rule))];
  });
}

describe('the geometry check', () => {
  it('passes the planted diagram as laid out', async () => {
    expect(await rulesFor(() => {})).toEqual([]);
  });

  it('catches two nodes on top of each other', async () => {
    expect(
      await rulesFor((l) => {
        Object.assign(l.nodes.c as object, { x: l.nodes.a?.x, y: l.nodes.a?.y });
      }),
    ).toContain('node-overlap');
  });

  it('catches a label over a node and over another label', async () => {
    const rules = await rulesFor((l) => {
      const a = l.nodes.a;
      const ab = l.edges.ab?.label;
      const bc = l.edges.bc?.label;
      if (!a || !ab || !bc) throw new Error('layout incomplete');
      Object.assign(ab, { x: a.x + 10, y: a.y + 10 });
      Object.assign(bc, { x: a.x + 12, y: a.y + 12 });
    });
    expect(rules).toContain('label-collision');
  });

  it('catches an edge drawn through a node it does not touch', async () => {
    const rules = await rulesFor((l) => {
      const c = l.nodes.c;
      const route = l.edges.ab;
      if (!c || !route) throw new Error('layout incomplete');
      route.points = [
        { x: c.x - 50, y: c.y + c.height / 2 },
        { x: c.x + c.width + 50, y: c.y + c.height / 2 },
      ];
    });
    expect(rules).toContain('edge-through-node');
  });

  it('catches a node outside its group', async () => {
    expect(
      await rulesFor((l) => {
        Object.assign(l.nodes.b as object, { x: (l.groups.acct?.width ?? 0) + 40 });
      }),
    ).toContain('outside-group');
  });

  it('catches text too big for its box, and a title cut short', async () => {
    expect(
      await rulesFor((l) => {
        Object.assign(l.nodes.a as object, { height: 20 });
      }),
    ).toContain('text-overflow');
    const long = { ...base, nodes: base.nodes.map((n) => (n.id === 'a' ? { ...n, label: 'word '.repeat(40).trim() } : n)) };
    expect(await rulesFor(() => {}, long)).toEqual(['text-overflow']);
  });

  it('tells a line through a box from one that passes beside it', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -5, y: 12 }, { x: 15, y: 12 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -5, y: -5 }, { x: -1, y: 20 }, box)).toBe(false);
  });
});
