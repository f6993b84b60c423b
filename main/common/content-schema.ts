// Schemas of the course content shipped in assets/. They run when content is loaded and in
// `npm run content:check`, so a malformed file fails the build instead of a learner's session.
import { z } from 'zod';

export const DOMAINS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'] as const;
export const domainIdSchema = z.enum(DOMAINS);
export type DomainId = z.infer<typeof domainIdSchema>;

export interface DomainInfo {
  id: DomainId;
  name: string;
  /** Share of the DOP-C02 exam, in percent. */
  weight: number;
}

export const DOMAIN_INFO: readonly DomainInfo[] = [
  { id: 'D1', name: 'SDLC Automation', weight: 22 },
  { id: 'D2', name: 'Configuration Management and IaC', weight: 17 },
  { id: 'D3', name: 'Resilient Cloud Solutions', weight: 15 },
  { id: 'D4', name: 'Monitoring and Logging', weight: 15 },
  { id: 'D5', name: 'Incident and Event Response', weight: 14 },
  { id: 'D6', name: 'Security and Compliance', weight: 17 },
];

export const contentIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');

export const noteFrontMatterSchema = z.strictObject({
  id: contentIdSchema,
  title: z.string().min(3).max(140),
  domain: domainIdSchema,
  tags: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/))
    .min(2)
    .max(8),
  related: z.array(contentIdSchema).min(1).max(6),
  seedLines: z.string().min(1),
  /** The service was discontinued after the course (the note's [!SINCE] callout says when); kept as history. */
  retired: z.boolean().optional(),
  updated: z.union([z.string(), z.date()]).transform((v, ctx) => {
    const text = typeof v === 'string' ? v : v.toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) ctx.addIssue({ code: 'custom', message: 'updated must be YYYY-MM-DD' });
    return text;
  }),
});
export type NoteFrontMatter = z.infer<typeof noteFrontMatterSchema>;

export const edgeKindSchema = z.enum(['data', 'control', 'trust', 'replication']);
export type EdgeKind = z.infer<typeof edgeKindSchema>;

export const diagramNodeSchema = z.strictObject({
  id: contentIdSchema,
  label: z.string().min(1).max(80),
  /** What the node stands for: an AWS service, an actor (a person, a client) or a concept. */
  kind: z.enum(['service', 'actor', 'concept']),
  service: z.string().max(80).optional(),
  icon: z.string().max(80).optional(),
  topics: z.array(contentIdSchema).max(4).default([]),
  parent: contentIdSchema.optional(),
});

/**
 * How a container arranges what is inside it: `layered` flows left to right (ELK), `mesh` puts
 * peers on a circle so every pair's link shows, `hub` circles the rest around one centre node.
 */
export const containerLayoutSchema = z.enum(['layered', 'mesh', 'hub']);

export const diagramGroupSchema = z.strictObject({
  id: contentIdSchema,
  label: z.string().min(1).max(80),
  /** AWS architecture-diagram group types, each drawn with its standard icon and colour. */
  kind: z.enum(['cloud', 'account', 'region', 'vpc', 'subnet', 'az', 'on-premises', 'other']),
  parent: contentIdSchema.optional(),
  arrangement: containerLayoutSchema.optional(),
  /** For a `hub` group: the node at its centre. */
  hub: contentIdSchema.optional(),
});

export const diagramEdgeSchema = z.strictObject({
  id: contentIdSchema,
  from: contentIdSchema,
  to: contentIdSchema,
  label: z.string().max(80).optional(),
  kind: edgeKindSchema.default('data'),
  /**
   * The edge points against the diagram's left-to-right story (a read from an earlier stage, an
   * approval handing back to the pipeline): the layout places it as if reversed, and it is still
   * drawn from `from` to `to`.
   */
  backward: z.boolean().optional(),
});

export const diagramStepSchema = z.strictObject({
  caption: z.string().min(1).max(400),
  nodes: z.array(contentIdSchema).default([]),
  edges: z.array(contentIdSchema).default([]),
});

export const diagramSpecSchema = z.strictObject({
  id: contentIdSchema,
  title: z.string().min(3).max(140),
  domain: domainIdSchema,
  summary: z.string().min(10).max(600),
  seedLines: z.string().min(1),
  /** `lanes`: layered, with the top-level groups (accounts, Regions) drawn as full-width swimlanes. */
  arrangement: z.enum(['layered', 'mesh', 'hub', 'lanes']).default('layered'),
  /** For a `hub` diagram: the node at its centre. */
  hub: contentIdSchema.optional(),
  groups: z.array(diagramGroupSchema).default([]),
  nodes: z.array(diagramNodeSchema).min(2),
  edges: z.array(diagramEdgeSchema).min(1),
  steps: z.array(diagramStepSchema).default([]),
  notice: z.array(z.string().min(5).max(400)).default([]),
  /** An interactive model the diagram view adds for behaviours the course teaches. */
  simulation: z
    .enum([
      'traffic-shift',
      'blue-green',
      'eb-policies',
      'codedeploy-configs',
      'iam-evaluation',
      'elb-cross-zone',
      'lambda-concurrency',
      'sqs-scaling',
      'kinesis-shards',
    ])
    .optional(),
  /** For traffic simulations: the edges that carry traffic to the old and to the new version. */
  simulationEdges: z.strictObject({ old: z.array(contentIdSchema).min(1), new: z.array(contentIdSchema).min(1) }).optional(),
});
export type DiagramSpec = z.infer<typeof diagramSpecSchema>;
export type DiagramNodeSpec = z.infer<typeof diagramNodeSchema>;

export const quizOptionSchema = z.strictObject({
  id: z.string().regex(/^[a-f]$/),
  text: z.string().min(1).max(600),
  correct: z.boolean(),
  explanation: z.string().min(10).max(800),
});

export const quizQuestionSchema = z
  .strictObject({
    id: contentIdSchema,
    domain: domainIdSchema,
    topics: z.array(contentIdSchema).min(1).max(3),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    format: z.enum(['single', 'multi']),
    stem: z.string().min(20).max(2000),
    options: z.array(quizOptionSchema).min(4).max(6),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (q.format === 'single' && (correct !== 1 || q.options.length !== 4))
      ctx.addIssue({ code: 'custom', message: 'multiple choice: exactly 1 correct of 4 options' });
    if (q.format === 'multi' && (correct < 2 || correct > 3 || q.options.length < 5))
      ctx.addIssue({ code: 'custom', message: 'multiple response: 2-3 correct of 5-6 options' });
    // As in the exam, a multiple-response stem says how many to pick.
    const stated = /\(Choose (two|three)\.?\)/i.exec(q.stem)?.[1]?.toLowerCase();
    if (q.format === 'multi' && stated !== (correct === 2 ? 'two' : 'three'))
      ctx.addIssue({ code: 'custom', message: `multiple response: the stem must end with "(Choose ${correct === 2 ? 'two' : 'three'}.)"` });
    const ids = q.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'option ids must be unique' });
  });
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

export const quizFileSchema = z.strictObject({
  questions: z.array(quizQuestionSchema).min(1),
});

export const topicEntrySchema = z.strictObject({
  id: contentIdSchema,
  title: z.string().min(3),
  domain: domainIdSchema,
  seedLines: z.string(),
});

export const topicsFileSchema = z.object({
  topics: z.array(topicEntrySchema).min(1),
  additions: z.array(topicEntrySchema.extend({ reason: z.string().min(10) })).default([]),
});
export type TopicEntry = z.infer<typeof topicEntrySchema>;
