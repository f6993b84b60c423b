import { describe, expect, it } from 'vitest';
import {
  filterCounts,
  isFlaggedItem,
  matchesFilter,
  missedQuestionIds,
  type ReviewedAnswer,
  reviewOutcome,
  weakestTopic,
} from './session-review';

const item = (
  id: string,
  topic: string,
  outcome: 'correct' | 'wrong' | 'unanswered',
  flags: Partial<ReviewedAnswer> = {},
): ReviewedAnswer => ({
  question: { id, topics: [topic, 'other'] },
  chosen: outcome === 'unanswered' ? [] : ['a'],
  correct: outcome === 'correct',
  ...flags,
});

const items = [
  item('q1', 'codebuild', 'correct'),
  item('q2', 'codebuild', 'wrong', { flagged: true }),
  item('q3', 'sqs', 'unanswered'),
  item('q4', 'sqs', 'wrong', { flaggedInExam: true }),
  item('q5', 'sqs', 'correct'),
];

describe('looking back over a session', () => {
  it('names how each question ended: an unanswered one is not wrong to look at', () => {
    expect(items.map(reviewOutcome)).toEqual(['correct', 'wrong', 'unanswered', 'wrong', 'correct']);
  });

  it('counts and filters wrong, flagged (now or in the exam), unanswered and all', () => {
    expect(filterCounts(items)).toEqual({ wrong: 2, flagged: 2, unanswered: 1, all: 5 });
    expect(items.filter((r) => matchesFilter(r, 'wrong')).map((r) => r.question.id)).toEqual(['q2', 'q4']);
    expect(items.filter((r) => matchesFilter(r, 'flagged')).map((r) => r.question.id)).toEqual(['q2', 'q4']);
    expect(items.filter((r) => matchesFilter(r, 'unanswered')).map((r) => r.question.id)).toEqual(['q3']);
    expect(items.filter(isFlaggedItem)).toHaveLength(2);
    // Flags changed on the page count as they are now.
    expect(filterCounts(items, (r) => r.question.id === 'q5').flagged).toBe(1);
  });

  it('retries exactly the wrong and unanswered questions, in the order asked, each once', () => {
    expect(missedQuestionIds(items)).toEqual(['q2', 'q3', 'q4']);
    expect(missedQuestionIds([...items, item('q2', 'codebuild', 'wrong')])).toEqual(['q2', 'q3', 'q4']);
    expect(missedQuestionIds(items.filter((r) => r.correct))).toEqual([]);
  });

  it('finds the weakest topic by share missed, then by the number missed', () => {
    // codebuild: 1 of 2 missed; sqs: 2 of 3 missed.
    expect(weakestTopic(items)).toEqual({ topicId: 'sqs', missed: 2, total: 3 });
    expect(weakestTopic([item('a', 'x', 'wrong'), item('b', 'y', 'wrong'), item('c', 'y', 'unanswered')])).toEqual({
      topicId: 'y',
      missed: 2,
      total: 2,
    });
    expect(weakestTopic(items.filter((r) => r.correct))).toBeUndefined();
  });
});
