// Progress figures and the Today view.
import { z } from 'zod';
import type { DomainId } from '../content-schema';
import { contentIdSchema } from '../content-schema';
import { call, noInput } from './schemas';

export interface StatsOverview {
  totals: { attempts: number; correct: number; days: number };
  weekly: { week: string; domain: DomainId; attempts: number; correct: number }[];
  topics: { topic: string; title: string; domain: DomainId; attempts: number; correct: number }[];
  calendar: { day: string; attempts: number }[];
  streak: { current: number; longest: number };
  mocks: { sessionId: string; submittedAt: string; scaledScore: number; passed: boolean }[];
  /**
   * Per domain. `readiness` (the average of recent accuracy and recall) is null until the domain
   * has READINESS_MIN_ANSWERS recent answers: one right answer is not 100% ready.
   */
  readiness: {
    domain: DomainId;
    recentAccuracy: number | null;
    /** Answers in the last 30 days, which `recentAccuracy` is the share right of. */
    recentAnswers: number;
    retrievability: number | null;
    readiness: number | null;
  }[];
  weakest: {
    topic: string;
    title: string;
    domain: DomainId;
    accuracy: number;
    attempts: number;
    diagrams: { id: string; title: string; nodeId: string }[];
  }[];
}

export interface TopicTrend {
  topic: string;
  title: string;
  domain: DomainId;
  /** Weeks with answers in the last six months, oldest first; `week` is SQLite's %Y-W%W. */
  weeks: { week: string; attempts: number; correct: number }[];
}

export interface TodaySummary {
  examDate: string | null;
  daysToExam: number | null;
  due: { questions: number; diagramNodes: number };
  weakestDomain: DomainId | null;
  /** Weak topics first, then unread ones by exam weight; never a retired service before a live one. */
  nextTopics: { id: string; title: string; domain: DomainId; accuracy: number | null }[];
  diagram: { id: string; title: string } | null;
  lastMock: { sessionId: string; submittedAt: string; scaledScore: number; passed: boolean } | null;
  openExam: { sessionId: string; answered: number; total: number; timeLeftMs: number } | null;
  /** The practice or diagnostic to resume, if one is unfinished. */
  openQuiz: { sessionId: string; mode: 'practice' | 'diagnostic'; answered: number; total: number } | null;
  hasActivity: boolean;
}

export const statsCalls = {
  'stats.overview': call(noInput).returns<StatsOverview>(),
  'stats.topicTrend': call(z.strictObject({ topic: contentIdSchema })).returns<TopicTrend>(),
  'today.summary': call(noInput).returns<TodaySummary>(),
} as const;

/** Recent answers a domain needs before its readiness is shown: about one mock exam's share of it (75 questions × 15–22%). */
export const READINESS_MIN_ANSWERS = 10;
