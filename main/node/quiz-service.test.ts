import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../common/content-schema';
import { AttemptRecorder } from './attempts';
import type { ContentIndex } from './content';
import { openDatabase } from './database';
import { isAnswerCorrect, QuizService } from './quiz-service';
import { ReviewScheduler } from './review-scheduler';
import { makeTempDir } from './testing';

const option = (id: string, correct: boolean) => ({
  id,
  text: `Option ${id}`,
  correct,
  explanation: `Because ${id} is ${correct ? 'right' : 'wrong'}.`,
});

const single: QuizQuestion = {
  id: 'q-single',
  domain: 'D1',
  topics: ['codebuild'],
  difficulty: 1,
  format: 'single',
  stem: 'Which file does CodeBuild read by default for build commands?',
  options: [option('a', false), option('b', true), option('c', false), option('d', false)],
};
const multi: QuizQuestion = {
  id: 'q-multi',
  domain: 'D1',
  topics: ['codebuild'],
  difficulty: 2,
  format: 'multi',
  stem: 'Which two phases belong to a buildspec? (Choose two.)',
  options: [option('a', true), option('b', false), option('c', true), option('d', false), option('e', false)],
};

function content(): ContentIndex {
  return { topics: [], notes: new Map(), diagrams: new Map(), questions: new Map([single, multi].map((q) => [q.id, q])) };
}

function quizOn(file: string): QuizService {
  const db = openDatabase(file);
  return new QuizService(db, content(), new AttemptRecorder(db, new ReviewScheduler(db, () => ({ desiredRetention: 0.9 }))));
}
const ids = (questionIds: string[]) => ({ questionIds, only: 'all' as const, count: 10 });

describe('quiz', () => {
  it('scores multiple response all-or-nothing', () => {
    expect(isAnswerCorrect(multi, ['a', 'c'])).toBe(true);
    expect(isAnswerCorrect(multi, ['c', 'a'])).toBe(true);
    expect(isAnswerCorrect(multi, ['a'])).toBe(false);
    expect(isAnswerCorrect(multi, ['a', 'c', 'e'])).toBe(false);
    expect(isAnswerCorrect(single, ['b'])).toBe(true);
    expect(isAnswerCorrect(single, ['a'])).toBe(false);
  });

  it('never sends answers or explanations with the questions', () => {
    const quiz = quizOn(path.join(makeTempDir(), 'd.sqlite3'));
    const session = quiz.start('practice', ids(['q-single', 'q-multi']));
    expect(JSON.stringify(session)).not.toMatch(/correct|explanation|Because/);
    expect(session.questions[1]?.selectCount).toBe(2);
  });

  it('stores every answer at once, and the history survives a reopen', () => {
    const dir = makeTempDir();
    const quiz = quizOn(path.join(dir, 'd.sqlite3'));
    const session = quiz.start('practice', ids(['q-single', 'q-multi']));
    const first = quiz.answer(session.sessionId, 'q-single', ['a'], 1200);
    expect(first).toMatchObject({ correct: false, correctOptionIds: ['b'] });
    expect(first.explanations).toHaveLength(4);
    quiz.answer(session.sessionId, 'q-multi', ['c', 'a'], 3400);

    const reopened = quizOn(path.join(dir, 'd.sqlite3'));
    const history = reopened.history(10);
    expect(history.map((h) => [h.questionId, h.correct, h.chosen])).toEqual([
      ['q-multi', true, ['a', 'c']],
      ['q-single', false, ['a']],
    ]);
    expect(history[0]).toMatchObject({ sessionId: session.sessionId, mode: 'practice', timeMs: 3400 });
  });

  it('rejects answers for another session, another question or unknown options', () => {
    const quiz = quizOn(path.join(makeTempDir(), 'd.sqlite3'));
    const session = quiz.start('practice', ids(['q-single']));
    expect(() => quiz.answer('00000000-0000-4000-8000-000000000000', 'q-single', ['a'], 1)).toThrow(/no longer exists/);
    expect(() => quiz.answer(session.sessionId, 'q-multi', ['a'], 1)).toThrow(/not part of this quiz/);
    expect(() => quiz.answer(session.sessionId, 'q-single', ['f'], 1)).toThrow(/does not have/);
    expect(quiz.history(10)).toEqual([]);
  });
});

