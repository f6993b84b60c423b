// Practice, diagnostic and review quizzes. Questions are chosen here by the learner's filters;
// answers are checked here, never in the page, and each is committed the moment it is given.
import { randomUUID } from 'node:crypto';
import { DOMAIN_INFO, type DomainId, type QuizQuestion } from '../common/content-schema';
import type {
  AnswerFeedback,
  GivenAnswer,
  OpenQuizView,
  PracticeMatchCount,
  QuizAttemptReview,
  QuizAttemptRow,
  QuizMode,
  QuizQuestionView,
  QuizResultsView,
  QuizSessionView,
  ReviewedQuestion,
  ReviewRatingName,
} from '../common/contract';
import { inDisplayOrder, newOptionSeed } from '../common/option-order';
import { ApiError } from '../common/result';
import { ratingFromAnswer } from '../common/review-rating';
import { shuffle } from '../common/shuffle';
import type { AttemptRecorder } from './attempts';
import type { ContentIndex } from './content';
import type { Db } from './database';
import { answeredThisWording, questionVersion } from './question-version';
import { describeAttempt } from './quiz-history';
import { clearFlag, flaggedQuestionIds, setFlag } from './store/question-flags';
import { findAttempt, isAnswered, recentAttempts, sessionAnswers } from './store/quiz-attempts';
import { findSession, insertSession, markFinished, type QuizSession, unfinishedQuizIds } from './store/quiz-sessions';
import { dueQuestionIds, questionOutcomes } from './store/review-cards';
import { diagramLinksForTopics } from './topic-diagrams';

/** The question with its options in the order a session shows them (null seed: file order). */
export function asShown(q: QuizQuestion, optionSeed: number | null): QuizQuestion {
  return optionSeed === null ? q : { ...q, options: inDisplayOrder(q.options, optionSeed, q.id) };
}

/** Pass the question through asShown first: the view, key and explanations follow its option order. */
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

/** How an answer to this question is filed: its review card, format, domain, main topic and wording. */
export function questionCard(q: QuizQuestion) {
  return {
    cardId: q.id,
    kind: 'question' as const,
    format: q.format,
    domain: q.domain,
    topic: q.topics[0] ?? '',
    questionVersion: questionVersion(q),
  };
}

/** The correct options and every option's explanation, shown once a question is answered. */
export function answerKey(q: QuizQuestion) {
  return {
    correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
    explanations: q.options.map((o) => ({ optionId: o.id, correct: o.correct, explanation: o.explanation })),
  };
}

export interface PracticeFilters {
  domains?: DomainId[];
  topics?: string[];
  difficulties?: (1 | 2 | 3)[];
  only: 'all' | 'unseen' | 'missed' | 'flagged';
  count: number;
  questionIds?: string[];
}

/** Splits `count` over the domains by exam weight (largest remainder), as the real exam does. */
export function countsByWeight(count: number, domains = DOMAIN_INFO): Map<DomainId, number> {
  const total = domains.reduce((s, d) => s + d.weight, 0);
  const exact = domains.map((d) => ({ id: d.id, exact: (count * d.weight) / total }));
  const counts = new Map(exact.map((e) => [e.id, Math.floor(e.exact)]));
  let left = count - [...counts.values()].reduce((s, n) => s + n, 0);
  for (const e of [...exact].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (left-- <= 0) break;
    counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  }
  return counts;
}

/** The modes a learner can leave and come back to; reviews are short and drawn fresh each time. */
const RESUMABLE_MODES = ['practice', 'diagnostic'] as const;
type ResumableMode = (typeof RESUMABLE_MODES)[number];
const isResumable = (mode: QuizMode): mode is ResumableMode => (RESUMABLE_MODES as readonly QuizMode[]).includes(mode);

export class QuizService {
  constructor(
    private readonly db: Db,
    private readonly content: ContentIndex,
    private readonly recorder: AttemptRecorder,
    private readonly random: () => number = Math.random,
  ) {}

