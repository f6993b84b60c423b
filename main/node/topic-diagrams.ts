// "Which diagrams show this topic": the one lookup behind a note's "appears in" list, the
// diagrams suggested after an answer and those beside a weak topic in stats.
import type { DiagramSpec } from '../common/content-schema';

/** Only what the lookup reads, so callers and tests can pass any diagram-shaped value. */
type DiagramTopics = Pick<DiagramSpec, 'id' | 'title'> & { nodes: readonly { id: string; topics: readonly string[] }[] };

export interface TopicDiagram {
  diagramId: string;
  title: string;
  /** The nodes that stand for any of the topics, in diagram order (never empty). */
  nodeIds: string[];
}

/** Diagrams, in the order given, with the nodes linked to any of `topics`. */
export function diagramsForTopics(diagrams: Iterable<DiagramTopics>, topics: readonly string[]): TopicDiagram[] {
  const out: TopicDiagram[] = [];
  for (const d of diagrams) {
    const nodeIds = d.nodes.filter((n) => n.topics.some((t) => topics.includes(t))).map((n) => n.id);
    if (nodeIds.length > 0) out.push({ diagramId: d.id, title: d.title, nodeIds });
  }
  return out;
}

/** At most `limit` diagrams for `topics`, each with its first matching node: what a study link opens. */
export function diagramLinksForTopics(
  diagrams: Iterable<DiagramTopics>,
  topics: readonly string[],
  limit: number,
): { id: string; title: string; nodeId: string }[] {
  return diagramsForTopics(diagrams, topics)
    .slice(0, limit)
    .map((d) => ({ id: d.diagramId, title: d.title, nodeId: d.nodeIds[0] ?? '' }));
}
