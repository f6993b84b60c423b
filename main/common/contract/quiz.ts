// Practice and diagnostic quizzes, and the history of answers.
import { z } from 'zod';
import type { DomainId } from '../content-schema';
import { contentIdSchema } from '../content-schema';
import { DAY_MS } from '../dates';
import { call, uuid } from './schemas';

const quizModeSchema = z.enum(['practice', 'mock', 'review', 'diagram', 'diagnostic']);
export type QuizMode = z.infer<typeof quizModeSchema>;

export type ReviewRatingName = 'again' | 'hard' | 'good' | 'easy';

/** A question as the learner sees it: no answers, no explanations until answered. */
export interface QuizQuestionView {
  id: string;
  domain: DomainId;
  topics: string[];
  difficulty: 1 | 2 | 3;
  format: 'single' | 'multi';
  stem: string;
  options: { id: string; text: string }[];
  /** How many options a multiple-response question asks for. */
  selectCount: number;
}

export interface QuizSessionView {
  sessionId: string;
  mode: QuizMode;
  questions: QuizQuestionView[];
}

export interface AnswerFeedback {
  questionId: string;
  correct: boolean;
  correctOptionIds: string[];
  explanations: { optionId: string; correct: boolean; explanation: string }[];
  attemptId: number;
  /** The spaced-review rating given (from correctness and time); a learner may change it. */
  rating: ReviewRatingName;
  /** Diagrams that show this question's topics, to open from the feedback. */
  diagrams: { id: string; title: string; nodeId: string }[];
}

export interface QuizAttemptRow {
  id: number;
  sessionId: string;
  questionId: string;
  chosen: string[];
  correct: boolean;
  timeMs: number;
  mode: QuizMode;
  answeredAt: string;
}

export const quizCalls = {
  'quiz.start': call(
    z.strictObject({
      mode: z.enum(['practice', 'diagnostic']),
      questionIds: z.array(contentIdSchema).max(200).optional(),
      domains: z
        .array(z.enum(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']))
        .max(6)
        .optional(),
      topics: z.array(contentIdSchema).max(200).optional(),
      difficulties: z
        .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
        .max(3)
        .optional(),
      only: z.enum(['all', 'unseen', 'missed']).default('all'),
      count: z.int().min(1).max(75).default(10),
    }),
  ).returns<QuizSessionView>(),
  'quiz.answer': call(
    z.strictObject({
      sessionId: uuid,
      questionId: contentIdSchema,
      chosen: z
        .array(z.string().regex(/^[a-f]$/))
        .min(1)
        .max(6),
      timeMs: z.int().min(0).max(DAY_MS),
    }),
  ).returns<AnswerFeedback>(),
  'quiz.history': call(z.strictObject({ limit: z.int().min(1).max(1000).default(50) })).returns<QuizAttemptRow[]>(),
} as const;
