// Quiz sessions and attempts. Answers are checked here, never in the page, and each attempt is
// committed the moment it is given, so a crash loses nothing that was answered.
import { randomUUID } from 'node:crypto';
import type { QuizQuestion } from '../common/content-schema';
import type { AnswerFeedback, QuizAttemptRow, QuizMode, QuizQuestionView, QuizSessionView } from '../common/contract';
import { ApiError } from '../common/result';
import type { ContentIndex } from './content';
import type { Db } from './database';

export function toQuestionView(q: QuizQuestion): QuizQuestionView {
  return {
    id: q.id,
    domain: q.domain,
    topics: q.topics,
    difficulty: q.difficulty,
    format: q.format,
    stem: q.stem,
    options: q.options.map((o) => ({ id: o.id, text: o.text })),
    selectCount: q.options.filter((o) => o.correct).length,
  };
}

/** All-or-nothing, as in the exam: exactly the correct set, no more, no fewer. */
export function isAnswerCorrect(q: QuizQuestion, chosen: readonly string[]): boolean {
  const correct = new Set(q.options.filter((o) => o.correct).map((o) => o.id));
  const picked = new Set(chosen);
  return picked.size === correct.size && [...picked].every((id) => correct.has(id));
}

export class QuizService {
  constructor(
    private readonly db: Db,
    private readonly content: ContentIndex,
    private readonly random: () => number = Math.random,
  ) {}

  start(mode: QuizMode, questionIds?: string[], count?: number): QuizSessionView {
    let questions: QuizQuestion[];
    if (questionIds && questionIds.length > 0) {
      questions = questionIds.map((id) => {
        const q = this.content.questions.get(id);
        if (!q) throw new ApiError('not_found', `There is no question "${id}".`);
        return q;
      });
    } else {
      questions = this.shuffle([...this.content.questions.values()]).slice(0, count ?? 10);
    }
    if (questions.length === 0) throw new ApiError('not_found', 'No questions match this quiz.');
    const sessionId = randomUUID();
    this.db
      .prepare('INSERT INTO quiz_sessions (id, mode, question_ids, started_at) VALUES (?, ?, ?, ?)')
      .run(sessionId, mode, JSON.stringify(questions.map((q) => q.id)), new Date().toISOString());
    return { sessionId, mode, questions: questions.map(toQuestionView) };
  }

  answer(sessionId: string, questionId: string, chosen: string[], timeMs: number): AnswerFeedback {
    const session = this.db.prepare('SELECT mode, question_ids FROM quiz_sessions WHERE id = ?').get(sessionId) as
      | { mode: QuizMode; question_ids: string }
      | undefined;
    if (!session) throw new ApiError('not_found', 'This quiz session no longer exists. Start a new quiz.');
    const inSession = JSON.parse(session.question_ids) as string[];
    const q = this.content.questions.get(questionId);
    if (!q || !inSession.includes(questionId)) throw new ApiError('not_found', `Question "${questionId}" is not part of this quiz.`);
    const known = new Set(q.options.map((o) => o.id));
    const unique = [...new Set(chosen)];
    if (unique.some((id) => !known.has(id))) throw new ApiError('invalid_input', 'An answer names an option the question does not have.');

    const correct = isAnswerCorrect(q, unique);
    const result = this.db
      .prepare(
        `INSERT INTO quiz_attempts (session_id, question_id, chosen, correct, time_ms, mode, answered_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(sessionId, questionId, JSON.stringify(unique.sort()), correct ? 1 : 0, timeMs, session.mode, new Date().toISOString());
    return {
      questionId,
      correct,
      correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
      explanations: q.options.map((o) => ({ optionId: o.id, correct: o.correct, explanation: o.explanation })),
      attemptId: Number(result.lastInsertRowid),
    };
  }

  history(limit: number): QuizAttemptRow[] {
    const rows = this.db
      .prepare(
        `SELECT id, session_id, question_id, chosen, correct, time_ms, mode, answered_at
         FROM quiz_attempts ORDER BY answered_at DESC, id DESC LIMIT ?`,
      )
      .all(limit) as {
      id: number;
      session_id: string;
      question_id: string;
      chosen: string;
      correct: number;
      time_ms: number;
      mode: QuizMode;
      answered_at: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      questionId: r.question_id,
      chosen: JSON.parse(r.chosen) as string[],
      correct: r.correct === 1,
      timeMs: r.time_ms,
      mode: r.mode,
      answeredAt: r.answered_at,
    }));
  }

  private shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}
