import type { SearchHit } from '@common/contract';
import { routeHref } from '../../app/router';

export const KIND_LABEL: Record<SearchHit['kind'], string> = {
  'course-note': 'Course notes',
  'personal-note': 'My notes',
  question: 'Quiz questions',
};

/**
 * Where a hit opens: a course note in the library, a personal note in the editor, and a question
 * on its own in the practice tab, ready to answer, with a way back to the search (`query`) it came from.
 */
export function hitHref(hit: SearchHit, query?: string): string {
  if (hit.kind === 'course-note') return routeHref({ view: 'library', topicId: hit.id });
  if (hit.kind === 'personal-note') return routeHref({ view: 'notes', noteId: hit.id });
  return routeHref({ view: 'quiz', tab: 'practice', questionId: hit.id, searchQuery: query });
}
