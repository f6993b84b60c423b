// The grade buttons after a question say when the card would come back ("Again 10 m · Good 3 d"):
// the feedback carries each grade's next due date, worked out from the card as it was before the
// answer, so it is what re-rating the answer really does, and it never passes the exam-date cap.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuizQuestion } from '../common/content-schema';
import type { AnswerFeedback } from '../common/contract';
import { DAY_MS } from '../common/dates';
import { AttemptRecorder } from './attempts';
import type { ContentIndex } from './content';
import { openDatabase } from './database';
import { QuizService } from './quiz-service';
import { latestReviewBefore, ReviewScheduler, type ReviewSettings } from './review-scheduler';
import { makeTempDir } from './testing';

const option = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, explanation: `Why ${id}.` });
const question = (id: string): QuizQuestion => ({
  id,
  domain: 'D1',
  topics: ['codebuild'],
  difficulty: 1,
  format: 'single',
  stem: `Question ${id}?`,
  options: [option('a', true), option('b', false), option('c', false), option('d', false)],
});
const QUESTIONS = ['q-1', 'q-2', 'q-3'].map(question);

function profile(settings: ReviewSettings = { desiredRetention: 0.9 }) {
  const db = openDatabase(path.join(makeTempDir(), 'd.sqlite3'));
  const content: ContentIndex = { topics: [], notes: new Map(), diagrams: new Map(), questions: new Map(QUESTIONS.map((q) => [q.id, q])) };
  const scheduler = new ReviewScheduler(db, () => settings);
  const quiz = new QuizService(db, content, new AttemptRecorder(db, scheduler));
  return { db, scheduler, quiz, settings };
}

const dues = (f: AnswerFeedback) => (['again', 'hard', 'good', 'easy'] as const).map((g) => new Date(f.next[g]).getTime());

/** again < hard ≤ good ≤ easy, all after now. */
function expectOrdered(f: AnswerFeedback, now: number) {
  const [again = 0, hard = 0, good = 0, easy = 0] = dues(f);
  expect(again).toBeGreaterThan(now);
  expect(again).toBeLessThan(hard);
  expect(hard).toBeLessThanOrEqual(good);
  expect(good).toBeLessThanOrEqual(easy);
}

const NOW = new Date('2030-03-10T09:00:00');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the next interval of each grade in the answer feedback', () => {
  it('orders the grades for a question never seen: Again in minutes, Easy in days', () => {
    const { quiz } = profile();
    const session = quiz.start('practice', { questionIds: ['q-1'], only: 'all', count: 1 });
    const feedback = quiz.answer(session.sessionId, 'q-1', ['a'], 20_000);
    expectOrdered(feedback, NOW.getTime());
    expect(dues(feedback)[0]).toBeLessThan(NOW.getTime() + DAY_MS);
    expect(dues(feedback)[3]).toBeGreaterThanOrEqual(NOW.getTime() + DAY_MS);
  });

  it('works from the card as it was before the answer, so a grade lands the card where its button said', () => {
    const { quiz, scheduler } = profile();
    const practice = quiz.start('practice', { questionIds: ['q-1'], only: 'all', count: 1 });
    quiz.answer(practice.sessionId, 'q-1', ['a'], 20_000);
    const before = scheduler.getCard('q-1');

    // A month later the card is due; a review answers it again.
    vi.setSystemTime(new Date(NOW.getTime() + 30 * DAY_MS));
    const review = quiz.startReview(30);
    const feedback = quiz.answer(review.sessionId, 'q-1', ['a'], 20_000);
    expectOrdered(feedback, Date.now());
    expect(feedback.next).toEqual(scheduler.preview(before, new Date()));
    // A card with a history comes back later on Good than a new one does.
    expect(dues(feedback)[2]).toBeGreaterThan(Date.now() + 2 * DAY_MS);

    for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
      expect(scheduler.rerate(feedback.attemptId, grade)?.due.toISOString()).toBe(feedback.next[grade]);
    }
  });

  it('never offers a date after the exam-date cap', () => {
    const { quiz, settings } = profile();
    const practice = quiz.start('practice', { questionIds: ['q-1', 'q-2'], only: 'all', count: 2 });
    quiz.answer(practice.sessionId, 'q-1', ['a'], 5_000);
    quiz.answer(practice.sessionId, 'q-2', ['a'], 5_000);

    vi.setSystemTime(new Date(NOW.getTime() + 30 * DAY_MS));
    settings.examDate = '2030-04-12';
    const cap = latestReviewBefore(settings.examDate, new Date())?.getTime() ?? 0;
    const review = quiz.startReview(30);
    for (const id of ['q-1', 'q-2']) {
      const feedback = quiz.answer(review.sessionId, id, ['a'], 5_000);
      expect(dues(feedback)[0]).toBeLessThan(dues(feedback)[1] ?? 0);
      for (const due of dues(feedback)) expect(due).toBeLessThanOrEqual(cap);
      // Easy would have gone further without the exam: it stops at the cap.
      expect(dues(feedback)[3]).toBe(cap);
    }
  });

  it('comes with the answers of a resumed practice too', () => {
    const { quiz } = profile();
    const practice = quiz.start('practice', { questionIds: ['q-1', 'q-2', 'q-3'], only: 'all', count: 3 });
    const given = quiz.answer(practice.sessionId, 'q-1', ['b'], 20_000);
    const resumed = quiz.current();
    expect(resumed?.answers).toHaveLength(1);
    expect(resumed?.answers[0]?.next).toEqual(given.next);
  });
});
