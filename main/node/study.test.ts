// Mock exams, spaced review, stats and the question bank's own promises.
import { afterEach, describe, expect, it } from 'vitest';
import { DOMAIN_INFO } from '../common/content-schema';
import { READINESS_MIN_ANSWERS } from '../common/contract';
import { ratingFromAnswer } from '../common/review-rating';
import { createDispatcher, createHandlers } from './api-handlers';
import type { AppServices } from './app-services';
import { EXAM_QUESTIONS, EXAM_TIME_MS, scaledScore } from './exam-service';
import { countsByWeight } from './quiz-service';
import { daysUntilExam } from './review-scheduler';
import { fakePlatform, makeServices, makeTempDir, servicesTracker } from './testing';

const tracker = servicesTracker();
afterEach(tracker.closeAll);
const fresh = tracker.fresh;
const correctOptions = (s: AppServices, id: string) =>
  s.content.questions
    .get(id)
    ?.options.filter((o) => o.correct)
    .map((o) => o.id) ?? [];

describe('question bank', () => {
  const s = makeServices();
  const questions = [...s.content.questions.values()];
  s.close();

  it('has at least 450 questions, every course topic covered at least twice', () => {
    expect(questions.length).toBeGreaterThanOrEqual(450);
    const perTopic = new Map<string, number>();
    for (const q of questions) for (const t of q.topics) perTopic.set(t, (perTopic.get(t) ?? 0) + 1);
    const thin = s.content.topics.filter((t) => (perTopic.get(t.id) ?? 0) < 2).map((t) => t.id);
    expect(thin).toEqual([]);
  });

  it('follows the exam weights within 3 points and has about 20% multiple response', () => {
    for (const d of DOMAIN_INFO) {
      const share = (questions.filter((q) => q.domain === d.id).length / questions.length) * 100;
      expect(Math.abs(share - d.weight), d.id).toBeLessThanOrEqual(3);
    }
    const multi = questions.filter((q) => q.format === 'multi').length / questions.length;
    expect(multi).toBeGreaterThan(0.15);
    expect(multi).toBeLessThan(0.25);
  });

  it('has no duplicate stems and no answer position holding more than 35% of correct answers', () => {
    const stems = questions.map((q) => q.stem.toLowerCase().replace(/\W+/g, ' ').trim());
    expect(new Set(stems).size).toBe(stems.length);
    const positions = new Map<number, number>();
    let total = 0;
    for (const q of questions)
      q.options.forEach((o, i) => {
        if (o.correct) {
          positions.set(i, (positions.get(i) ?? 0) + 1);
          total++;
        }
      });
    for (const [position, n] of positions) expect(n / total, `position ${position}`).toBeLessThanOrEqual(0.35);
  });
});

describe('practice filters', () => {
  it('picks by domain and difficulty, and "unseen" / "missed" follow the history', () => {
    const s = fresh();
    const d5 = s.quiz.start('practice', { domains: ['D5'], difficulties: [2], only: 'all', count: 8 });
    expect(d5.questions).toHaveLength(8);
    for (const q of d5.questions) expect([q.domain, q.difficulty]).toEqual(['D5', 2]);
    const [a, b] = d5.questions;
    if (!a || !b) throw new Error('need two questions');
    s.quiz.answer(d5.sessionId, a.id, correctOptions(s, a.id), 5000);
    s.quiz.answer(d5.sessionId, b.id, ['a', 'b', 'c', 'd'].filter((x) => !correctOptions(s, b.id).includes(x)).slice(0, 1), 5000);
    const missed = s.quiz.start('practice', { domains: ['D5'], only: 'missed', count: 20 });
    expect(missed.questions.map((q) => q.id)).toEqual([b.id]);
    const unseen = s.quiz.start('practice', { domains: ['D5'], only: 'unseen', count: 100 });
    expect(unseen.questions.map((q) => q.id)).not.toContain(a.id);
    expect(unseen.questions.map((q) => q.id)).not.toContain(b.id);
  });

  it('says clearly when nothing matches', () => {
    const s = fresh();
    expect(() => s.quiz.start('practice', { domains: ['D5'], only: 'missed', count: 10 })).toThrow(/No questions match/);
  });

  it('spreads a diagnostic by exam weight', () => {
    expect([...countsByWeight(75).values()]).toEqual([17, 13, 11, 11, 10, 13]);
    const s = fresh();
    const diag = s.quiz.start('diagnostic', { only: 'all', count: 20 });
    expect(diag.questions).toHaveLength(20);
    expect(new Set(diag.questions.map((q) => q.domain)).size).toBe(6);
  });
});

