// Search quality as a number: of the benchmark queries, how often the expected course note is
// the first hit (recall@1) or among the first three (recall@3).
import type { SearchService } from './search-service';

export interface LabelledQuery {
  query: string;
  expected: string;
}

export interface RecallResult {
  recallAt1: number;
  recallAt3: number;
  misses: { query: string; expected: string; got: string[] }[];
}

export function evaluateRecall(search: SearchService, queries: readonly LabelledQuery[]): RecallResult {
  let at1 = 0;
  let at3 = 0;
  const misses: RecallResult['misses'] = [];
  for (const { query, expected } of queries) {
    // Whole words, as if the learner paused after typing: no prefix on the last word.
    const hits = search
      .query(`${query} `, 10)
      .filter((h) => h.kind === 'course-note')
      .map((h) => h.id);
    const rank = hits.indexOf(expected);
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 3) at3++;
    else misses.push({ query, expected, got: hits.slice(0, 3) });
  }
  return { recallAt1: at1 / queries.length, recallAt3: at3 / queries.length, misses };
}
