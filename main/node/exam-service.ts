// The mock exam: 75 questions by domain weight, 180 minutes, flags, changeable answers. Every
// answer and a periodic heartbeat save the state and the time used, so after a crash or restart
// the exam resumes where it was with the time that was left. Scoring happens once, on submit.
import { randomUUID } from 'node:crypto';
import { DOMAIN_INFO, type DomainId, type QuizQuestion } from '../common/content-schema';
import type { ExamResult, ExamView } from '../common/contract';
import { newOptionSeed } from '../common/option-order';
import { ApiError } from '../common/result';
import { shuffle } from '../common/shuffle';
import type { AttemptRecorder } from './attempts';
import type { ContentIndex } from './content';
import type { Db } from './database';
import { answeredThisWording } from './question-version';
import { answerKey, asShown, countsByWeight, isAnswerCorrect, questionCard, toQuestionView } from './quiz-service';
import { flaggedQuestionIds } from './store/question-flags';
import { sessionAnswers } from './store/quiz-attempts';
import {
  findSession,
  insertSession,
  lastSeenByQuestion,
  markSubmitted,
  openMockId,
  type QuizSession,
  setTimeUsed,
} from './store/quiz-sessions';

export const EXAM_QUESTIONS = 75;
export const EXAM_TIME_MS = 180 * 60_000;
export const PASS_SCORE = 750;

/** Maps a share of correct answers onto the exam's 100–1000 scale (linear: AWS does not publish its own). */
export const scaledScore = (correct: number, total: number) => Math.round(100 + (900 * correct) / Math.max(total, 1));

/** A mock exam's session: it always has a time limit. */
type MockSession = QuizSession & { timeLimitMs: number };

export class ExamService {
  constructor(
    private readonly db: Db,
    private readonly content: ContentIndex,
    private readonly recorder: AttemptRecorder,
    private readonly random: () => number = Math.random,
    private readonly positions: ExamPositions = inMemoryPositions(),
  ) {}

  start(): ExamView {
    const open = this.current();
    if (open) throw new ApiError('conflict', 'A mock exam is already in progress. Resume it, or submit it first.');
    const all = [...this.content.questions.values()];
    const lastSeen = lastSeenByQuestion(this.db);
    const picked = [...countsByWeight(EXAM_QUESTIONS)].flatMap(([domain, n]) =>
      this.freshFirst(
        all.filter((q) => q.domain === domain),
        lastSeen,
      ).slice(0, n),
    );
    const questions = this.shuffle(picked);
    const id = randomUUID();
    const now = new Date().toISOString();
    const optionSeed = newOptionSeed(this.random);
    this.db.transaction(() => {
      insertSession(this.db, {
        id,
        mode: 'mock',
        questionIds: questions.map((q) => q.id),
        startedAt: now,
        timeLimitMs: EXAM_TIME_MS,
        optionSeed,
      });
      const insert = this.db.prepare('INSERT INTO exam_answers (session_id, question_id, position, updated_at) VALUES (?, ?, ?, ?)');
      questions.forEach((q, i) => {
        insert.run(id, q.id, i, now);
      });
    })();
    return this.view(id);
  }

  /** How many questions of the bank the learner has never met: the next exams draw these first. */
  unseen(): { unseen: number; total: number } {
    const lastSeen = lastSeenByQuestion(this.db);
    const ids = [...this.content.questions.keys()];
    return { unseen: ids.filter((id) => !lastSeen.has(id)).length, total: ids.length };
  }

  /** The exam still in progress, if any: what the app resumes after a restart. */
  current(): ExamView | null {
    const id = openMockId(this.db);
    return id ? this.view(id) : null;
  }