describe('mock exam', () => {
  it('samples 75 questions by weight and resumes after a restart with the time that was left', () => {
    const dir = makeTempDir();
    const s = fresh(dir);
    const exam = s.exams.start();
    expect(exam.questions).toHaveLength(EXAM_QUESTIONS);
    expect(exam.timeLimitMs).toBe(EXAM_TIME_MS);
    const byDomain = new Map<string, number>();
    for (const q of exam.questions) byDomain.set(q.domain, (byDomain.get(q.domain) ?? 0) + 1);
    expect(Object.fromEntries(byDomain)).toEqual({ D1: 17, D2: 13, D3: 11, D4: 11, D5: 10, D6: 13 });
    expect(() => s.exams.start()).toThrow(/already in progress/);

    const [q1, q2] = exam.questions;
    if (!q1 || !q2) throw new Error('questions');
    s.exams.answer(exam.sessionId, q1.id, correctOptions(s, q1.id), false, 60_000);
    s.exams.answer(exam.sessionId, q2.id, ['a'], true, 125_000);
    s.exams.answer(exam.sessionId, q2.id, correctOptions(s, q2.id), true, 130_000); // changed answer
    s.exams.heartbeat(exam.sessionId, 100_000); // time never runs backwards
    s.close();

    const again = fresh(dir);
    const resumed = again.exams.current();
    expect(resumed?.sessionId).toBe(exam.sessionId);
    expect(resumed?.timeUsedMs).toBe(130_000);
    expect(resumed?.answers.find((a) => a.questionId === q2.id)).toEqual({
      questionId: q2.id,
      chosen: correctOptions(s, q2.id).sort(),
      flagged: true,
    });

    const result = again.exams.submit(exam.sessionId, 200_000);
    expect(result).toMatchObject({
      total: 75,
      correct: 2,
      unanswered: 73,
      scaledScore: scaledScore(2, 75),
      passed: false,
      timeUsedMs: 200_000,
    });
    expect(result.byDomain.reduce((n, d) => n + d.total, 0)).toBe(75);
    expect(result.review).toHaveLength(75);
    expect(again.exams.current()).toBeNull();
    expect(() => again.exams.answer(exam.sessionId, q1.id, ['a'], false, 1)).toThrow(/already submitted/);
    expect(again.quiz.history(100).filter((h) => h.mode === 'mock')).toHaveLength(2);
  });

  it('refuses answers once the time is up, but still lets the exam be submitted', () => {
    const s = fresh();
    const exam = s.exams.start();
    const q = exam.questions[0];
    if (!q) throw new Error('question');
    expect(() => s.exams.answer(exam.sessionId, q.id, ['a'], false, EXAM_TIME_MS + 5)).toThrow(/Time is up/);
    expect(s.exams.submit(exam.sessionId, EXAM_TIME_MS + 5).timeUsedMs).toBe(EXAM_TIME_MS);
  });

  it('scales scores from 100 to 1000 with 750 as the pass line', () => {
    expect(scaledScore(0, 75)).toBe(100);
    expect(scaledScore(75, 75)).toBe(1000);
    expect(scaledScore(55, 75)).toBeGreaterThanOrEqual(750);
    expect(scaledScore(54, 75)).toBeLessThan(750);
  });
});

