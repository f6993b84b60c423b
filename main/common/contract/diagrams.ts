// Architecture diagrams and the label drill on their nodes.
import { z } from 'zod';
import type { DiagramSpec, DomainId } from '../content-schema';
import { contentIdSchema } from '../content-schema';
import { DAY_MS } from '../dates';
import { call, idInput, noInput, uuid } from './schemas';

export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  width: number;
  height: number;
}

/** Text broken into the lines it is drawn on: the layout measured them, so boxes fit them. */
export interface NodeBox extends Box {
  labelLines: string[];
  serviceLines: string[];
}

/**
 * Where everything sits. Nodes and groups are relative to their parent group (as React Flow
 * wants them); edge routes and their label boxes are in diagram coordinates.
 */
export interface DiagramLayout {
  nodes: Record<string, NodeBox>;
  groups: Record<string, Box & { labelLines: string[] }>;
  edges: Record<string, { points: Point[]; label?: Box & { lines: string[] } }>;
  /** The whole drawing, from (0, 0). */
  size: { width: number; height: number };
}

export interface LaidOutDiagram extends DiagramSpec {
  layout: DiagramLayout;
}

export interface DiagramSummary {
  id: string;
  title: string;
  domain: DomainId;
  summary: string;
  nodeCount: number;
  /** For the index thumbnail: laid-out node boxes and edges, in diagram coordinates. */
  thumbnail: { boxes: (Box & { kind: 'service' | 'actor' | 'concept' })[]; lines: [number, number, number, number][] };
}

export interface DrillSessionView {
  sessionId: string;
  diagramId: string;
  /** Nodes whose labels are hidden; the learner picks each label from the choices. */
  items: { nodeId: string; choices: string[] }[];
}

export interface DrillFeedback {
  nodeId: string;
  correct: boolean;
  correctLabel: string;
  attemptId: number;
}

export const diagramCalls = {
  'diagrams.list': call(noInput).returns<DiagramSummary[]>(),
  'diagrams.get': call(idInput).returns<LaidOutDiagram>(),

  /** Every node of every diagram, for [[diagram#node]] link autocomplete. */
  'diagrams.nodeIndex': call(noInput).returns<{ diagramId: string; diagramTitle: string; nodeId: string; label: string }[]>(),
  'diagrams.nodeNotes': call(z.strictObject({ diagramId: contentIdSchema, nodeId: contentIdSchema })).returns<
    { id: string; title: string }[]
  >(),
  'drill.start': call(
    z.strictObject({
      diagramId: contentIdSchema,
      count: z.int().min(1).max(20).default(5),
      /** Drill exactly these nodes (for example the ones due for review). */
      nodeIds: z.array(contentIdSchema).max(50).optional(),
    }),
  ).returns<DrillSessionView>(),
  'drill.answer': call(
    z.strictObject({
      sessionId: uuid,
      nodeId: contentIdSchema,
      choice: z.string().min(1).max(200),
      timeMs: z.int().min(0).max(DAY_MS),
    }),
  ).returns<DrillFeedback>(),
} as const;