  start(mode: 'practice' | 'diagnostic', filters: PracticeFilters): QuizSessionView {
    const questions = mode === 'diagnostic' ? this.diagnostic(filters.count) : this.select(filters);
    if (questions.length === 0 && filters.only === 'flagged' && flaggedQuestionIds(this.db).size === 0) {
      throw new ApiError('not_found', 'You have not flagged any questions yet: flag one with the Flag button while you practise.');
    }
    if (questions.length === 0) {
      throw new ApiError(
        'not_found',
        'No questions match these filters. Widen the domains, topics or difficulty, or choose "all questions".',
      );
    }
    return this.createSession(mode, questions);
  }

  /** How many questions the practice choices match; each difficulty counted as if it alone were chosen. */
  matching(filters: Omit<PracticeFilters, 'count' | 'questionIds'>): PracticeMatchCount {
    const byDifficulty = { 1: 0, 2: 0, 3: 0 };
    for (const q of this.pool({ ...filters, difficulties: undefined })) byDifficulty[q.difficulty]++;
    const chosen: readonly (1 | 2 | 3)[] = filters.difficulties?.length ? filters.difficulties : [1, 2, 3];
    return { total: chosen.reduce((sum, d) => sum + byDifficulty[d], 0), byDifficulty };
  }

  /** A review session over today's queue: every question card due by the end of today, most overdue first. */
  startReview(limit: number, now = new Date()): QuizSessionView {
    const endOfToday = new Date(now);
    endOfToday.setHours(23, 59, 59, 999);
    const questions = dueQuestionIds(this.db, endOfToday.toISOString(), limit)
      .map((id) => this.content.questions.get(id))
      .filter((q): q is QuizQuestion => !!q);
    if (questions.length === 0)
      throw new ApiError('not_found', 'Nothing is due for review now. Come back later, or practise something new.');
    return this.createSession('review', questions);
  }

  answer(sessionId: string, questionId: string, chosen: string[], timeMs: number): AnswerFeedback {
    const session = findSession(this.db, sessionId);
    if (!session || session.mode === 'mock' || session.mode === 'diagram')
      throw new ApiError('not_found', 'This quiz session no longer exists. Start a new quiz.');
    const q = this.content.questions.get(questionId);
    if (!q || !session.questionIds.includes(questionId))
      throw new ApiError('not_found', `Question "${questionId}" is not part of this quiz.`);
    if (isAnswered(this.db, sessionId, questionId))
      throw new ApiError('conflict', 'This question was already answered in this quiz: its first answer counts.');
    if (session.finishedAt) throw new ApiError('conflict', 'This quiz was ended. Start a new one to keep practising.');
    const known = new Set(q.options.map((o) => o.id));
    const unique = [...new Set(chosen)].sort();
    if (unique.some((id) => !known.has(id))) throw new ApiError('invalid_input', 'An answer names an option the question does not have.');

    const correct = isAnswerCorrect(q, unique);
    const { attemptId, rating } = this.db.transaction(() => {
      const recorded = this.recorder.record({
        sessionId,
        ...questionCard(q),
        chosen: unique,
        correct,
        timeMs,
        mode: session.mode,
      });
      // The last answer ends the quiz, so it is no longer offered to resume.
      if (this.unansweredCount(session) === 0) markFinished(this.db, sessionId, new Date().toISOString());
      return recorded;
    })();
    return {
      questionId,
      correct,
      ...answerKey(asShown(q, session.optionSeed)),
      attemptId,
      rating: rating as ReviewRatingName,
      diagrams: this.diagramsFor(q.topics),
      next: this.recorder.nextDue(attemptId),
    };
  }

  /**
   * The newest practice or diagnostic of two questions or more with a question still unanswered that
   * the learner has not ended: its questions and the answers given so far, each with its feedback, so it resumes
   * where it was left. Null when there is none.
   */
  current(): OpenQuizView | null {
    for (const id of unfinishedQuizIds(this.db, RESUMABLE_MODES)) {
      const session = findSession(this.db, id);
      // A single question (a search hit opens one) is a look, not a practice: nothing to come back to.
      if (!session || !isResumable(session.mode) || session.questionIds.length < 2) continue;
      const view = this.openView(session, session.mode);
      if (view.answers.length < view.questions.length) return view;
      // Every question it still has is answered (say, one left the bank): it is over.
      markFinished(this.db, id, new Date().toISOString());
    }
    return null;
  }

