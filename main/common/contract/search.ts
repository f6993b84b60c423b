// Full-text search over course notes, the learner's notes and questions.
import { z } from 'zod';
import { call } from './schemas';

export interface SearchHit {
  kind: 'course-note' | 'personal-note' | 'question';
  id: string;
  title: string;
  snippet: string;
}

export const searchCalls = {
  'search.query': call(z.strictObject({ query: z.string().max(200), limit: z.int().min(1).max(100).default(20) })).returns<SearchHit[]>(),
} as const;
