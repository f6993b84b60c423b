import type { SearchHit } from '@common/contract';
import { routeHref } from '../../app/router';

export const KIND_LABEL: Record<SearchHit['kind'], string> = {
  'course-note': 'Course notes',
  'personal-note': 'My notes',
  question: 'Quiz questions',
};

/** Enough of a sentence to find it on the page, short enough for a readable link. */
const MAX_FIND = 160;

/** A hit's title with the section that answers: "SQS dead-letter queues › Retention and timestamps". */
export function hitTitle(hit: SearchHit): string {
  return hit.section ? `${hit.title} › ${hit.section.title}` : hit.title;
}

/**
 * Where a hit opens: a course note in the library, a personal note in the editor, and a question
 * on its own in the practice tab, ready to answer, with a way back to the search (`query`) it came from.
 */
export function hitHref(hit: SearchHit, query?: string): string {
  if (hit.kind === 'course-note')
    return routeHref({ view: 'library', topicId: hit.id, sectionId: hit.section?.id, find: hit.sentence?.slice(0, MAX_FIND) });
  if (hit.kind === 'personal-note') return routeHref({ view: 'notes', noteId: hit.id });
  return routeHref({ view: 'quiz', tab: 'practice', questionId: hit.id, searchQuery: query });
}
