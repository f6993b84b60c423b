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

/** A card the learner wrote in a personal note, due for review. */
export interface NoteCardView {
  cardId: string;
  noteId: string;
  noteTitle: string;
  kind: 'qa' | 'cloze';
  /** Markdown: the question, or the sentence with its gap. */
  front: string;
  /** Markdown: the answer, or the sentence with the gap filled in bold. */
  back: string;
  /** When the card would come back after each grade (ISO), shown on the grade buttons. */
  next: Record<'again' | 'hard' | 'good' | 'easy', string>;
}

/** A note card as the browser lists it. */
export interface NoteCardListItem {
  cardId: string;
  noteId: string;
  noteTitle: string;
  kind: 'qa' | 'cloze';
  front: string;
  due: string;
  reviews: number;
  lapses: number;
}

export interface NoteCardsDue {
  cards: NoteCardView[];
  /** Due now, and all the cards of live notes. */
  due: number;
  total: number;
}

export const reviewCalls = {
  'review.summary': call(noInput).returns<ReviewSummary>(),
  'review.start': call(z.strictObject({ limit: z.int().min(1).max(100).default(30) })).returns<QuizSessionView>(),
  'review.rate': call(z.strictObject({ attemptId: z.int().min(1), rating: ratingSchema })).returns<{ due: string }>(),
  'noteCards.due': call(z.strictObject({ limit: z.int().min(1).max(200).default(50) })).returns<NoteCardsDue>(),
  'noteCards.list': call(noInput).returns<NoteCardListItem[]>(),
  'noteCards.rate': call(z.strictObject({ cardId: z.string().min(3).max(200), rating: ratingSchema })).returns<{ due: string }>(),
} as const;