describe('spaced review', () => {
  it('rates answers from correctness and time', () => {
    expect(ratingFromAnswer(false, 1000, 'single')).toBe('again');
    expect(ratingFromAnswer(true, 20_000, 'single')).toBe('easy');
    expect(ratingFromAnswer(true, 60_000, 'single')).toBe('good');
    expect(ratingFromAnswer(true, 200_000, 'multi')).toBe('hard');
  });

  it('makes a card of every answer, queues the missed ones, and lets the learner change a rating', () => {
    const s = fresh();
    const quiz = s.quiz.start('practice', { domains: ['D1'], only: 'all', count: 2 });
    const [good, bad] = quiz.questions;
    if (!good || !bad) throw new Error('questions');
    const g = s.quiz.answer(quiz.sessionId, good.id, correctOptions(s, good.id), 60_000);
    const b = s.quiz.answer(
      quiz.sessionId,
      bad.id,
      ['f'].filter(() => false).concat(['a', 'b', 'c', 'd'].filter((x) => !correctOptions(s, bad.id).includes(x)).slice(0, 1)),
      40_000,
    );
    expect([g.rating, b.rating]).toEqual(['good', 'again']);
    const inTwoMinutes = new Date(Date.now() + 2 * 60_000);
    const summary = s.stats.reviewSummary(inTwoMinutes);
    expect(summary.totalCards).toBe(2);
    expect(summary.dueNow).toBe(1);
    const review = s.quiz.startReview(10, inTwoMinutes);
    // Today's queue holds both (the good one comes back in minutes too), the missed one first.
    expect(review.questions.map((q) => q.id)[0]).toBe(bad.id);

    const before = s.scheduler.getCard(good.id)?.due.getTime() ?? 0;
    s.scheduler.rerate(g.attemptId, 'easy');
    expect(s.scheduler.getCard(good.id)?.due.getTime()).toBeGreaterThan(before);
  });

  it('keeps every interval inside the days left before the exam', () => {
    const s = fresh();
    const start = new Date('2030-03-01T09:00:00');
    const examDate = '2030-03-08';
    s.settings.update({ examDate });
    s.db
      .prepare("INSERT INTO quiz_sessions (id, mode, question_ids, started_at) VALUES ('s1', 'practice', '[]', ?)")
      .run(start.toISOString());
    const key = { cardId: 'q-1', kind: 'question' as const, domain: 'D1', topic: 'codebuild' };
    let now = start;
    const intervals: number[] = [];
    const examEnd = new Date(`${examDate}T23:59:59`);
    for (let i = 0; i < 8 && now < examEnd; i++) {
      const attempt = s.db
        .prepare(
          "INSERT INTO quiz_attempts (session_id, question_id, chosen, correct, time_ms, mode, answered_at) VALUES ('s1', 'q-1', '[]', 1, 1, 'practice', ?)",
        )
        .run(now.toISOString());
      const card = s.scheduler.review(key, 'easy', true, Number(attempt.lastInsertRowid), now);
      intervals.push(card.due.getTime() - now.getTime());
      expect(card.due.getTime()).toBeLessThanOrEqual(new Date(`${examDate}T23:59:59`).getTime() + 1);
      now = card.due;
    }
    // Without the cap, easy reviews would grow far past a week; with it, the last one before the
    // exam lands at the end of the day before.
    expect(intervals.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...intervals)).toBeLessThanOrEqual(7 * 86_400_000);
    expect(daysUntilExam(examDate, start)).toBe(7);
  });
});

