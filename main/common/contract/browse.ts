// The question browser (Anki's card browser): every question of the course with how the learner
// has done on it, for filtering, sorting and opening.
import type { DomainId } from '../content-schema';
import { call, noInput } from './schemas';

export interface QuestionBrowserRow {
  id: string;
  domain: DomainId;
  /** The main topic first. */
  topics: { id: string; title: string }[];
  format: 'single' | 'multi';
  difficulty: 1 | 2 | 3;
  stem: string;
  attempts: number;
  correct: number;
  /** null when never answered. */
  lastAnsweredAt: string | null;
  lastCorrect: boolean | null;
  /** When its review card is due (null: no card yet). */
  due: string | null;
  /** Flagged by the learner to come back to. */
  flagged: boolean;
}

export const browseCalls = {
  'quiz.browse': call(noInput).returns<QuestionBrowserRow[]>(),
} as const;
