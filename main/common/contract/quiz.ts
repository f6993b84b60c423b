// Practice and diagnostic quizzes, and the history of answers.
import { z } from 'zod';
import type { DomainId } from '../content-schema';
import { contentIdSchema } from '../content-schema';
import { DAY_MS } from '../dates';
import { call, noInput, uuid } from './schemas';

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
  /** Which of its questions the learner has flagged (flags last across sessions: 'quiz.flag'). */
  flaggedQuestionIds: string[];
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
  /**
   * When the question's review card would come back after each grade (ISO), worked out from the
   * card as it was before this answer and capped by the exam date: what the grade buttons show.
   */
  next: Record<ReviewRatingName, string>;
}

/** An answer already given in a quiz, with the feedback it got then. */
export interface GivenAnswer extends AnswerFeedback {
  chosen: string[];
}

/**
 * A practice or diagnostic quiz not finished yet (some question unanswered and not ended by the
 * learner): its questions, and the answers given so far in the order they were given.
 */
export interface OpenQuizView extends QuizSessionView {
  mode: 'practice' | 'diagnostic';
  startedAt: string;
  answers: GivenAnswer[];
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
  /**
   * What the answer was about: a question (opens its review), a diagram node named in a drill
   * (opens the diagram there), or a question no longer in the bank (opens nothing).
   */
  kind: 'question' | 'diagram' | 'retired';
  /** Readable, never an id: the stem cut to one line, or "<diagram title> › <node label>". */
  title: string;
  domain: DomainId | null;
  /** The main topic, with its note's title. */
  topic: { id: string; title: string } | null;
  /** Drill rows: the diagram and node the answer named. */
  diagram?: { id: string; nodeId: string };
}

/**
 * One question of a finished quiz or a submitted mock exam, looked at again: what the learner
 * chose (nothing when left unanswered, which scores as wrong), the key and every explanation.
 */
export interface ReviewedQuestion {
  question: QuizQuestionView;
  /** Empty when the question was left unanswered. */
  chosen: string[];
  correct: boolean;
  correctOptionIds: string[];
  explanations: AnswerFeedback['explanations'];
  /** Flagged by the learner, as it is now (flags last across sessions). */
  flagged: boolean;
  /** Mock exams: flagged for review during that exam. */
  flaggedInExam?: boolean;
  /**
   * Answered when the question read differently (the bank rewrote it since): `correct` is the
   * verdict then, and `chosen` is empty because those options are not the ones shown now.
   */
  earlierWording?: true;
}

/** A practice, diagnostic or review once it is over: every question, answered or not, in the order it was asked. */
export interface QuizResultsView {
  sessionId: string;
  mode: QuizMode;
  items: ReviewedQuestion[];
}

/** One past answer to a question, to read again: the question, the learner's answer, the key and every explanation. */
export interface QuizAttemptReview {
  /** With `earlierWording`, `attempt.chosen` named options of a wording the bank has since rewritten. */
  attempt: QuizAttemptRow;
  earlierWording: boolean;
  question: QuizQuestionView;
  correctOptionIds: string[];
  explanations: AnswerFeedback['explanations'];
  diagrams: AnswerFeedback['diagrams'];
}

/** How many questions a practice's choices match, and how many each difficulty would match with the other choices kept. */
export interface PracticeMatchCount {
  total: number;
  byDifficulty: { 1: number; 2: number; 3: number };
}

/** The choices of a practice that pick its questions. */
const practiceFilterFields = {
  domains: z
    .array(z.enum(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']))
    .max(6)
    .optional(),
  topics: z.array(contentIdSchema).max(200).optional(),
  difficulties: z
    .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
    .max(3)
    .optional(),
  /** Which questions: all, never answered, answered wrong last time, or flagged by the learner. */
  only: z.enum(['all', 'unseen', 'missed', 'flagged']).default('all'),
};

const practiceCount = z.int().min(1).max(75);

/** A practice setup's choices, as the setup form last started one (kept in the settings). */
export const practiceChoicesSchema = z.strictObject({ ...practiceFilterFields, count: practiceCount });
export type PracticeChoices = z.infer<typeof practiceChoicesSchema>;

export const quizCalls = {
  'quiz.start': call(
    z.strictObject({
      mode: z.enum(['practice', 'diagnostic']),
      questionIds: z.array(contentIdSchema).max(200).optional(),
      ...practiceFilterFields,
      count: practiceCount.default(10),
    }),
  ).returns<QuizSessionView>(),
  /** What the practice setup shows as the learner chooses: the questions those choices would draw from. */
  'quiz.matching': call(z.strictObject(practiceFilterFields)).returns<PracticeMatchCount>(),
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
  /** The newest unfinished practice or diagnostic, to resume; null when there is none. */
  'quiz.current': call(noInput).returns<OpenQuizView | null>(),
  /** Ends a quiz before its last question: its answers stay, it is no longer offered to resume. */
  'quiz.finish': call(z.strictObject({ sessionId: uuid })).returns<{ finished: true }>(),
  /** Every question of a quiz that is over, with the learner's answers, the key and the explanations. */
  'quiz.results': call(z.strictObject({ sessionId: uuid })).returns<QuizResultsView>(),
  /** Flags a question to come back to, or takes the flag off; flags last until taken off. */
  'quiz.flag': call(z.strictObject({ questionId: contentIdSchema, flagged: z.boolean() })).returns<{
    questionId: string;
    flagged: boolean;
  }>(),
  'quiz.history': call(z.strictObject({ limit: z.int().min(1).max(1000).default(50) })).returns<QuizAttemptRow[]>(),
  /** One answer from the history, as a read-only review (question answers only; a drill answer opens its diagram). */
  'quiz.attempt': call(z.strictObject({ attemptId: z.int().min(1) })).returns<QuizAttemptReview>(),
} as const;
