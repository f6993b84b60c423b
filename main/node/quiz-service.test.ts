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
