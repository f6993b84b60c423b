import { describe, expect, it } from 'vitest';
import {
  filterCounts,
  isFlaggedItem,
  matchesFilter,
  missedQuestionIds,
  type ReviewedAnswer,
  retryLabel,
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

  it('finds the weakest topic among the answers by share wrong, then by the number wrong; skipped ones do not count', () => {
    // codebuild: 1 of 2 answers wrong; sqs: 1 of 2 answers wrong (q3 skipped), so the first asked.
    expect(weakestTopic(items)).toEqual({ topicId: 'codebuild', missed: 1, total: 2 });
    expect(weakestTopic([item('a', 'x', 'wrong'), item('b', 'x', 'correct'), item('c', 'y', 'wrong'), item('d', 'y', 'wrong')])).toEqual({
      topicId: 'y',
      missed: 2,
      total: 2,
    });
    expect(weakestTopic(items.filter((r) => r.correct))).toBeUndefined();
    // A practice ended before any answer has no weakest topic.
    expect(weakestTopic([item('a', 'x', 'unanswered'), item('b', 'y', 'unanswered')])).toBeUndefined();
  });

  it('says whether the retry is of wrong answers, skipped questions or both', () => {
    expect(retryLabel(items)).toBe('Retry the ones I missed or skipped (3)');
    expect(retryLabel(items.filter((r) => r.chosen.length > 0))).toBe('Retry the ones I missed (2)');
    expect(retryLabel([item('a', 'x', 'correct'), item('b', 'x', 'unanswered')])).toBe('Answer the ones I skipped (1)');
  });
});
