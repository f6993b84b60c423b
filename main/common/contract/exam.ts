// The timed mock exam: one open at a time, saved answer by answer, scored on submit.
import { z } from 'zod';
import type { DomainId } from '../content-schema';
import { contentIdSchema } from '../content-schema';
import type { QuizQuestionView, ReviewedQuestion } from './quiz';
import { call, noInput, uuid } from './schemas';

const examTime = z
  .int()
  .min(0)
  .max(24 * 3_600_000);

export interface ExamQuestionState {
  questionId: string;
  chosen: string[];
  flagged: boolean;
}

export interface ExamView {
  sessionId: string;
  /** The question the learner was on (0-based), so a restart reopens it. */
  position: number;
  startedAt: string;
  timeLimitMs: number;
  timeUsedMs: number;
  questions: QuizQuestionView[];
  answers: ExamQuestionState[];
  submitted: boolean;
}

export interface ExamResult {
  sessionId: string;
  submittedAt: string;
  total: number;
  correct: number;
  unanswered: number;
  /** 100–1000 on the exam's scale; 750 passes. An estimate: AWS does not publish its scaling. */
  scaledScore: number;
  passed: boolean;
  timeUsedMs: number;
  byDomain: { domain: DomainId; total: number; correct: number }[];
  /** Every question in the order asked, with the learner's flags (this exam's and the lasting ones). */
  review: (ReviewedQuestion & { flaggedInExam: boolean })[];
}

export const examCalls = {
  'exam.start': call(noInput).returns<ExamView>(),
  'exam.current': call(noInput).returns<ExamView | null>(),
  /** For the start screen: how many of the bank's questions the learner has never met (drawn first). */
  'exam.unseen': call(noInput).returns<{ unseen: number; total: number }>(),
  'exam.answer': call(
    z.strictObject({
      sessionId: uuid,
      questionId: contentIdSchema,
      chosen: z.array(z.string().regex(/^[a-f]$/)).max(6),
      flagged: z.boolean(),
      timeUsedMs: examTime,
    }),
  ).returns<{ saved: true; timeUsedMs: number }>(),
  'exam.heartbeat': call(z.strictObject({ sessionId: uuid, timeUsedMs: examTime, position: z.int().min(0).max(500).optional() })).returns<{
    timeUsedMs: number;
  }>(),
  'exam.submit': call(z.strictObject({ sessionId: uuid, timeUsedMs: examTime })).returns<ExamResult>(),
  'exam.result': call(z.strictObject({ sessionId: uuid })).returns<ExamResult>(),
} as const;