  answer(
    sessionId: string,
    questionId: string,
    chosen: string[],
    flagged: boolean,
    timeUsedMs: number,
  ): { saved: true; timeUsedMs: number } {
    const session = this.openSession(sessionId);
    const q = this.content.questions.get(questionId);
    const known = new Set(q?.options.map((o) => o.id));
    if (!q || chosen.some((c) => !known.has(c))) throw new ApiError('invalid_input', 'That answer does not fit this question.');
    const used = this.saveTime(session, timeUsedMs);
    if (used >= session.timeLimitMs) throw new ApiError('conflict', 'Time is up: the exam can only be submitted now.');
    const result = this.db
      .prepare('UPDATE exam_answers SET chosen = ?, flagged = ?, updated_at = ? WHERE session_id = ? AND question_id = ?')
      .run(JSON.stringify([...new Set(chosen)].sort()), flagged ? 1 : 0, new Date().toISOString(), sessionId, questionId);
    if (result.changes === 0) throw new ApiError('not_found', `Question "${questionId}" is not part of this exam.`);
    const at = this.db.prepare('SELECT position FROM exam_answers WHERE session_id = ? AND question_id = ?').get(sessionId, questionId) as
      | { position: number }
      | undefined;
    if (at) this.positions.set(sessionId, at.position);
    return { saved: true, timeUsedMs: used };
  }

  /** Saves the time used and, when given, the question the learner is looking at. */
  heartbeat(sessionId: string, timeUsedMs: number, position?: number): { timeUsedMs: number } {
    const session = this.openSession(sessionId);
    if (position !== undefined && position < session.questionIds.length) this.positions.set(sessionId, position);
    return { timeUsedMs: this.saveTime(session, timeUsedMs) };
  }

  submit(sessionId: string, timeUsedMs: number): ExamResult {
    const session = this.openSession(sessionId);
    const used = Math.min(this.saveTime(session, timeUsedMs), session.timeLimitMs);
    const answers = this.answers(sessionId);
    const now = new Date();
    const byDomain = new Map<DomainId, { total: number; correct: number }>(DOMAIN_INFO.map((d) => [d.id, { total: 0, correct: 0 }]));
    let correct = 0;
    let unanswered = 0;
    this.db.transaction(() => {
      for (const a of answers) {
        const q = this.question(a.question_id);
        const right = isAnswerCorrect(q, a.chosen);
        const tally = byDomain.get(q.domain);
        if (tally) {
          tally.total++;
          if (right) tally.correct++;
        }
        if (right) correct++;
        if (a.chosen.length === 0) {
          unanswered++;
          continue;
        }
        this.recorder.record(
          {
            sessionId,
            ...questionCard(q),
            chosen: a.chosen,
            correct: right,
            // Time per question is not tracked in an exam; an even share keeps ratings fair.
            timeMs: Math.round(used / answers.length),
            mode: 'mock',
          },
          now,
        );
      }
      const score = scaledScore(correct, answers.length);
      const summary = {
        total: answers.length,
        correct,
        unanswered,
        scaledScore: score,
        passed: score >= PASS_SCORE,
        timeUsedMs: used,
        byDomain: [...byDomain].filter(([, v]) => v.total > 0).map(([domain, v]) => ({ domain, ...v })),
      };
      markSubmitted(this.db, sessionId, now.toISOString(), used, summary);
    })();
    return this.result(sessionId);
  }

  result(sessionId: string): ExamResult {
    const session = this.session(sessionId);
    if (!session.submittedAt || !session.result) throw new ApiError('conflict', 'This exam has not been submitted yet.');
    const summary = JSON.parse(session.result) as Omit<ExamResult, 'sessionId' | 'submittedAt' | 'review'>;
    const flagged = flaggedQuestionIds(this.db);
    // Submitting filed each answered question as an attempt, with the wording it had then.
    const filed = new Map(sessionAnswers(this.db, sessionId).map((a) => [a.questionId, a]));
    return {
      sessionId,
      submittedAt: session.submittedAt,
      ...summary,
      review: this.answers(sessionId).map((a) => {
        const q = asShown(this.question(a.question_id), session.optionSeed);
        const attempt = filed.get(q.id);
        const earlier = attempt !== undefined && !answeredThisWording(attempt.questionVersion, q);
        return {
          question: toQuestionView(q),
          chosen: earlier ? [] : a.chosen,
          correct: earlier ? attempt.correct : isAnswerCorrect(q, a.chosen),
          ...(earlier ? { earlierWording: true as const } : {}),
          ...answerKey(q),
          flagged: flagged.has(q.id),
          flaggedInExam: a.flagged,
        };
      }),
    };
  }

