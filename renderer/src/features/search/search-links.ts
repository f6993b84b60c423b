import type { SearchHit } from '@common/contract';
import { routeHref } from '../../app/router';

export const KIND_LABEL: Record<SearchHit['kind'], string> = {
  'course-note': 'Course notes',
  'personal-note': 'My notes',
  question: 'Quiz questions',
};

export function hitHref(hit: SearchHit): string {
  if (hit.kind === 'course-note') return routeHref({ view: 'library', topicId: hit.id });
  if (hit.kind === 'personal-note') return routeHref({ view: 'notes', noteId: hit.id });
  return routeHref({ view: 'quiz' });
}