  /** Ends a quiz early; its answers stay in the history and the review queue. Ending twice is fine. */
  finish(sessionId: string): { finished: true } {
    const session = findSession(this.db, sessionId);
    if (!session || session.mode === 'mock' || session.mode === 'diagram')
      throw new ApiError('not_found', 'This quiz session no longer exists.');
    markFinished(this.db, sessionId, new Date().toISOString());
    return { finished: true };
  }

  /**
   * Every question of a practice, diagnostic or review that is over (answered to the end, or ended
   * early), in the order asked: the learner's answer (none for a question left unanswered), the key,
   * every explanation and whether it is flagged. A quiz still running keeps its key to itself.
   */
  results(sessionId: string): QuizResultsView {
    const session = findSession(this.db, sessionId);
    if (!session || session.mode === 'mock' || session.mode === 'diagram')
      throw new ApiError('not_found', 'This quiz session no longer exists.');
    if (!session.finishedAt && this.unansweredCount(session) > 0)
      throw new ApiError('conflict', 'This quiz is still running: answer its questions or end it to see the results.');
    const given = new Map(sessionAnswers(this.db, sessionId).map((a) => [a.questionId, a]));
    const flagged = flaggedQuestionIds(this.db);
    const items = session.questionIds.flatMap((id): ReviewedQuestion[] => {
      const q = this.content.questions.get(id);
      if (!q) return [];
      const a = given.get(id);
      const shown = asShown(q, session.optionSeed);
      const earlier = a !== undefined && !answeredThisWording(a.questionVersion, q);
      return [
        {
          question: toQuestionView(shown),
          chosen: a && !earlier ? a.chosen : [],
          correct: a?.correct ?? false,
          ...answerKey(shown),
          flagged: flagged.has(id),
          ...(earlier ? { earlierWording: true as const } : {}),
        },
      ];
    });
    return { sessionId, mode: session.mode, items };
  }

  /** Flags a question to come back to, or takes its flag off. */
  flag(questionId: string, flagged: boolean): { questionId: string; flagged: boolean } {
    if (!this.content.questions.has(questionId)) throw new ApiError('not_found', `There is no question "${questionId}".`);
    if (flagged) setFlag(this.db, questionId, new Date().toISOString());
    else clearFlag(this.db, questionId);
    return { questionId, flagged };
  }

  /** The latest answers, newest first, each described in words (quiz-history.ts). */
  history(limit: number): QuizAttemptRow[] {
    return recentAttempts(this.db, limit).map((a) => describeAttempt(this.content, a));
  }

  /** One answer to a question from the history, as a read-only review with the key and every explanation. */
  attempt(attemptId: number): QuizAttemptReview {
    const stored = findAttempt(this.db, attemptId);
    if (!stored) throw new ApiError('not_found', 'That answer is not in your history.');
    const attempt = describeAttempt(this.content, stored);
    const q = this.content.questions.get(stored.questionId);
    if (attempt.kind === 'diagram') throw new ApiError('not_found', 'That answer was a diagram drill: open its diagram instead.');
    if (!q) throw new ApiError('not_found', 'That question is no longer in the course.');
    const shown = asShown(q, findSession(this.db, stored.sessionId)?.optionSeed ?? null);
    return {
      attempt,
      earlierWording: !answeredThisWording(stored.questionVersion, q),
      question: toQuestionView(shown),
      ...answerKey(shown),
      diagrams: this.diagramsFor(q.topics),
    };
  }

  /** Diagram nodes that stand for any of these topics (first match per diagram). */
  diagramsFor(topics: readonly string[]): { id: string; title: string; nodeId: string }[] {
    return diagramLinksForTopics(this.content.diagrams.values(), topics, 3);
  }

