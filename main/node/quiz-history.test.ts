// The history speaks in words: each answer names its question by the stem cut to one line, with
// its domain and main topic, or a drill's diagram and node; one answer opens again as a review.
import { afterEach, describe, expect, it } from 'vitest';
import type { QuizAttemptRow } from '../common/contract';
import { ONE_LINE_CHARS } from '../common/readable-text';
import { createDispatcher, createHandlers } from './api-handlers';
import type { AppServices } from './app-services';
import { insertAttempt } from './store/quiz-attempts';
import { fakePlatform, makeServices } from './testing';

const QUESTION_ID = /\bd[1-6]-[a-z0-9-]+-\d+\b/;

let services: AppServices | undefined;
afterEach(() => services?.close());

function setup() {
  services = makeServices();
  return { services, dispatch: createDispatcher(createHandlers(services, fakePlatform()), () => {}) };
}

async function value<T>(result: Promise<unknown>): Promise<T> {
  const r = (await result) as { ok: boolean; value?: T; error?: unknown };
  expect(r, JSON.stringify(r.error)).toMatchObject({ ok: true });
  return r.value as T;
}

describe('quiz history in words', () => {
  it('names a question by its stem on one line, its domain and its main topic, and opens it as a review', async () => {
    const { services, dispatch } = setup();
    const q = services.content.questions.get('d1-codepipeline-basics-1');
    if (!q) throw new Error('the question bank changed');
    const session = services.quiz.start('practice', { questionIds: [q.id], only: 'all', count: 1 });
    const wrong = q.options.find((o) => !o.correct)?.id ?? 'a';
    const feedback = services.quiz.answer(session.sessionId, q.id, [wrong], 5000);

    const [row] = await value<QuizAttemptRow[]>(dispatch('quiz.history', { limit: 10 }));
    expect(row).toMatchObject({
      id: feedback.attemptId,
      questionId: q.id,
      kind: 'question',
      mode: 'practice',
      correct: false,
      chosen: [wrong],
      domain: 'D1',
      topic: { id: 'codepipeline-basics', title: services.content.notes.get('codepipeline-basics')?.meta.title },
    });
    expect(row?.title.length).toBeLessThanOrEqual(ONE_LINE_CHARS);
    expect(row?.title).toMatch(/^A logistics company keeps a Java order-routing service .*\S…$/);
    expect(q.stem.startsWith(row?.title.slice(0, -1) ?? '?')).toBe(true);
    expect(`${row?.title} ${row?.topic?.title}`).not.toMatch(QUESTION_ID);
    expect(row?.diagram).toBeUndefined();

    // The review shows the options in the order the quiz showed them, not in file order.
    const order = session.questions[0]?.options.map((o) => o.id) ?? [];
    const shown = [...q.options].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    const review = await value<Record<string, unknown>>(dispatch('quiz.attempt', { attemptId: feedback.attemptId }));
    expect(review).toMatchObject({
      attempt: row,
      question: { id: q.id, stem: q.stem, options: session.questions[0]?.options },
      correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
      explanations: shown.map((o) => ({ optionId: o.id, correct: o.correct, explanation: o.explanation })),
      diagrams: feedback.diagrams,
    });
  });

  it('keeps the stored answer data as before, and lists answers from every mode, newest first', async () => {
    const { services, dispatch } = setup();
    const exam = services.exams.start();
    const [first, second] = exam.questions;
    if (!first || !second) throw new Error('an exam has questions');
    services.exams.answer(exam.sessionId, first.id, ['a'], false, 1000);
    services.exams.submit(exam.sessionId, 2000);
    const practice = services.quiz.start('practice', { questionIds: [second.id], only: 'all', count: 1 });
    services.quiz.answer(practice.sessionId, second.id, ['b'], 700);

    const rows = await value<QuizAttemptRow[]>(dispatch('quiz.history', { limit: 10 }));
    // Unanswered exam questions are not attempts; the one answered is.
    expect(rows.map((r) => [r.questionId, r.mode, r.kind, r.domain])).toEqual([
      [second.id, 'practice', 'question', second.domain],
      [first.id, 'mock', 'question', first.domain],
    ]);
    expect(rows[1]).toMatchObject({ sessionId: exam.sessionId, chosen: ['a'], answeredAt: expect.any(String), timeMs: expect.any(Number) });
    for (const r of rows) expect(r.title).not.toMatch(QUESTION_ID);
  });

  it('names a drill answer by its diagram and node, and sends it to the diagram rather than a question review', async () => {
    const { services, dispatch } = setup();
    const drill = services.drills.start('sns-fanout', 1, ['topic']);
    const feedback = services.drills.answer(drill.sessionId, 'topic', 'orders topic', 800);
    const spec = services.content.diagrams.get('sns-fanout');

    const [row] = await value<QuizAttemptRow[]>(dispatch('quiz.history', { limit: 10 }));
    expect(row).toMatchObject({
      questionId: 'sns-fanout#topic',
      kind: 'diagram',
      mode: 'diagram',
      correct: true,
      title: `${spec?.title} › orders topic`,
      domain: spec?.domain,
      topic: { id: 'sns-basics', title: services.content.notes.get('sns-basics')?.meta.title },
      diagram: { id: 'sns-fanout', nodeId: 'topic' },
    });
    await expect(dispatch('quiz.attempt', { attemptId: feedback.attemptId })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/diagram/) },
    });
  });

  it('still lists an answer to a question the bank no longer has, without its id, and opens nothing for it', async () => {
    const { services, dispatch } = setup();
    // As if answered in an earlier version of the course, whose bank had this question.
    const { sessionId } = services.quiz.start('practice', { only: 'all', count: 1 });
    const attemptId = insertAttempt(services.db, {
      sessionId,
      questionId: 'd2-retired-question-9',
      chosen: ['a'],
      correct: true,
      timeMs: 1,
      mode: 'practice',
      answeredAt: new Date().toISOString(),
      domain: 'D2',
      topic: 'eb-extensions',
      questionVersion: null,
    });
    const [row] = await value<QuizAttemptRow[]>(dispatch('quiz.history', { limit: 10 }));
    expect(row).toMatchObject({ kind: 'retired', title: 'A question no longer in the course', domain: 'D2' });
    expect(row?.title).not.toMatch(QUESTION_ID);
    await expect(dispatch('quiz.attempt', { attemptId })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(dispatch('quiz.attempt', { attemptId: attemptId + 100 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That answer is not in your history.' },
    });
    await expect(dispatch('quiz.attempt', { attemptId: 0 })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