  private view(sessionId: string): ExamView {
    const session = this.session(sessionId);
    const answers = this.answers(sessionId);
    return {
      sessionId,
      position: this.positions.get(sessionId) ?? 0,
      startedAt: session.startedAt,
      timeLimitMs: session.timeLimitMs,
      timeUsedMs: session.timeUsedMs,
      questions: answers.map((a) => toQuestionView(asShown(this.question(a.question_id), session.optionSeed))),
      answers: answers.map((a) => ({ questionId: a.question_id, chosen: a.chosen, flagged: a.flagged })),
      submitted: session.submittedAt !== null,
    };
  }

  /**
   * Questions the learner has never met first (in random order), then the ones met longest ago, so
   * that with the bank's size six whole mock exams pass before any question comes back.
   */
  private freshFirst(questions: QuizQuestion[], lastSeen: ReadonlyMap<string, string>): QuizQuestion[] {
    const unseen = this.shuffle(questions.filter((q) => !lastSeen.has(q.id)));
    const seen = this.shuffle(questions.filter((q) => lastSeen.has(q.id)));
    seen.sort((a, b) => (lastSeen.get(a.id) ?? '').localeCompare(lastSeen.get(b.id) ?? ''));
    return [...unseen, ...seen];
  }

  /** Time only moves forward, and never past the limit. */
  private saveTime(session: MockSession, timeUsedMs: number): number {
    const used = Math.min(Math.max(session.timeUsedMs, timeUsedMs), session.timeLimitMs);
    setTimeUsed(this.db, session.id, used);
    return used;
  }

  private session(sessionId: string): MockSession {
    const row = findSession(this.db, sessionId, 'mock');
    if (!row) throw new ApiError('not_found', 'There is no such mock exam.');
    // Every mock is stored with its limit; the fallback only keeps the type honest.
    return { ...row, timeLimitMs: row.timeLimitMs ?? EXAM_TIME_MS };
  }

  private openSession(sessionId: string): MockSession {
    const row = this.session(sessionId);
    if (row.submittedAt) throw new ApiError('conflict', 'This exam was already submitted.');
    return row;
  }

  private answers(sessionId: string): { question_id: string; chosen: string[]; flagged: boolean }[] {
    return (
      this.db.prepare('SELECT question_id, chosen, flagged FROM exam_answers WHERE session_id = ? ORDER BY position').all(sessionId) as {
        question_id: string;
        chosen: string;
        flagged: number;
      }[]
    ).map((r) => ({ question_id: r.question_id, chosen: JSON.parse(r.chosen) as string[], flagged: r.flagged === 1 }));
  }

  private question(id: string): QuizQuestion {
    const q = this.content.questions.get(id);
    if (!q) throw new ApiError('internal', `Question ${id} is no longer in the bank.`);
    return q;
  }

  private shuffle<T>(items: readonly T[]): T[] {
    return shuffle(items, this.random);
  }
}

/**
 * Where the learner was in an open exam, so a restart reopens that question. It is screen state
 * (like the last route), so it lives in settings rather than in the exam's own rows.
 */
export interface ExamPositions {
  get(sessionId: string): number | undefined;
  set(sessionId: string, position: number): void;
}

const POSITION_KEY = 'mockExamPosition';

export function examPositionsIn(settings: {
  getRaw<T>(key: string): T | undefined;
  setRaw(key: string, value: unknown): void;
}): ExamPositions {
  return {
    get: (sessionId) => {
      const saved = settings.getRaw<{ sessionId: string; position: number }>(POSITION_KEY);
      return saved?.sessionId === sessionId && Number.isInteger(saved.position) ? saved.position : undefined;
    },
    set: (sessionId, position) => settings.setRaw(POSITION_KEY, { sessionId, position }),
  };
}

function inMemoryPositions(): ExamPositions {
  const positions = new Map<string, number>();
  return { get: (id) => positions.get(id), set: (id, position) => void positions.set(id, position) };
}
