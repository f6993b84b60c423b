// Overscan culling decides which nodes and edges of a large diagram are drawn: those within a view
// of the screen, recomputed only when the view has moved half that margin or the zoom changed.

import type { LaidOutDiagram } from '@common/contract';
import { describe, expect, it } from 'vitest';
import { drawingBoxes, idsIn, nextRegion, viewOf } from './useOverscanCulling';

describe('viewOf', () => {
  it('turns React Flow’s transform and the canvas size into the part of the drawing on screen', () => {
    expect(viewOf([-200, -100, 2], 800, 600)).toEqual({ x: 100, y: 50, width: 400, height: 300 });
  });
});

describe('nextRegion', () => {
  const view = { x: 1000, y: 1000, width: 400, height: 300 };
  const first = nextRegion(undefined, view, 1);

  it('reaches one view beyond the screen on every side', () => {
    expect(first).toEqual({ x: 600, y: 700, width: 1200, height: 900, zoom: 1 });
  });

  it('keeps the region (the same object: nothing to draw) while the view moves less than half the margin', () => {
    const moved = { ...view, x: view.x + 199, y: view.y - 149 };
    expect(nextRegion(first, moved, 1)).toBe(first);
  });

  it('moves the region once the view has used up half the margin', () => {
    const moved = { ...view, x: view.x + 201 };
    const next = nextRegion(first, moved, 1);
    expect(next).not.toBe(first);
    expect(next).toEqual({ x: 801, y: 700, width: 1200, height: 900, zoom: 1 });
  });

  it('recomputes when zooming out leaves the view too close to the edge, or zooming in leaves the region far too large', () => {
    const centre = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
    const at = (zoom: number) => ({
      x: centre.x - view.width / zoom / 2,
      y: centre.y - view.height / zoom / 2,
      width: view.width / zoom,
      height: view.height / zoom,
    });
    expect(nextRegion(first, at(1.4), 1.4)).toBe(first);
    expect(nextRegion(first, at(1.6), 1.6)).not.toBe(first);
    expect(nextRegion(first, at(0.7), 0.7)).toBe(first);
    expect(nextRegion(first, at(0.6), 0.6)).not.toBe(first);
  });

  it('takes a smaller overscan', () => {
    expect(nextRegion(undefined, view, 1, 0.5)).toEqual({ x: 800, y: 850, width: 800, height: 600, zoom: 1 });
  });
});

describe('drawingBoxes and idsIn', () => {
  const spec = {
    id: 'demo',
    title: 'Demo',
    domain: 'D1',
    summary: '',
    seedLines: '1',
    groups: [
      { id: 'vpc', label: 'VPC', kind: 'vpc' },
      { id: 'subnet', label: 'Subnet', kind: 'subnet', parent: 'vpc' },
    ],
    nodes: [
      { id: 'a', label: 'A', kind: 'service', topics: [] },
      { id: 'b', label: 'B', kind: 'service', topics: [], parent: 'subnet' },
      { id: 'c', label: 'C', kind: 'service', topics: [] },
    ],
    edges: [
      { id: 'ab', from: 'a', to: 'b', kind: 'data' },
      { id: 'ac', from: 'a', to: 'c', kind: 'data', label: 'far' },
      { id: 'bc', from: 'b', to: 'c', kind: 'data' },
    ],
    steps: [],
    layout: {
      nodes: {
        a: { x: 0, y: 0, width: 100, height: 50, labelLines: ['A'], serviceLines: [] },
        b: { x: 20, y: 30, width: 100, height: 50, labelLines: ['B'], serviceLines: [] },
        c: { x: 5000, y: 0, width: 100, height: 50, labelLines: ['C'], serviceLines: [] },
      },
      groups: {
        vpc: { x: 1000, y: 0, width: 600, height: 400, labelLines: ['VPC'] },
        subnet: { x: 100, y: 100, width: 300, height: 200, labelLines: ['Subnet'] },
      },
      edges: {
        ab: {
          points: [
            { x: 100, y: 25 },
            { x: 1120, y: 155 },
          ],
        },
        // A straight line along y = 25, its label box above the middle.
        ac: {
          points: [
            { x: 100, y: 25 },
            { x: 5000, y: 25 },
          ],
          label: { x: 2500, y: 0, width: 40, height: 16, lines: ['far'] },
        },
        // No route: the edge lies between its nodes.
      },
      size: { width: 5100, height: 400 },
    },
  } as unknown as LaidOutDiagram;
  const boxes = drawingBoxes(spec);

  it('places a node inside nested groups in diagram coordinates', () => {
    expect(boxes.nodes.get('b')).toEqual({ x: 1120, y: 130, width: 100, height: 50 });
  });

  it('bounds an edge by its route and label, or by its nodes when it has no route', () => {
    expect(boxes.edges.get('ab')).toEqual({ x: 100, y: 25, width: 1020, height: 130 });
    expect(boxes.edges.get('ac')).toEqual({ x: 100, y: 0, width: 4900, height: 25 });
    expect(boxes.edges.get('bc')).toEqual({ x: 1120, y: 0, width: 3980, height: 180 });
  });

  it('draws what overlaps the region, including an edge that only passes through it', () => {
    const region = { x: 2000, y: -100, width: 1000, height: 150 };
    expect([...idsIn(boxes.nodes, region)]).toEqual([]);
    expect([...idsIn(boxes.edges, region)].sort()).toEqual(['ac', 'bc']);
    expect([...idsIn(boxes.nodes, { x: 1150, y: 150, width: 10, height: 10 })]).toEqual(['b']);
  });
});
