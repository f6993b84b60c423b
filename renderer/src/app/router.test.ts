// The hash router decides which view a link, a reload or a restored last route opens, so every
// route must survive routeHref → parseRoute unchanged, and odd input must land somewhere sensible.
import { describe, expect, it } from 'vitest';
import { isBlankHash, parseRoute, type Route, routeHref } from './router';

const roundTrips: [string, Route, string][] = [
  ['today', { view: 'today' }, '#/today'],
  ['the library index', { view: 'library', topicId: undefined }, '#/library'],
  ['a library topic', { view: 'library', topicId: 'blue-green' }, '#/library/blue-green'],
  [
    'a place in a library topic (a search hit)',
    { view: 'library', topicId: 'sqs-dlq', sectionId: 'retention', find: 'Retention: 4 days → 3 more days.' },
    '#/library/sqs-dlq?section=retention&find=Retention%3A%204%20days%20%E2%86%92%203%20more%20days.',
  ],
  ['the diagram index', { view: 'diagrams', diagramId: undefined, nodeId: undefined, drill: undefined }, '#/diagrams'],
  [
    'a diagram',
    { view: 'diagrams', diagramId: 'asg-lifecycle-hooks', nodeId: undefined, drill: undefined },
    '#/diagrams/asg-lifecycle-hooks',
  ],
  ['a diagram node', { view: 'diagrams', diagramId: 'asg', nodeId: 'elb', drill: undefined }, '#/diagrams/asg?node=elb'],
  ['a diagram drill', { view: 'diagrams', diagramId: 'asg', nodeId: undefined, drill: ['elb', 'asg-1'] }, '#/diagrams/asg?drill=elb,asg-1'],
  ['the practice tab', { view: 'quiz', tab: 'practice', examId: undefined, start: undefined }, '#/quiz/practice'],
  ['the review tab', { view: 'quiz', tab: 'review', examId: undefined, start: undefined }, '#/quiz/review'],
  ['the history tab', { view: 'quiz', tab: 'history', examId: undefined, start: undefined }, '#/quiz/history'],
  ['a mock exam', { view: 'quiz', tab: 'mock', examId: 'e-1', start: undefined }, '#/quiz/mock?exam=e-1'],
  ['the diagnostic start', { view: 'quiz', tab: 'practice', examId: undefined, start: 'diagnostic' }, '#/quiz/practice?start=diagnostic'],
  ['the review start', { view: 'quiz', tab: 'review', examId: undefined, start: 'review' }, '#/quiz/review?start=review'],
  [
    'a running practice',
    { view: 'quiz', tab: 'practice', examId: undefined, start: undefined, sessionId: '6f1c2a9e-0b7d-4c1e-9a3f-2d5e8b7c4a10' },
    '#/quiz/practice?session=6f1c2a9e-0b7d-4c1e-9a3f-2d5e8b7c4a10',
  ],
  [
    'an answer from the history',
    { view: 'quiz', tab: 'history', examId: undefined, start: undefined, attemptId: 42 },
    '#/quiz/history?attempt=42',
  ],
  [
    'one question from a search',
    { view: 'quiz', tab: 'practice', examId: undefined, start: undefined, questionId: 'd2-asg-1', searchQuery: 'lifecycle hook' },
    '#/quiz/practice?question=d2-asg-1&q=lifecycle%20hook',
  ],
  [
    'one question without a search',
    { view: 'quiz', tab: 'practice', examId: undefined, start: undefined, questionId: 'd2-asg-1', searchQuery: undefined },
    '#/quiz/practice?question=d2-asg-1',
  ],
  ['the notes list', { view: 'notes', noteId: undefined }, '#/notes'],
  ['a personal note', { view: 'notes', noteId: '0b6e-42' }, '#/notes/0b6e-42'],
  ['stats', { view: 'stats' }, '#/stats'],
  ['a search', { view: 'search', query: 'blue green' }, '#/search?q=blue%20green'],
  ['an empty search', { view: 'search', query: '' }, '#/search?q='],
];

