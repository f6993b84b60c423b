// toFlow decides what a diagram shows: where each box sits, which parts a walk-through step
// lights up, how thick a simulated traffic edge is, and which labels a drill hides.

import type { LaidOutDiagram } from '@common/contract';
import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { EDGE_COLOURS, type GroupNodeData, type ServiceNodeData, toFlow } from './flow-model';

const spec: LaidOutDiagram = {
  id: 'demo',
  title: 'Demo diagram',
  domain: 'D1',
  summary: 'A small diagram for the tests.',
  seedLines: '1',
  // The subnet comes first but sits inside the VPC, which sits inside the region.
  groups: [
    { id: 'subnet', label: 'Private subnet', kind: 'subnet', parent: 'vpc' },
    { id: 'vpc', label: 'VPC', kind: 'vpc', parent: 'region' },
    { id: 'region', label: 'us-east-1', kind: 'region' },
  ],
  nodes: [
    { id: 'user', label: 'User', kind: 'actor', topics: [] },
    { id: 'alb', label: 'Load balancer', kind: 'service', service: 'Elastic Load Balancing', topics: ['elb'], parent: 'vpc' },
    { id: 'app', label: 'App', kind: 'service', service: 'No such service', topics: [], parent: 'subnet' },
  ],
  edges: [
    { id: 'e1', from: 'user', to: 'alb', label: 'HTTPS', kind: 'data' },
    { id: 'e2', from: 'alb', to: 'app', kind: 'control' },
  ],
  steps: [],
  notice: [],
  arrangement: 'layered',
  layout: {
    nodes: {
      user: { x: 10, y: 20, width: 232, height: 64, labelLines: ['User'], serviceLines: [] },
      alb: { x: 30, y: 40, width: 232, height: 82, labelLines: ['Load balancer'], serviceLines: ['Elastic Load', 'Balancing'] },
    },
    groups: {
      region: { x: 0, y: 0, width: 900, height: 600, labelLines: ['us-east-1'] },
      vpc: { x: 5, y: 6, width: 500, height: 400, labelLines: ['VPC'] },
    },
    edges: {
      e1: {
        points: [
          { x: 242, y: 52 },
          { x: 300, y: 52 },
          { x: 300, y: 90 },
          { x: 335, y: 90 },
        ],
        label: { x: 250, y: 60, width: 44, height: 19, lines: ['HTTPS'] },
      },
    },
    size: { width: 900, height: 600 },
  },
};

function node(nodes: Node[], id: string): Node<ServiceNodeData> {
  const found = nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found as Node<ServiceNodeData>;
}

