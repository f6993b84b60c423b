// A search hit opens where the learner expects: a course note in the library, a personal note in
// the editor, and a question in the quiz (questions have no page of their own).

import type { SearchHit } from '@common/contract';
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../app/router';
import { hitHref, hitTitle, KIND_LABEL } from './search-links';

function hit(kind: SearchHit['kind'], id: string): SearchHit {
  return { kind, id, title: 'T', snippet: '' };
}

describe('hitHref', () => {
  it('opens a course note in the library', () => {
    expect(hitHref(hit('course-note', 'sqs-dlq'))).toBe('#/library/sqs-dlq');
    expect(parseRoute(hitHref(hit('course-note', 'sqs-dlq')))).toEqual({ view: 'library', topicId: 'sqs-dlq' });
  });

  it('opens a course note hit at its section, with the sentence to highlight', () => {
    const found: SearchHit = {
      ...hit('course-note', 'sqs-dlq'),
      section: { id: 'retention', title: 'Retention' },
      sentence: `Messages stay 4 days. ${'x'.repeat(300)}`,
    };
    const route = parseRoute(hitHref(found));
    expect(route).toMatchObject({ view: 'library', topicId: 'sqs-dlq', sectionId: 'retention' });
    expect(route.view === 'library' && route.find?.startsWith('Messages stay 4 days.')).toBe(true);
    // Long sentences are cut: enough to find, short enough for a link.
    expect(route.view === 'library' && (route.find?.length ?? 0) <= 160).toBe(true);
    expect(hitTitle(found)).toBe('T › Retention');
    expect(hitTitle(hit('course-note', 'x'))).toBe('T');
  });

  it('opens a personal note in the notes editor', () => {
    expect(parseRoute(hitHref(hit('personal-note', '6f1c-9a')))).toEqual({ view: 'notes', noteId: '6f1c-9a' });
  });

  it('opens a question hit on its own in the practice tab, remembering the search it came from', () => {
    expect(hitHref(hit('question', 'd1-codebuild-2'), 'buildspec cache')).toBe(
      '#/quiz/practice?question=d1-codebuild-2&q=buildspec%20cache',
    );
    expect(parseRoute(hitHref(hit('question', 'd1-codebuild-2'), 'buildspec cache'))).toEqual({
      view: 'quiz',
      tab: 'practice',
      questionId: 'd1-codebuild-2',
      searchQuery: 'buildspec cache',
    });
  });

  it('opens a question hit without a search to go back to', () => {
    expect(hitHref(hit('question', 'q-17'))).toBe('#/quiz/practice?question=q-17');
    expect(parseRoute(hitHref(hit('question', 'q-17')))).toMatchObject({ view: 'quiz', tab: 'practice', questionId: 'q-17' });
  });

  it('keeps notes free of the search query', () => {
    expect(hitHref(hit('course-note', 'sqs-dlq'), 'dlq')).toBe('#/library/sqs-dlq');
    expect(hitHref(hit('personal-note', 'n1'), 'dlq')).toBe('#/notes/n1');
  });

  it('labels every hit kind for the grouped results', () => {
    expect(Object.keys(KIND_LABEL).sort()).toEqual(['course-note', 'personal-note', 'question']);
    expect(new Set(Object.values(KIND_LABEL)).size).toBe(3);
  });
});
