// Diagram drills: some node labels are hidden and the learner names each one. Every answer is
// checked here and stored as a quiz attempt in mode "diagram", so drills count in history and stats.
import { randomUUID } from 'node:crypto';
import type { DrillFeedback, DrillSessionView } from '../common/contract';
import { ApiError } from '../common/result';
import { shuffle } from '../common/shuffle';
import type { AttemptRecorder } from './attempts';
import type { ContentIndex } from './content';
import type { Db } from './database';

const CHOICES = 4;

export const drillQuestionId = (diagramId: string, nodeId: string) => `${diagramId}#${nodeId}`;

export class DrillService {
  constructor(
    private readonly db: Db,
    private readonly content: ContentIndex,
    private readonly recorder: AttemptRecorder,
    private readonly random: () => number = Math.random,
  ) {}

  start(diagramId: string, count: number, nodeIds?: string[]): DrillSessionView {
    const diagram = this.content.diagrams.get(diagramId);
    if (!diagram) throw new ApiError('not_found', `There is no diagram "${diagramId}".`);
    // Services first: they are what the exam names; actors and concepts fill in on small diagrams.
    const pool = nodeIds?.length
      ? diagram.nodes.filter((n) => nodeIds.includes(n.id))
      : [
          ...this.shuffle(diagram.nodes.filter((n) => n.kind === 'service')),
          ...this.shuffle(diagram.nodes.filter((n) => n.kind !== 'service')),
        ];
    if (pool.length === 0) throw new ApiError('not_found', 'None of those nodes are in this diagram.');
    const picked = nodeIds?.length ? pool : pool.slice(0, Math.min(count, pool.length));
    const labels = [...new Set([...this.content.diagrams.values()].flatMap((d) => d.nodes.map((n) => n.label)))];
    const local = diagram.nodes.map((n) => n.label);
    const items = picked.map((node) => {
      // Distractors from the same diagram when possible: they are the plausible confusions.
      const others = this.shuffle([...new Set([...this.shuffle(local), ...this.shuffle(labels)])].filter((l) => l !== node.label));
      return { nodeId: node.id, choices: this.shuffle([node.label, ...others.slice(0, CHOICES - 1)]) };
    });
    const sessionId = randomUUID();
    this.db
      .prepare('INSERT INTO quiz_sessions (id, mode, question_ids, started_at) VALUES (?, ?, ?, ?)')
      .run(sessionId, 'diagram', JSON.stringify(picked.map((n) => drillQuestionId(diagramId, n.id))), new Date().toISOString());
    return { sessionId, diagramId, items };
  }

  answer(sessionId: string, nodeId: string, choice: string, timeMs: number): DrillFeedback {
    const session = this.db.prepare("SELECT question_ids FROM quiz_sessions WHERE id = ? AND mode = 'diagram'").get(sessionId) as
      | { question_ids: string }
      | undefined;
    if (!session) throw new ApiError('not_found', 'This drill no longer exists. Start a new one.');
    const questionId = (JSON.parse(session.question_ids) as string[]).find((q) => q.endsWith(`#${nodeId}`));
    const diagram = this.content.diagrams.get(questionId?.split('#')[0] ?? '');
    const node = diagram?.nodes.find((n) => n.id === nodeId);
    if (!questionId || !diagram || !node) throw new ApiError('not_found', `Node "${nodeId}" is not part of this drill.`);
    const already = this.db.prepare('SELECT 1 FROM quiz_attempts WHERE session_id = ? AND question_id = ?').get(sessionId, questionId);
    if (already) throw new ApiError('conflict', `Node "${nodeId}" was already answered in this drill.`);
    const correct = choice === node.label;
    const { attemptId } = this.recorder.record({
      sessionId,
      cardId: questionId,
      kind: 'diagram',
      format: 'diagram',
      domain: diagram.domain,
      topic: node.topics[0] ?? diagram.id,
      chosen: [choice],
      correct,
      timeMs,
      mode: 'diagram',
    });
    return { nodeId, correct, correctLabel: node.label, attemptId };
  }

  private shuffle<T>(items: readonly T[]): T[] {
    return shuffle(items, this.random);
  }
}