  private openView(session: QuizSession, mode: ResumableMode): OpenQuizView {
    const questions = session.questionIds.flatMap((id) => {
      const q = this.content.questions.get(id);
      return q ? [asShown(q, session.optionSeed)] : [];
    });
    const byId = new Map(questions.map((q) => [q.id, q]));
    const answers = sessionAnswers(this.db, session.id).flatMap((a): GivenAnswer[] => {
      const q = byId.get(a.questionId);
      if (!q) return [];
      return [
        {
          questionId: q.id,
          chosen: a.chosen,
          correct: a.correct,
          ...answerKey(q),
          attemptId: a.id,
          rating: ratingFromAnswer(a.correct, a.timeMs, q.format),
          diagrams: this.diagramsFor(q.topics),
          next: this.recorder.nextDue(a.id),
        },
      ];
    });
    return {
      sessionId: session.id,
      mode,
      startedAt: session.startedAt,
      questions: questions.map(toQuestionView),
      flaggedQuestionIds: this.flaggedAmong(questions),
      answers,
    };
  }

  private unansweredCount(session: QuizSession): number {
    const answered = new Set(sessionAnswers(this.db, session.id).map((a) => a.questionId));
    return session.questionIds.filter((id) => !answered.has(id)).length;
  }

  private createSession(mode: QuizMode, questions: QuizQuestion[]): QuizSessionView {
    const sessionId = randomUUID();
    const optionSeed = newOptionSeed(this.random);
    insertSession(this.db, {
      id: sessionId,
      mode,
      questionIds: questions.map((q) => q.id),
      startedAt: new Date().toISOString(),
      optionSeed,
    });
    return {
      sessionId,
      mode,
      questions: questions.map((q) => toQuestionView(asShown(q, optionSeed))),
      flaggedQuestionIds: this.flaggedAmong(questions),
    };
  }

  private flaggedAmong(questions: readonly QuizQuestion[]): string[] {
    const flagged = flaggedQuestionIds(this.db);
    return questions.filter((q) => flagged.has(q.id)).map((q) => q.id);
  }

  private select(filters: PracticeFilters): QuizQuestion[] {
    if (filters.questionIds && filters.questionIds.length > 0) {
      return filters.questionIds.map((id) => {
        const q = this.content.questions.get(id);
        if (!q) throw new ApiError('not_found', `There is no question "${id}".`);
        return q;
      });
    }
    return this.shuffle(this.pool(filters)).slice(0, filters.count);
  }

  /** Every question the choices allow, in bank order. */
  private pool(filters: Omit<PracticeFilters, 'count' | 'questionIds'>): QuizQuestion[] {
    const seen = questionOutcomes(this.db);
    const flagged = filters.only === 'flagged' ? flaggedQuestionIds(this.db) : undefined;
    const domains = filters.domains?.length ? new Set(filters.domains) : undefined;
    const topics = filters.topics?.length ? new Set(filters.topics) : undefined;
    const difficulties = filters.difficulties?.length ? new Set(filters.difficulties) : undefined;
    return [...this.content.questions.values()].filter(
      (q) =>
        (!domains || domains.has(q.domain)) &&
        (!topics || q.topics.some((t) => topics.has(t))) &&
        (!difficulties || difficulties.has(q.difficulty)) &&
        (filters.only === 'all' ||
          (filters.only === 'flagged' ? flagged?.has(q.id) : filters.only === 'unseen' ? !seen.has(q.id) : seen.get(q.id) === false)),
    );
  }

  /** A first-visit check across the whole exam: questions spread by domain weight, mid difficulty first. */
  private diagnostic(count: number): QuizQuestion[] {
    const all = [...this.content.questions.values()];
    return [...countsByWeight(count)].flatMap(([domain, n]) => {
      const inDomain = this.shuffle(all.filter((q) => q.domain === domain));
      inDomain.sort((a, b) => Math.abs(a.difficulty - 2) - Math.abs(b.difficulty - 2));
      return inDomain.slice(0, n);
    });
  }

  private shuffle<T>(items: readonly T[]): T[] {
    return shuffle(items, this.random);
  }
}