describe('what practice choices match', () => {
  it('counts the questions a practice would draw from, and each difficulty as if it alone were chosen', () => {
    const quiz = quizOn(path.join(makeTempDir(), 'd.sqlite3'));
    expect(quiz.matching({ only: 'all' })).toEqual({ total: 2, byDifficulty: { 1: 1, 2: 1, 3: 0 } });
    expect(quiz.matching({ only: 'all', difficulties: [2] })).toEqual({ total: 1, byDifficulty: { 1: 1, 2: 1, 3: 0 } });
    expect(quiz.matching({ only: 'all', domains: ['D2'] }).total).toBe(0);

    // The same filters as starting: once answered wrong, a question is no longer unseen but is missed.
    const session = quiz.start('practice', ids(['q-single']));
    quiz.answer(session.sessionId, 'q-single', ['a'], 1000);
    expect(quiz.matching({ only: 'unseen' })).toEqual({ total: 1, byDifficulty: { 1: 0, 2: 1, 3: 0 } });
    expect(quiz.matching({ only: 'missed' }).total).toBe(1);
    expect(quiz.start('practice', { only: 'missed', count: 10 }).questions.map((q) => q.id)).toEqual(['q-single']);
  });
});

describe('resuming a practice', () => {
  const third: QuizQuestion = { ...single, id: 'q-third', stem: 'Which phase runs after install?' };
  function quizWith(file: string, questions: QuizQuestion[] = [single, multi, third]): QuizService {
    const db = openDatabase(file);
    const bank: ContentIndex = { topics: [], notes: new Map(), diagrams: new Map(), questions: new Map(questions.map((q) => [q.id, q])) };
    return new QuizService(db, bank, new AttemptRecorder(db, new ReviewScheduler(db, () => ({ desiredRetention: 0.9 }))));
  }
  const all = ids(['q-single', 'q-multi', 'q-third']);

  it('offers the unfinished practice with the answers given so far and their feedback, after a reopen', () => {
    const file = path.join(makeTempDir(), 'd.sqlite3');
    const quiz = quizWith(file);
    expect(quiz.current()).toBeNull();
    const session = quiz.start('practice', all);
    quiz.answer(session.sessionId, 'q-single', ['a'], 1200);
    quiz.answer(session.sessionId, 'q-multi', ['c', 'a'], 3400);

    const open = quizWith(file).current();
    expect(open).toMatchObject({ sessionId: session.sessionId, mode: 'practice' });
    expect(open?.questions.map((q) => q.id)).toEqual(['q-single', 'q-multi', 'q-third']);
    expect(open?.answers.map((a) => [a.questionId, a.chosen, a.correct])).toEqual([
      ['q-single', ['a'], false],
      ['q-multi', ['a', 'c'], true],
    ]);
    expect(open?.answers[0]).toMatchObject({ correctOptionIds: ['b'], rating: 'again' });
    expect(open?.answers[0]?.explanations).toHaveLength(4);
    expect(open?.answers[1]?.explanations.find((e) => e.optionId === 'c')).toMatchObject({
      correct: true,
      explanation: 'Because c is right.',
    });
    // The questions still carry no answers: only what was answered is explained.
    expect(JSON.stringify(open?.questions)).not.toMatch(/correct|explanation|Because/);
  });

  it('offers a diagnostic too, and the newest of two unfinished quizzes', () => {
    const quiz = quizWith(path.join(makeTempDir(), 'd.sqlite3'));
    const older = quiz.start('practice', all);
    const newer = quiz.start('practice', ids(['q-third', 'q-single']));
    expect(quiz.current()?.sessionId).toBe(newer.sessionId);
    quiz.finish(newer.sessionId);
    expect(quiz.current()?.sessionId).toBe(older.sessionId);
    quiz.finish(older.sessionId);
    // Twenty by domain weight: every question here is D1, so the diagnostic draws all three.
    const diagnostic = quiz.start('diagnostic', { only: 'all', count: 20 });
    expect(diagnostic.questions).toHaveLength(3);
    expect(quiz.current()).toMatchObject({ sessionId: diagnostic.sessionId, mode: 'diagnostic', answers: [] });
  });

  it('does not offer a quiz once every question is answered, and refuses more answers to it', () => {
    const quiz = quizWith(path.join(makeTempDir(), 'd.sqlite3'));
    const session = quiz.start('practice', ids(['q-single', 'q-third']));
    quiz.answer(session.sessionId, 'q-third', ['b'], 1000);
    expect(quiz.current()?.answers).toHaveLength(1);
    quiz.answer(session.sessionId, 'q-single', ['b'], 1000);
    expect(quiz.current()).toBeNull();
    expect(() => quiz.answer(session.sessionId, 'q-single', ['a'], 1000)).toThrow(/already answered/);
  });

  it('does not offer a quiz the learner ended; its answers stay in the history', () => {
    const quiz = quizWith(path.join(makeTempDir(), 'd.sqlite3'));
    const session = quiz.start('practice', all);
    quiz.answer(session.sessionId, 'q-single', ['b'], 1000);
    expect(quiz.finish(session.sessionId)).toEqual({ finished: true });
    expect(quiz.finish(session.sessionId)).toEqual({ finished: true });
    expect(quiz.current()).toBeNull();
    expect(() => quiz.answer(session.sessionId, 'q-multi', ['a', 'c'], 1000)).toThrow(/was ended/);
    expect(quiz.history(10)).toHaveLength(1);
    expect(() => quiz.finish('00000000-0000-4000-8000-000000000000')).toThrow(/no longer exists/);
  });

  it('does not offer a review session, nor a single question opened on its own', () => {
    const quiz = quizWith(path.join(makeTempDir(), 'd.sqlite3'));
    const practice = quiz.start('practice', ids(['q-single', 'q-multi']));
    quiz.answer(practice.sessionId, 'q-single', ['a'], 1000);
    quiz.answer(practice.sessionId, 'q-multi', ['a'], 1000);
    // Both are due again at once (wrong answers), so a review can start; it is never resumed.
    quiz.startReview(10, new Date(Date.now() + 86_400_000));
    quiz.start('practice', ids(['q-third']));
    expect(quiz.current()).toBeNull();
  });

  it('counts a question answered once: its first answer', () => {
    const quiz = quizWith(path.join(makeTempDir(), 'd.sqlite3'));
    const session = quiz.start('practice', all);
    quiz.answer(session.sessionId, 'q-single', ['b'], 1000);
    expect(() => quiz.answer(session.sessionId, 'q-single', ['a'], 1000)).toThrow(/already answered/);
    expect(quiz.current()?.answers.map((a) => a.correct)).toEqual([true]);
  });

  it('skips questions that left the bank, and ends a quiz whose remaining ones all did', () => {
    const file = path.join(makeTempDir(), 'd.sqlite3');
    const session = quizWith(file).start('practice', all);
    const smaller = quizWith(file, [single, multi]);
    expect(smaller.current()?.questions.map((q) => q.id)).toEqual(['q-single', 'q-multi']);
    smaller.answer(session.sessionId, 'q-single', ['b'], 1000);
    smaller.answer(session.sessionId, 'q-multi', ['a', 'c'], 1000);
    expect(smaller.current()).toBeNull();
    // Finished for good: the full bank does not bring it back either.
    expect(quizWith(file).current()).toBeNull();
  });
});
