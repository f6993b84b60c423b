// Full-text search over course notes, the learner's notes and questions.
import { z } from 'zod';
import { call } from './schemas';

export interface SearchHit {
  kind: 'course-note' | 'personal-note' | 'question';
  id: string;
  title: string;
  snippet: string;
  /** A course note's section that answers best (absent when it is the opening text). */
  section?: { id: string; title: string };
  /** The sentence of that passage that holds most of the query, for the reader to highlight. */
  sentence?: string;
}

export const searchCalls = {
  'search.query': call(z.strictObject({ query: z.string().max(200), limit: z.int().min(1).max(100).default(20) })).returns<SearchHit[]>(),
} as const;
