// Looking back over a finished practice, review or mock exam: how each question ended, the
// results page's filters and their counts, the questions to retry and the weakest topic. Pure, so
// the results page, the mock exam's review and the tests share one definition.

export type ReviewOutcome = 'correct' | 'wrong' | 'unanswered';
export type ResultsFilter = 'wrong' | 'flagged' | 'unanswered' | 'all';

/** The filters in the order the results page offers them. */
export const RESULTS_FILTERS: readonly ResultsFilter[] = ['wrong', 'flagged', 'unanswered', 'all'];

/** What these functions need of a reviewed question. */
export interface ReviewedAnswer {
  question: { id: string; topics: readonly string[] };
  chosen: readonly string[];
  correct: boolean;
  flagged?: boolean;
  flaggedInExam?: boolean;
  /** Answered when the question read differently: `chosen` is empty, yet it was answered. */
  earlierWording?: true;
}

/** How a question ended: one left unanswered is neither right nor wrong to look at (it scores as wrong). */
export function reviewOutcome(r: { chosen: readonly string[]; correct: boolean; earlierWording?: true }): ReviewOutcome {
  return r.chosen.length === 0 && !r.earlierWording ? 'unanswered' : r.correct ? 'correct' : 'wrong';
}

/** Flagged, for the results filter: flagged by the learner, or (mock exam) flagged during the exam. */
export const isFlaggedItem = (r: ReviewedAnswer): boolean => r.flagged === true || r.flaggedInExam === true;

/** Whether a filter shows a question; `flagged` says whether it counts as flagged (it may have changed on the page). */
export function matchesFilter(r: ReviewedAnswer, filter: ResultsFilter, flagged = isFlaggedItem(r)): boolean {
  if (filter === 'all') return true;
  if (filter === 'flagged') return flagged;
  return reviewOutcome(r) === filter;
}

/** How many questions each filter shows (for the filters' labels). */
export function filterCounts<T extends ReviewedAnswer>(
  items: readonly T[],
  flagged: (r: T) => boolean = isFlaggedItem,
): Record<ResultsFilter, number> {
  const counts: Record<ResultsFilter, number> = { wrong: 0, flagged: 0, unanswered: 0, all: 0 };
  for (const r of items) for (const f of RESULTS_FILTERS) if (matchesFilter(r, f, flagged(r))) counts[f]++;
  return counts;
}

/** The questions to retry: every one answered wrong or left unanswered, in the order they were asked, each once. */
export function missedQuestionIds(items: readonly ReviewedAnswer[]): string[] {
  return [...new Set(items.filter((r) => reviewOutcome(r) !== 'correct').map((r) => r.question.id))];
}

export interface TopicTally {
  topicId: string;
  missed: number;
  total: number;
}

/**
 * What the retry button says: the missed questions are answered wrong, skipped (left unanswered),
 * or both, and a learner who ended a practice early should not read skipped ones as mistakes.
 */
export function retryLabel(items: readonly ReviewedAnswer[]): string {
  const missed = missedQuestionIds(items).length;
  const wrong = items.some((r) => reviewOutcome(r) === 'wrong');
  const skipped = items.some((r) => reviewOutcome(r) === 'unanswered');
  if (wrong && skipped) return `Retry the ones I missed or skipped (${missed})`;
  return skipped ? `Answer the ones I skipped (${missed})` : `Retry the ones I missed (${missed})`;
}

/**
 * The session's weakest topic, by each question's main topic, over the questions answered: the
 * largest share wrong, then the most wrong, then the first asked. A skipped question says nothing
 * about what the learner knows. Undefined when no answer was wrong.
 */
export function weakestTopic(items: readonly ReviewedAnswer[]): TopicTally | undefined {
  const tallies = new Map<string, TopicTally>();
  for (const r of items) {
    const topicId = r.question.topics[0];
    const outcome = reviewOutcome(r);
    if (!topicId || outcome === 'unanswered') continue;
    const t = tallies.get(topicId) ?? { topicId, missed: 0, total: 0 };
    t.total++;
    if (outcome === 'wrong') t.missed++;
    tallies.set(topicId, t);
  }
  let best: TopicTally | undefined;
  for (const t of tallies.values()) {
    if (t.missed === 0) continue;
    if (
      !best ||
      t.missed / t.total > best.missed / best.total ||
      (t.missed / t.total === best.missed / best.total && t.missed > best.missed)
    )
      best = t;
  }
  return best;
}
