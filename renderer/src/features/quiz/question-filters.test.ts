import type { QuestionBrowserRow } from '@common/contract';
import { oneLine } from '@common/readable-text';
import { describe, expect, it } from 'vitest';
import { BROWSER_STEM_CHARS, dueIn, filterQuestions, NO_FILTERS } from './question-filters';

const row = (over: Partial<QuestionBrowserRow>): QuestionBrowserRow => ({
  id: 'd1-x-1',
  domain: 'D1',
  topics: [{ id: 'codebuild', title: 'CodeBuild' }],
  format: 'single',
  difficulty: 2,
  stem: 'A team builds with CodeBuild.',
  attempts: 0,
  correct: 0,
  lastAnsweredAt: null,
  lastCorrect: null,
  due: null,
  flagged: false,
  ...over,
});

const NOW = Date.parse('2026-12-07T12:00:00Z');
const rows = [
  row({ id: 'a' }),
  row({ id: 'b', domain: 'D3', format: 'multi', difficulty: 3, attempts: 2, correct: 1, lastCorrect: false, due: '2026-12-07T09:00:00Z' }),
  row({
    id: 'c',
    topics: [{ id: 'sqs-dlq', title: 'SQS dead-letter queues' }],
    attempts: 1,
    correct: 1,
    lastCorrect: true,
    due: '2026-12-10T09:00:00Z',
    stem: 'Messages keep failing.',
    flagged: true,
  }),
];
const ids = (f: Partial<typeof NO_FILTERS>) => filterQuestions(rows, { ...NO_FILTERS, ...f }, NOW).map((r) => r.id);

describe('question browser filters', () => {
  it('filters by domain, topic, format, difficulty, seen, last result, due, flag and words', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ domain: 'D3' })).toEqual(['b']);
    expect(ids({ topic: 'sqs-dlq' })).toEqual(['c']);
    expect(ids({ format: 'multi' })).toEqual(['b']);
    expect(ids({ difficulty: '3' })).toEqual(['b']);
    expect(ids({ seen: 'unseen' })).toEqual(['a']);
    expect(ids({ seen: 'seen' })).toEqual(['b', 'c']);
    expect(ids({ result: 'wrong' })).toEqual(['b']);
    expect(ids({ result: 'right' })).toEqual(['c']);
    expect(ids({ due: 'now' })).toEqual(['b']);
    expect(ids({ due: 'week' })).toEqual(['b', 'c']);
    expect(ids({ text: 'dead-letter failing' })).toEqual(['c']);
    expect(ids({ flag: 'flagged' })).toEqual(['c']);
    expect(ids({ flag: 'unflagged' })).toEqual(['a', 'b']);
  });

  it('shortens a stem to one line at a word', () => {
    const shortStem = (stem: string) => oneLine(stem, BROWSER_STEM_CHARS);
    expect(shortStem('Short stem.')).toBe('Short stem.');
    const long = shortStem('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(111);
    expect(long).toMatch(/word…$/);
  });

  it('says when a card is due', () => {
    expect(dueIn(null, NOW)).toBe('—');
    expect(dueIn('2026-12-07T09:00:00Z', NOW)).toBe('now');
    expect(dueIn('2026-12-10T12:00:00Z', NOW)).toBe('in 3 d');
  });
});
