import type { SearchHit } from '../../../../main/common/contract';

export const KIND_LABEL: Record<SearchHit['kind'], string> = {
  'course-note': 'Course notes',
  'personal-note': 'My notes',
  question: 'Quiz questions',
};

export function hitHref(hit: SearchHit): string {
  if (hit.kind === 'course-note') return `#/library/${hit.id}`;
  if (hit.kind === 'personal-note') return `#/notes/${hit.id}`;
  return '#/quiz';
}
