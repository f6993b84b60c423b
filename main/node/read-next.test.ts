import { describe, expect, it } from 'vitest';
import { type ReadNextTopic, readNext } from './read-next';
import { makeServices } from './testing';

const topic = (id: string, domain: ReadNextTopic['domain'], retired = false): ReadNextTopic => ({ id, title: id, domain, retired });

const TOPICS = [
  topic('codestar', 'D1', true),
  topic('codecommit', 'D1'),
  topic('cloudformation', 'D2'),
  topic('opsworks', 'D2', true),
  topic('dr-strategies', 'D3'),
  topic('cloudwatch', 'D4'),
  topic('eventbridge', 'D5'),
  topic('kms', 'D6'),
];
const none = new Set<string>();
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('read next', () => {
  it('starts a new learner on the heaviest domain, skipping retired services', () => {
    const next = readNext({ topics: TOPICS, read: none, confident: none, answered: new Map() }, 4);
    // D1 weighs 22%, then D2 and D6 17% each (course order breaks the tie), never CodeStar or OpsWorks first.
    expect(ids(next)).toEqual(['codecommit', 'cloudformation', 'kms', 'dr-strategies']);
    expect(next.every((t) => t.accuracy === null)).toBe(true);
  });

  it('puts weak topics first, lowest accuracy first, read or not, but not those marked confident', () => {
    const answered = new Map([
      ['eventbridge', { attempts: 10, correct: 6 }],
      ['cloudwatch', { attempts: 4, correct: 1 }],
      ['kms', { attempts: 5, correct: 1 }],
      ['codecommit', { attempts: 5, correct: 5 }],
    ]);
    const next = readNext({ topics: TOPICS, read: new Set(['eventbridge', 'codecommit']), confident: new Set(['kms']), answered }, 4);
    expect(ids(next)).toEqual(['cloudwatch', 'eventbridge', 'cloudformation', 'dr-strategies']);
    expect(next[0]?.accuracy).toBe(0.25);
    // Answered well and read: not suggested again.
    expect(ids(next)).not.toContain('codecommit');
  });

  it('suggests a retired topic only when nothing live is left, weak or not', () => {
    const answered = new Map([['codestar', { attempts: 3, correct: 0 }]]);
    const live = TOPICS.filter((t) => !t.retired).map((t) => t.id);
    expect(ids(readNext({ topics: TOPICS, read: none, confident: none, answered }, 8)).slice(-2)).toEqual(['codestar', 'opsworks']);
    expect(ids(readNext({ topics: TOPICS, read: new Set(live), confident: none, answered }))).toEqual(['codestar', 'opsworks']);
  });

  it("Today's read-next never opens with a retired service, and puts a topic answered wrong first", () => {
    const s = makeServices();
    try {
      const retired = [...s.content.notes.values()].filter((n) => n.meta.retired).map((n) => n.meta.id);
      expect(retired).toEqual(expect.arrayContaining(['codestar', 'opsworks', 'opsworks-lifecycle-events', 'opsworks-auto-healing']));
      const first = s.today.summary().nextTopics;
      expect(first).toHaveLength(3);
      expect(first.some((t) => retired.includes(t.id))).toBe(false);
      expect(first.map((t) => t.domain)).toEqual(['D1', 'D1', 'D1']);

      const quiz = s.quiz.start('practice', { domains: ['D4'], only: 'all', count: 1 });
      const question = s.content.questions.get(quiz.questions[0]?.id ?? '');
      const wrong = question?.options.find((o) => !o.correct)?.id ?? 'x';
      s.quiz.answer(quiz.sessionId, question?.id ?? '', [wrong], 20_000);
      const next = s.today.summary().nextTopics;
      expect(question?.topics).toContain(next[0]?.id);
      expect(next[0]?.accuracy).toBe(0);
    } finally {
      s.close();
    }
  });
});