describe('routeHref and parseRoute', () => {
  it.each(roundTrips)('round-trip %s through the same href', (_name, route, href) => {
    expect(routeHref(route)).toBe(href);
    expect(parseRoute(href)).toEqual(route);
  });

  it.each([
    ['a library topic', { view: 'library', topicId: 'a/b?c#d' }],
    ['a sentence to find', { view: 'library', topicId: 'n', sectionId: 's&t', find: 'a & b = "c" #d ?e 5% +f' }],
    ['a personal note', { view: 'notes', noteId: 'x y%z' }],
    ['a diagram and node', { view: 'diagrams', diagramId: 'd/1', nodeId: 'n&m=1', drill: undefined }],
    ['a mock exam', { view: 'quiz', tab: 'mock', examId: 'a&b=c', start: undefined }],
    ['a search with symbols', { view: 'search', query: 'S3 & "KMS" 100% #tag ?x' }],
    [
      'one question and its search',
      { view: 'quiz', tab: 'practice', examId: undefined, start: undefined, questionId: 'q&1=2', searchQuery: 'a&q=b #c ?d 5%' },
    ],
  ] as [string, Route][])('encode the ids of %s so slashes, ? & # and % survive', (_name, route) => {
    const href = routeHref(route);
    // The id must stay one path segment and never start a new query or fragment.
    expect(href.slice(2).split('/').length).toBeLessThanOrEqual(2);
    expect(href.indexOf('#', 1)).toBe(-1);
    expect(parseRoute(href)).toEqual(route);
  });

  it('encodes each drilled node on its own, keeping the commas as separators', () => {
    const route: Route = { view: 'diagrams', diagramId: 'd', drill: ['a,b', 'c'], nodeId: undefined };
    expect(routeHref(route)).toBe('#/diagrams/d?drill=a%2Cb,c');
  });

  it('prefers the drill over a node when a diagram route names both', () => {
    expect(routeHref({ view: 'diagrams', diagramId: 'd', nodeId: 'n', drill: ['x'] })).toBe('#/diagrams/d?drill=x');
  });

  it('leaves an empty search query out of a question link', () => {
    expect(routeHref({ view: 'quiz', tab: 'practice', questionId: 'q', searchQuery: '' })).toBe('#/quiz/practice?question=q');
  });

  it('prefers the exam, then the diagnostic start, over a question in a quiz link', () => {
    expect(routeHref({ view: 'quiz', tab: 'practice', start: 'diagnostic', questionId: 'q' })).toBe('#/quiz/practice?start=diagnostic');
    expect(routeHref({ view: 'quiz', tab: 'mock', examId: 'e', questionId: 'q' })).toBe('#/quiz/mock?exam=e');
  });

  it('opens a history answer only by a positive whole number', () => {
    for (const bad of ['0', '-3', '1.5', 'abc', '', '1e3', '99999999999999999']) {
      expect(parseRoute(`#/quiz/history?attempt=${bad}`)).toMatchObject({ tab: 'history', attemptId: undefined });
    }
  });

  it('reads no running practice from an empty session parameter', () => {
    expect(parseRoute('#/quiz/practice?session=')).toMatchObject({ sessionId: undefined });
  });

  it('prefers the exam over the diagnostic start in a quiz link', () => {
    expect(routeHref({ view: 'quiz', tab: 'mock', examId: 'e', start: 'diagnostic' })).toBe('#/quiz/mock?exam=e');
  });

  it('links to the quiz without a tab as #/quiz, which opens the practice tab', () => {
    expect(routeHref({ view: 'quiz' })).toBe('#/quiz');
    expect(routeHref({ view: 'quiz', examId: 'e' })).toBe('#/quiz?exam=e');
    expect(parseRoute('#/quiz')).toEqual({ view: 'quiz', tab: 'practice', examId: undefined, start: undefined });
  });

  it('ignores an empty drill list and an empty diagram id', () => {
    expect(routeHref({ view: 'diagrams', diagramId: 'd', drill: [] })).toBe('#/diagrams/d');
    expect(routeHref({ view: 'diagrams', diagramId: '', nodeId: 'n' })).toBe('#/diagrams');
  });
});

describe('parseRoute on hand-typed or stale hashes', () => {
  it.each(['', '#', '#/', '#/nowhere', '#/Library', '#/library-x/1', 'garbage'])('falls back to Today for %j', (hash) => {
    expect(parseRoute(hash)).toEqual({ view: 'today' });
  });

  it('accepts a hash without the slash after #', () => {
    expect(parseRoute('#library/topic-a')).toEqual({ view: 'library', topicId: 'topic-a' });
  });

  it('opens the practice tab for an unknown quiz tab', () => {
    expect(parseRoute('#/quiz/bogus')).toMatchObject({ view: 'quiz', tab: 'practice' });
  });

  it('starts only the diagnostic or a review', () => {
    expect(parseRoute('#/quiz/practice?start=diagnostic')).toMatchObject({ start: 'diagnostic' });
    expect(parseRoute('#/quiz/review?start=review')).toMatchObject({ tab: 'review', start: 'review' });
    expect(parseRoute('#/quiz/practice?start=other')).toMatchObject({ start: undefined });
  });

  it('reads no question from an empty question parameter, and a search query only beside a question', () => {
    expect(parseRoute('#/quiz/practice?question=')).toMatchObject({ questionId: undefined, searchQuery: undefined });
    expect(parseRoute('#/quiz/practice?q=dlq')).toMatchObject({ questionId: undefined, searchQuery: undefined });
    expect(parseRoute('#/quiz/practice?q=dlq&question=d1-x')).toMatchObject({ questionId: 'd1-x', searchQuery: 'dlq' });
  });

  it('drops empty entries from a drill list', () => {
    expect(parseRoute('#/diagrams/d?drill=a,,b,')).toMatchObject({ drill: ['a', 'b'] });
  });

  it('reads the node and exam parameters beside unrelated ones', () => {
    expect(parseRoute('#/diagrams/d?x=1&node=n2')).toMatchObject({ diagramId: 'd', nodeId: 'n2' });
    expect(parseRoute('#/quiz/mock?foo=bar&exam=s-9')).toMatchObject({ tab: 'mock', examId: 's-9' });
  });

  it('reads a search query with + and encoded characters as typed', () => {
    expect(parseRoute('#/search?q=a%26b')).toEqual({ view: 'search', query: 'a&b' });
    expect(parseRoute('#/search')).toEqual({ view: 'search', query: '' });
  });

  it('ignores extra path segments after the id', () => {
    expect(parseRoute('#/library/topic-a/extra')).toEqual({ view: 'library', topicId: 'topic-a' });
  });
});

describe('isBlankHash', () => {
  it.each(['', '#', '#/'])('treats %j as naming no view, so the last route is restored', (hash) => {
    expect(isBlankHash(hash)).toBe(true);
  });

  it.each(['#/today', '#/library', '#x'])('keeps %j, which names a view the learner asked for', (hash) => {
    expect(isBlankHash(hash)).toBe(false);
  });
});
