// Flags and the results of a finished quiz, on real services: flags are stored, toggled, carried in
// sessions, the browser, the mock review and backups; the results list every question and the retry
// set is exactly the wrong and unanswered ones.
import { afterEach, describe, expect, it } from 'vitest';
import type { QuizQuestionView } from '../common/contract';
import { missedQuestionIds, weakestTopic } from '../common/session-review';
import { createDispatcher, createHandlers } from './api-handlers';
import { browseQuestions } from './question-browser';
import { fakePlatform, makeTempDir, servicesTracker } from './testing';

const tracker = servicesTracker();
afterEach(tracker.closeAll);

/** The key of a question, read from the course content (the page never sees it before answering). */
type Services = ReturnType<typeof tracker.fresh>;
const keyOf = (s: Services, questionId: string) => {
  const q = s.content.questions.get(questionId);
  if (!q) throw new Error(`no question ${questionId}`);
  return q.options.filter((o) => o.correct).map((o) => o.id);
};
const wrongFor = (s: Services, q: QuizQuestionView) => {
  const key = new Set(keyOf(s, q.id));
  const wrong = q.options.find((o) => !key.has(o.id));
  if (!wrong) throw new Error('every option is right');
  return [wrong.id];
};

describe('question flags', () => {
  it('are stored, toggled, and survive a restart of the services', () => {
    const dir = makeTempDir();
    const s = tracker.fresh(dir);
    const [a, b] = [...s.content.questions.keys()];
    if (!a || !b) throw new Error('the bank has questions');
    expect(s.quiz.flag(a, true)).toEqual({ questionId: a, flagged: true });
    s.quiz.flag(b, true);
    s.quiz.flag(b, true); // flagging twice is fine
    s.quiz.flag(b, false);
    s.quiz.flag(b, false); // and so is taking it off twice
    tracker.closeAll();

    const reopened = tracker.fresh(dir);
    const flagged = browseQuestions(reopened.db, reopened.content).filter((r) => r.flagged);
    expect(flagged.map((r) => r.id)).toEqual([a]);
  });

  it('refuses a question that is not in the bank, changing nothing', async () => {
    const s = tracker.fresh();
    const dispatch = createDispatcher(createHandlers(s, fakePlatform()));
    expect(await dispatch('quiz.flag', { questionId: 'no-such-question', flagged: true })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(s.db.prepare('SELECT count(*) AS n FROM question_flags').get()).toEqual({ n: 0 });
  });

  it('come with each session, and "only flagged" practises exactly the flagged questions', () => {
    const s = tracker.fresh();
    expect(() => s.quiz.start('practice', { only: 'flagged', count: 10 })).toThrow(/not flagged any questions/);
    const ids = [...s.content.questions.keys()].slice(0, 3);
    for (const id of ids) s.quiz.flag(id, true);
    const practice = s.quiz.start('practice', { only: 'flagged', count: 10 });
    expect(practice.questions.map((q) => q.id).sort()).toEqual([...ids].sort());
    expect([...practice.flaggedQuestionIds].sort()).toEqual([...ids].sort());

    const other = [...s.content.questions.keys()].slice(2, 5);
    const mixed = s.quiz.start('practice', { questionIds: other, only: 'all', count: 3 });
    expect(mixed.flaggedQuestionIds).toEqual([ids[2]]);
    // A resumed practice knows its flags too.
    expect(s.quiz.current()?.flaggedQuestionIds).toEqual([ids[2]]);
  });

  it('are carried in a backup and merged in without losing the profile’s own', () => {
    const s = tracker.fresh();
    const [a, b, c] = [...s.content.questions.keys()];
    if (!a || !b || !c) throw new Error('the bank has questions');
    s.quiz.flag(a, true);
    s.quiz.flag(b, true);
    const file = s.backups.exportAll().toString('utf8');
    expect(JSON.parse(file).tables.question_flags).toHaveLength(2);

    const other = tracker.fresh();
    other.quiz.flag(c, true);
    other.quiz.flag(a, true);
    expect(other.backups.importAll(file).flags).toEqual({ added: 1 });
    const flagged = browseQuestions(other.db, other.content)
      .filter((r) => r.flagged)
      .map((r) => r.id);
    expect(flagged.sort()).toEqual([a, b, c].sort());
  });
});

describe('the results of a quiz', () => {
  it('list every question with the answer, the key and the flag; the retry set is the wrong and unanswered ones', () => {
    const s = tracker.fresh();
    const ids = [...s.content.questions.keys()].slice(0, 5);
    const practice = s.quiz.start('practice', { questionIds: ids, only: 'all', count: 5 });
    const [q1, q2, q3, q4] = practice.questions;
    if (!q1 || !q2 || !q3 || !q4) throw new Error('five questions');
    // Not over yet: the key of the questions not answered stays on the server.
    expect(() => s.quiz.results(practice.sessionId)).toThrow(/still running/);

    s.quiz.answer(practice.sessionId, q1.id, keyOf(s, q1.id), 10_000); // right
    s.quiz.answer(practice.sessionId, q2.id, wrongFor(s, q2), 10_000); // wrong
    s.quiz.answer(practice.sessionId, q3.id, keyOf(s, q3.id), 10_000); // right
    s.quiz.answer(practice.sessionId, q4.id, wrongFor(s, q4), 10_000); // wrong
    s.quiz.flag(q3.id, true);
    s.quiz.finish(practice.sessionId); // the fifth is left unanswered

    const results = s.quiz.results(practice.sessionId);
    expect(results.mode).toBe('practice');
    expect(results.items.map((r) => r.question.id)).toEqual(practice.questions.map((q) => q.id));
    expect(results.items.map((r) => [r.correct, r.chosen.length > 0])).toEqual([
      [true, true],
      [false, true],
      [true, true],
      [false, true],
      [false, false],
    ]);
    expect(results.items.map((r) => r.flagged)).toEqual([false, false, true, false, false]);
    for (const r of results.items) {
      expect([...r.correctOptionIds].sort()).toEqual([...keyOf(s, r.question.id)].sort());
      expect(r.explanations).toHaveLength(r.question.options.length);
    }
    const retry = missedQuestionIds(results.items);
    expect(retry).toEqual([q2.id, q4.id, practice.questions[4]?.id]);

    // Retrying starts a practice of exactly those, in that order.
    const again = s.quiz.start('practice', { questionIds: retry, only: 'all', count: 10 });
    expect(again.questions.map((q) => q.id)).toEqual(retry);
  });

  it('of a practice answered to the end are there without ending it, and a mock exam is not a quiz', () => {
    const s = tracker.fresh();
    const practice = s.quiz.start('practice', { only: 'all', count: 2 });
    for (const q of practice.questions) s.quiz.answer(practice.sessionId, q.id, keyOf(s, q.id), 5_000);
    const results = s.quiz.results(practice.sessionId);
    expect(missedQuestionIds(results.items)).toEqual([]);
    expect(weakestTopic(results.items)).toBeUndefined();
    const exam = s.exams.start();
    expect(() => s.quiz.results(exam.sessionId)).toThrow(/no longer exists/);
  });

  it('of a mock exam say which questions were flagged in the exam and which are flagged now', () => {
    const s = tracker.fresh();
    const exam = s.exams.start();
    const [first, second, third] = exam.questions;
    if (!first || !second || !third) throw new Error('an exam has questions');
    s.exams.answer(exam.sessionId, first.id, [], true, 1_000);
    s.quiz.flag(second.id, true);
    const result = s.exams.submit(exam.sessionId, 60_000);
    expect(result.review.slice(0, 3).map((r) => [r.flaggedInExam, r.flagged])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(missedQuestionIds(result.review)).toHaveLength(75);
  });
});
