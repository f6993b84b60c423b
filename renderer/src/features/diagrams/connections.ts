// The node panel's "Connections" list: every edge of the diagram that touches one node, said as
// a sentence ("Sends HTTPS to Load balancer", "Connected from User"), so a learner can read the
// graph around a node and walk to its neighbours. Outgoing edges come first, then incoming ones,
// each in the spec's edge order.
import type { DiagramSpec, EdgeKind } from '@common/content-schema';

export interface Connection {
  edgeId: string;
  direction: 'outgoing' | 'incoming';
  /** The sentence up to the other node: "Sends HTTPS to", "Connected from". */
  lead: string;
  /** The node at the other end of the edge, which the panel turns into a link. */
  otherId: string;
  otherLabel: string;
  kind: EdgeKind;
  /** The edge kind as a muted suffix, "(trust)"; undefined for plain data edges. */
  kindSuffix: string | undefined;
  /** The whole sentence, suffix left out: "Sends HTTPS to Load balancer". */
  text: string;
}

export function describeConnections(nodeId: string, nodes: DiagramSpec['nodes'], edges: DiagramSpec['edges']): Connection[] {
  const labels = new Map(nodes.map((n) => [n.id, n.label]));
  const toConnection = (edge: DiagramSpec['edges'][number], direction: Connection['direction']): Connection => {
    const otherId = direction === 'outgoing' ? edge.to : edge.from;
    // Content checks keep edges between known nodes; the id stands in should one slip through.
    const otherLabel = labels.get(otherId) ?? otherId;
    const label = edge.label?.trim();
    let lead: string;
    if (direction === 'outgoing') lead = label ? `Sends ${label} to` : 'Connects to';
    else lead = label ? `Receives ${label} from` : 'Connected from';
    return {
      edgeId: edge.id,
      direction,
      lead,
      otherId,
      otherLabel,
      kind: edge.kind,
      kindSuffix: edge.kind === 'data' ? undefined : `(${edge.kind})`,
      text: `${lead} ${otherLabel}`,
    };
  };
  const outgoing = edges.filter((e) => e.from === nodeId).map((e) => toConnection(e, 'outgoing'));
  // An edge from a node to itself is listed once, as outgoing.
  const incoming = edges.filter((e) => e.to === nodeId && e.from !== nodeId).map((e) => toConnection(e, 'incoming'));
  return [...outgoing, ...incoming];
}
