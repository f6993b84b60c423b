// Diagram drills: some node labels are hidden and the learner names each one. Every answer is
// checked here and stored as a quiz attempt in mode "diagram", so drills count in history and stats.
import { randomUUID } from 'node:crypto';
import type { DrillFeedback, DrillSessionView } from '../common/contract';
import { ApiError } from '../common/result';
import { shuffle } from '../common/shuffle';
import type { AttemptRecorder } from './attempts';
import { cardDiagramId, diagramCardId } from './card-id';
import type { ContentIndex } from './content';
import type { Db } from './database';
import { isAnswered } from './store/quiz-attempts';
import { findSession, insertSession } from './store/quiz-sessions';

const CHOICES = 4;

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
    insertSession(this.db, {
      id: sessionId,
      mode: 'diagram',
      questionIds: picked.map((n) => diagramCardId(diagramId, n.id)),
      startedAt: new Date().toISOString(),
    });
    return { sessionId, diagramId, items };
  }

  answer(sessionId: string, nodeId: string, choice: string, timeMs: number): DrillFeedback {
    const session = findSession(this.db, sessionId, 'diagram');
    if (!session) throw new ApiError('not_found', 'This drill no longer exists. Start a new one.');
    const questionId = session.questionIds.find((q) => q.endsWith(`#${nodeId}`));
    const diagram = this.content.diagrams.get((questionId && cardDiagramId(questionId)) ?? '');
    const node = diagram?.nodes.find((n) => n.id === nodeId);
    if (!questionId || !diagram || !node) throw new ApiError('not_found', `Node "${nodeId}" is not part of this drill.`);
    if (isAnswered(this.db, sessionId, questionId)) throw new ApiError('conflict', `Node "${nodeId}" was already answered in this drill.`);
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
