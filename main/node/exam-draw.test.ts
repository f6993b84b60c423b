// The mock exam draws questions the learner has not met yet first, and every session keeps one
// option order per question from start to resume to review.
import { afterEach, describe, expect, it } from 'vitest';
import { EXAM_QUESTIONS } from './exam-service';
import { servicesTracker } from './testing';

const tracker = servicesTracker();
afterEach(tracker.closeAll);

const order = (q: { options: { id: string }[] }) => q.options.map((o) => o.id).join('');

describe('mock exam draws', () => {
  it('sits six whole exams before any question repeats, and says how many are still new', () => {
    const s = tracker.fresh();
    const total = s.content.questions.size;
    expect(s.exams.unseen()).toEqual({ unseen: total, total });
    const asked = new Set<string>();
    for (let exam = 1; exam <= 6; exam++) {
      const view = s.exams.start();
      for (const q of view.questions) {
        expect(asked.has(q.id), `exam ${exam} repeats ${q.id}`).toBe(false);
        asked.add(q.id);
      }
      s.exams.submit(view.sessionId, 60_000);
      expect(s.exams.unseen().unseen).toBe(total - exam * EXAM_QUESTIONS);
    }
    // The seventh takes, domain by domain, every question still new before any that was met.
    const seventh = s.exams.start();
    for (const domain of new Set(seventh.questions.map((q) => q.domain))) {
      const inExam = seventh.questions.filter((q) => q.domain === domain);
      const leftNew = [...s.content.questions.values()].filter((q) => q.domain === domain && !asked.has(q.id));
      expect(inExam.filter((q) => !asked.has(q.id)).length).toBe(Math.min(inExam.length, leftNew.length));
    }
  });

  it('counts a question answered in practice as met', () => {
    const s = tracker.fresh();
    const [id] = s.content.questions.keys();
    if (!id) throw new Error('empty bank');
    const quiz = s.quiz.start('practice', { questionIds: [id], only: 'all', count: 1 });
    s.quiz.answer(quiz.sessionId, id, ['a'], 1000);
    expect(s.exams.unseen().unseen).toBe(s.content.questions.size - 1);
  });
});

describe('option order per session', () => {
  it('shows a question in a new order in a fresh quiz, and in the same order when it resumes and in its results', () => {
    const s = tracker.fresh();
    const ids = [...s.content.questions.keys()].slice(0, 12);
    const first = s.quiz.start('practice', { questionIds: ids, only: 'all', count: 12 });
    const second = s.quiz.start('practice', { questionIds: ids, only: 'all', count: 12 });
    const differ = first.questions.filter((q, i) => order(q) !== order(second.questions[i] ?? q));
    expect(differ.length).toBeGreaterThan(0);
    // Not file order either: some question shows its options shuffled.
    expect(first.questions.some((q) => order(q) !== order(s.content.questions.get(q.id) ?? q))).toBe(true);

    const q = second.questions[0];
    if (!q) throw new Error('no question');
    const feedback = s.quiz.answer(second.sessionId, q.id, [q.options[0]?.id ?? 'a'], 1000);
    expect(feedback.explanations.map((e) => e.optionId).join('')).toBe(order(q));
    const resumed = s.quiz.current();
    expect(resumed?.sessionId).toBe(second.sessionId);
    expect(resumed?.questions.map(order)).toEqual(second.questions.map(order));
    s.quiz.finish(second.sessionId);
    expect(s.quiz.results(second.sessionId).items.map((r) => order(r.question))).toEqual(second.questions.map(order));
    expect(order(s.quiz.attempt(feedback.attemptId).question)).toBe(order(q));
  });

  it('keeps a mock exam in one order from start to resume to result', () => {
    const s = tracker.fresh();
    const exam = s.exams.start();
    expect(s.exams.current()?.questions.map(order)).toEqual(exam.questions.map(order));
    s.exams.submit(exam.sessionId, 1000);
    expect(s.exams.result(exam.sessionId).review.map((r) => order(r.question))).toEqual(exam.questions.map(order));
  });
});

describe('answers to a question the bank has rewritten since', () => {
  it('are reviewed as answers to an earlier wording: the verdict then, no ticked options of the new one', () => {
    const s = tracker.fresh();
    const [first, second] = [...s.content.questions.values()];
    if (!first || !second) throw new Error('empty bank');
    const quiz = s.quiz.start('practice', { questionIds: [first.id, second.id], only: 'all', count: 2 });
    const key = (id: string) => (s.content.questions.get(id)?.options ?? []).filter((o) => o.correct).map((o) => o.id);
    const rewritten = s.quiz.answer(quiz.sessionId, first.id, key(first.id), 1000);
    const current = s.quiz.answer(quiz.sessionId, second.id, key(second.id), 1000);
    // As if the first was answered before the bank rewrote it.
    s.db.prepare('UPDATE quiz_attempts SET question_version = ? WHERE id = ?').run('0123456789abcdef', rewritten.attemptId);

    expect(s.quiz.attempt(rewritten.attemptId).earlierWording).toBe(true);
    expect(s.quiz.attempt(current.attemptId).earlierWording).toBe(false);
    const [old, now] = s.quiz.results(quiz.sessionId).items;
    expect(old).toMatchObject({ earlierWording: true, chosen: [], correct: true });
    expect(now?.earlierWording).toBeUndefined();
    expect(now?.chosen).toEqual(key(second.id));
    // Answers stored before answers carried a wording count as earlier ones too.
    s.db.prepare('UPDATE quiz_attempts SET question_version = NULL WHERE id = ?').run(current.attemptId);
    expect(s.quiz.attempt(current.attemptId).earlierWording).toBe(true);
  });

  it('in a submitted mock exam keep the verdict they had, whatever the new key says', () => {
    const s = tracker.fresh();
    const exam = s.exams.start();
    const q = exam.questions[0];
    if (!q) throw new Error('no question');
    const right = (s.content.questions.get(q.id)?.options ?? []).filter((o) => o.correct).map((o) => o.id);
    s.exams.answer(exam.sessionId, q.id, right, false, 1000);
    s.exams.submit(exam.sessionId, 2000);
    s.db.prepare('UPDATE quiz_attempts SET question_version = NULL WHERE session_id = ?').run(exam.sessionId);
    // The stored answer now names options of a wording that no longer exists.
    s.db.prepare('UPDATE exam_answers SET chosen = \'["f"]\' WHERE session_id = ? AND question_id = ?').run(exam.sessionId, q.id);
    const [reviewed] = s.exams.result(exam.sessionId).review;
    expect(reviewed).toMatchObject({ earlierWording: true, chosen: [], correct: true });
  });
});