function edge(edges: Edge[], id: string): Edge {
  const found = edges.find((e) => e.id === id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
}

describe('toFlow layout', () => {
  it('puts every group before its children, whatever the spec order', () => {
    const { nodes } = toFlow(spec);
    expect(nodes.slice(0, 3).map((n) => n.id)).toEqual(['region', 'vpc', 'subnet']);
  });

  it('lists nodes in reading order (column by column, top to bottom), so Tab follows the drawing', () => {
    const { nodes } = toFlow(spec);
    // app sits at (5, 6) through its groups, user at (10, 20): one column, app above; alb at x 35.
    expect(nodes.slice(3).map((n) => n.id)).toEqual(['app', 'user', 'alb']);
  });

  it('nests children in their parent group and keeps them inside it', () => {
    const { nodes } = toFlow(spec);
    expect(node(nodes, 'alb')).toMatchObject({ parentId: 'vpc', extent: 'parent' });
    expect(node(nodes, 'vpc')).toMatchObject({ parentId: 'region', extent: 'parent' });
    expect(node(nodes, 'user').parentId).toBeUndefined();
    expect(nodes.find((n) => n.id === 'region')?.parentId).toBeUndefined();
  });

  it('places boxes where the layout says, with fallbacks for missing entries', () => {
    const { nodes } = toFlow(spec);
    expect(node(nodes, 'alb').position).toEqual({ x: 30, y: 40 });
    expect(node(nodes, 'app')).toMatchObject({ position: { x: 0, y: 0 }, data: { labelLines: ['App'] } });
    expect(nodes.find((n) => n.id === 'vpc')).toMatchObject({ position: { x: 5, y: 6 }, width: 500, height: 400 });
    expect(nodes.find((n) => n.id === 'subnet')).toMatchObject({ width: 300, height: 200 });
  });

  it('gives service nodes the size the layout measured, and groups no focus, so keyboard users tab through services only', () => {
    const { nodes } = toFlow(spec);
    expect(node(nodes, 'alb')).toMatchObject({ width: 232, height: 82, type: 'service' });
    expect(node(nodes, 'alb').data).toMatchObject({ labelLines: ['Load balancer'], serviceLines: ['Elastic Load', 'Balancing'] });
    const group = nodes.find((n) => n.id === 'vpc') as Node<GroupNodeData>;
    expect(group).toMatchObject({ type: 'container', focusable: false, selectable: false, data: { label: 'VPC', kind: 'vpc' } });
  });

  it('names a node and its service for screen readers', () => {
    const { nodes } = toFlow(spec);
    expect(node(nodes, 'alb').ariaLabel).toBe('Load balancer (Elastic Load Balancing)');
    expect(node(nodes, 'user').ariaLabel).toBe('User');
  });

  it('shows the AWS icon of a known service and none for an unknown one', () => {
    const { nodes } = toFlow(spec);
    expect(node(nodes, 'alb').data.icon).toEqual(expect.any(String));
    expect(node(nodes, 'app').data.icon).toBeUndefined();
    expect(nodes.find((n) => n.id === 'region')?.data.icon).toEqual(expect.any(String));
  });

  it('draws each edge along its laid-out route in its kind colour, with its label in the reserved box', () => {
    const { edges } = toFlow(spec);
    expect(edge(edges, 'e1')).toMatchObject({ type: 'routed', source: 'user', target: 'alb', label: 'HTTPS', animated: false });
    expect(edge(edges, 'e1').data).toMatchObject({ points: spec.layout.edges.e1?.points, labelBox: spec.layout.edges.e1?.label });
    expect(edge(edges, 'e1').ariaLabel).toBe('User sends HTTPS to Load balancer');
    expect(edge(edges, 'e1').style).toMatchObject({ stroke: EDGE_COLOURS.data, strokeDasharray: undefined, opacity: 1 });
    expect(edge(edges, 'e2').style).toMatchObject({ stroke: EDGE_COLOURS.control, strokeDasharray: '6 4' });
  });
});

describe('toFlow overlays', () => {
  it('with no highlight, neither lights nor dims anything', () => {
    const { nodes } = toFlow(spec);
    expect(nodes.filter((n) => n.type === 'service').map((n) => [n.data.highlighted, n.data.dimmed])).toEqual([
      [false, false],
      [false, false],
      [false, false],
    ]);
  });

  it('lights the step of a walk-through and dims the rest', () => {
    const { nodes, edges } = toFlow(spec, { highlight: { nodes: ['alb'], edges: ['e1'] } });
    expect(node(nodes, 'alb').data).toMatchObject({ highlighted: true, dimmed: false });
    expect(node(nodes, 'app').data).toMatchObject({ highlighted: false, dimmed: true });
    expect(edge(edges, 'e1')).toMatchObject({ animated: false, style: { strokeWidth: 3, opacity: 1 } });
    expect(edge(edges, 'e2')).toMatchObject({ animated: false, style: { opacity: 0.2 } });
  });

  it('labels simulated edges with their traffic share and widens them with it', () => {
    const { edges } = toFlow(spec, { traffic: { e1: 100, e2: 0 } });
    expect(edge(edges, 'e1')).toMatchObject({ label: '100% of traffic', animated: true, style: { strokeWidth: 8, opacity: 1 } });
    expect(edge(edges, 'e2')).toMatchObject({ label: '0% of traffic', animated: false, style: { strokeWidth: 1, opacity: 0.35 } });
    expect(edge(edges, 'e1').data).toMatchObject({ showsShare: true });
  });

  it('hides drilled labels, and shows the learner’s answer once given', () => {
    const { nodes } = toFlow(spec, { hidden: { alb: null, app: { correct: false, text: 'EC2' } } });
    expect(node(nodes, 'alb').data.hiddenLabel).toEqual({});
    expect(node(nodes, 'app').data.hiddenLabel).toEqual({ answered: { correct: false, text: 'EC2' } });
    expect(node(nodes, 'user').data.hiddenLabel).toBeUndefined();
    // A screen reader must not read out the answer the learner is asked for.
    expect(node(nodes, 'alb').ariaLabel).toBe('Hidden node: name it in the drill panel');
    expect(node(nodes, 'user').ariaLabel).toBe('User');
  });
});