describe('stats', () => {
  it('reflects answers, mock scores and the streak', () => {
    const s = fresh();
    const quiz = s.quiz.start('practice', { domains: ['D3'], only: 'all', count: 3 });
    for (const q of quiz.questions) s.quiz.answer(quiz.sessionId, q.id, correctOptions(s, q.id), 30_000);
    const exam = s.exams.start();
    s.exams.submit(exam.sessionId, 1000);
    const stats = s.stats.overview();
    expect(stats.totals.attempts).toBe(3);
    expect(stats.totals.correct).toBe(3);
    expect(stats.streak.current).toBe(1);
    expect(stats.mocks).toHaveLength(1);
    expect(stats.readiness.find((r) => r.domain === 'D3')?.recentAccuracy).toBe(1);
    expect(stats.calendar.at(-1)?.attempts).toBe(3);
    const today = s.today.summary();
    expect(today.lastMock?.sessionId).toBe(exam.sessionId);
    expect(today.hasActivity).toBe(true);
    expect(today.nextTopics.length).toBeGreaterThan(0);
    expect(today.openQuiz).toBeNull();
  });

  it('gives a domain a readiness only once it has enough recent answers: three right answers are not "100% ready"', () => {
    const s = fresh();
    const answer = (count: number) => {
      const quiz = s.quiz.start('practice', { domains: ['D3'], only: 'unseen', count });
      for (const q of quiz.questions) s.quiz.answer(quiz.sessionId, q.id, correctOptions(s, q.id), 30_000);
    };
    const d3 = () => s.stats.overview().readiness.find((r) => r.domain === 'D3');
    answer(3);
    expect(d3()).toMatchObject({ recentAccuracy: 1, recentAnswers: 3, readiness: null });
    answer(READINESS_MIN_ANSWERS - 3);
    expect(d3()?.recentAnswers).toBe(READINESS_MIN_ANSWERS);
    expect(d3()?.readiness).toBeGreaterThan(0.5);
  });

  it('lists an unfinished practice on Today with how far it got, through the API', async () => {
    const s = fresh();
    const call = createDispatcher(createHandlers(s, fakePlatform()));
    const quiz = s.quiz.start('practice', { domains: ['D2'], only: 'all', count: 4 });
    for (const q of quiz.questions.slice(0, 2)) s.quiz.answer(quiz.sessionId, q.id, correctOptions(s, q.id), 30_000);
    expect(s.today.summary().openQuiz).toEqual({ sessionId: quiz.sessionId, mode: 'practice', answered: 2, total: 4 });
    const current = await call('quiz.current', {});
    expect(current).toMatchObject({ ok: true, value: { sessionId: quiz.sessionId, answers: [{}, {}] } });
    expect(await call('quiz.finish', { sessionId: quiz.sessionId })).toEqual({ ok: true, value: { finished: true } });
    expect(s.today.summary().openQuiz).toBeNull();
    expect(await call('quiz.finish', { sessionId: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('measures recall ahead of time, so a card just missed does not count as remembered', () => {
    const s = fresh();
    const quiz = s.quiz.start('practice', { domains: ['D3', 'D4'], only: 'all', count: 12 });
    for (const q of quiz.questions) {
      const right = correctOptions(s, q.id);
      const wrong = s.content.questions.get(q.id)?.options.find((o) => !o.correct)?.id ?? 'x';
      // Everything in D3 answered right, everything in D4 wrong.
      s.quiz.answer(quiz.sessionId, q.id, q.domain === 'D3' ? right : [wrong], 20_000);
    }
    const recallOf = (domain: string) => s.stats.overview().readiness.find((r) => r.domain === domain)?.retrievability ?? Number.NaN;
    const [known, missed] = [recallOf('D3'), recallOf('D4')];
    expect(known).toBeLessThan(1);
    expect(missed).toBeLessThan(known - 0.2);
    // An exam the day after tomorrow brings the horizon closer, so predicted recall rises.
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    s.settings.update({ examDate: inTwoDays });
    expect(recallOf('D4')).toBeGreaterThan(missed);
  });

  it("charts one topic's accuracy week by week over the last six months", () => {
    const s = fresh();
    const quiz = s.quiz.start('practice', { domains: ['D1'], only: 'all', count: 1 });
    const now = new Date('2026-11-26T12:00:00');
    const insert = s.db.prepare(
      `INSERT INTO quiz_attempts (session_id, question_id, chosen, correct, time_ms, mode, answered_at, domain, topic)
       VALUES (?, ?, '[]', ?, 1000, 'practice', ?, 'D1', ?)`,
    );
    const answer = (daysAgo: number, correct: boolean, topic = 'codedeploy-deployment-configs', n = 0) =>
      insert.run(
        quiz.sessionId,
        `q-${daysAgo}-${n}-${topic}`,
        correct ? 1 : 0,
        new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
        topic,
      );
    answer(300, true); // older than six months: left out
    answer(21, false);
    answer(21, false, undefined, 1);
    answer(21, true, undefined, 2);
    answer(0, true);
    answer(0, true, undefined, 1);
    answer(0, false, 'codepipeline-basics'); // another topic: not counted

    const trend = s.stats.topicTrend('codedeploy-deployment-configs', now);
    expect(trend).toMatchObject({ topic: 'codedeploy-deployment-configs', domain: 'D1', title: expect.any(String) });
    expect(trend.weeks.map(({ attempts, correct }) => ({ attempts, correct }))).toEqual([
      { attempts: 3, correct: 1 },
      { attempts: 2, correct: 2 },
    ]);
    expect(trend.weeks.map((w) => w.week)).toEqual([...trend.weeks.map((w) => w.week)].sort());
    expect(() => s.stats.topicTrend('no-such-topic', now)).toThrow(/no course topic/);
  });
});
