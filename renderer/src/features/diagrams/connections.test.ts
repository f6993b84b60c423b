// describeConnections turns the edges around one node into the node panel's sentences:
// outgoing edges first, then incoming ones, each in the spec's edge order.

import type { DiagramSpec } from '@common/content-schema';
import { describe, expect, it } from 'vitest';
import { describeConnections } from './connections';

const nodes: DiagramSpec['nodes'] = [
  { id: 'user', label: 'User', kind: 'actor', topics: [] },
  { id: 'alb', label: 'Load balancer', kind: 'service', service: 'Elastic Load Balancing', topics: [] },
  { id: 'app', label: 'App', kind: 'service', topics: [] },
  { id: 'role', label: 'Instance role', kind: 'concept', topics: [] },
  { id: 'db', label: 'Database', kind: 'service', topics: [] },
];

// Edge order is deliberately mixed: incoming and outgoing edges of 'app' interleave.
const edges: DiagramSpec['edges'] = [
  { id: 'e1', from: 'user', to: 'alb', label: 'HTTPS', kind: 'data' },
  { id: 'e2', from: 'alb', to: 'app', label: 'HTTP :8080', kind: 'data' },
  { id: 'e3', from: 'app', to: 'db', label: 'SQL', kind: 'data' },
  { id: 'e4', from: 'role', to: 'app', kind: 'trust' },
  { id: 'e5', from: 'app', to: 'alb', kind: 'control' },
  { id: 'e6', from: 'db', to: 'app', label: 'change stream', kind: 'replication' },
];

describe('describeConnections', () => {
  it('says what a node sends and to whom, outgoing edges first, in spec order', () => {
    const lines = describeConnections('app', nodes, edges);
    expect(lines.map((c) => c.text)).toEqual([
      'Sends SQL to Database',
      'Connects to Load balancer',
      'Receives HTTP :8080 from Load balancer',
      'Connected from Instance role',
      'Receives change stream from Database',
    ]);
    expect(lines.map((c) => c.edgeId)).toEqual(['e3', 'e5', 'e2', 'e4', 'e6']);
    expect(lines.map((c) => c.direction)).toEqual(['outgoing', 'outgoing', 'incoming', 'incoming', 'incoming']);
  });

  it('names the node at the other end so the panel can link to it', () => {
    const [sql] = describeConnections('app', nodes, edges);
    expect(sql).toMatchObject({ lead: 'Sends SQL to', otherId: 'db', otherLabel: 'Database' });
    const incoming = describeConnections('alb', nodes, edges).filter((c) => c.direction === 'incoming');
    expect(incoming.map((c) => [c.lead, c.otherId])).toEqual([
      ['Receives HTTPS from', 'user'],
      ['Connected from', 'app'],
    ]);
  });

  it('uses "Connects to" and "Connected from" for edges without a label', () => {
    const unlabeled: DiagramSpec['edges'] = [
      { id: 'a', from: 'user', to: 'alb', kind: 'data' },
      { id: 'b', from: 'alb', to: 'app', label: '   ', kind: 'data' },
    ];
    expect(describeConnections('alb', nodes, unlabeled).map((c) => c.text)).toEqual(['Connects to App', 'Connected from User']);
  });

  it('keeps the edge kind as a suffix for every kind but data', () => {
    const lines = describeConnections('app', nodes, edges);
    expect(lines.map((c) => [c.kind, c.kindSuffix])).toEqual([
      ['data', undefined],
      ['control', '(control)'],
      ['data', undefined],
      ['trust', '(trust)'],
      ['replication', '(replication)'],
    ]);
  });

  it('returns nothing for a node without edges', () => {
    expect(describeConnections('nobody', nodes, edges)).toEqual([]);
  });

  it('lists an edge from a node to itself once, and falls back to the id of an unknown node', () => {
    const odd: DiagramSpec['edges'] = [
      { id: 'loop', from: 'app', to: 'app', label: 'retry', kind: 'control' },
      { id: 'ghost', from: 'app', to: 'missing', kind: 'data' },
    ];
    expect(describeConnections('app', nodes, odd).map((c) => c.text)).toEqual(['Sends retry to App', 'Connects to missing']);
  });
});
