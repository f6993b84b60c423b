// Spaced review: what is due, a session of due questions, and re-rating an answer.
import { z } from 'zod';
import type { QuizSessionView } from './quiz';
import { call, noInput } from './schemas';

const ratingSchema = z.enum(['again', 'hard', 'good', 'easy']);

export interface ReviewSummary {
  totalCards: number;
  dueNow: number;
  dueToday: { questions: number; diagramNodes: number };
  /** Cards falling due on each of the next days (index 0 = today, overdue included). */
  forecast: { day: string; count: number }[];
  /** Due diagram nodes, by diagram, to drill. */
  dueDiagrams: { diagramId: string; title: string; nodeIds: string[] }[];
}

export const reviewCalls = {
  'review.summary': call(noInput).returns<ReviewSummary>(),
  'review.start': call(z.strictObject({ limit: z.int().min(1).max(100).default(30) })).returns<QuizSessionView>(),
  'review.rate': call(z.strictObject({ attemptId: z.int().min(1), rating: ratingSchema })).returns<{ due: string }>(),
} as const;
