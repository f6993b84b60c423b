// Search quality as numbers: of the benchmark queries, how often the expected course note is the
// first hit (recall@1) or among the first three (recall@3), and how often that hit, among the first
// three, names the section that answers (what the palette shows the learner).
import type { SearchService } from './search-service';

export interface LabelledQuery {
  query: string;
  expected: string;
  /** The heading of the answering section, as written in the note. */
  section?: string;
  /** Other sections that state the answer as well. */
  alsoIn?: string[];
}

/** How a label names a note's opening text, before its first heading. */
export const OPENING = '(opening)';

export interface RecallResult {
  recallAt1: number;
  recallAt3: number;
  /** Of the queries labelled with a section: the expected note in the top 3, naming that section. */
  sectionsAt3: number;
  misses: { query: string; expected: string; got: string[] }[];
}

export function evaluateRecall(search: SearchService, queries: readonly LabelledQuery[]): RecallResult {
  let at1 = 0;
  let at3 = 0;
  let sectionsAt3 = 0;
  let labelled = 0;
  const misses: RecallResult['misses'] = [];
  for (const { query, expected, section, alsoIn } of queries) {
    // Whole words, as if the learner paused after typing: no prefix on the last word.
    const hits = search.query(`${query} `, 10).filter((h) => h.kind === 'course-note');
    const rank = hits.findIndex((h) => h.id === expected);
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 3) at3++;
    else misses.push({ query, expected, got: hits.slice(0, 3).map((h) => h.id) });
    if (section === undefined) continue;
    labelled++;
    const hit = rank >= 0 && rank < 3 ? hits[rank] : undefined;
    const named = hit ? (hit.section?.title ?? OPENING) : undefined;
    if (named !== undefined && (named === section || alsoIn?.includes(named))) sectionsAt3++;
  }
  return {
    recallAt1: at1 / queries.length,
    recallAt3: at3 / queries.length,
    sectionsAt3: labelled === 0 ? 0 : sectionsAt3 / labelled,
    misses,
  };
}
