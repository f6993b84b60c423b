// Hash routes: they survive reloads in both shells, never leave the app's origin, and make every
// view linkable from a note ([[topic]] links become #/library/<id>).
import { useEffect, useState } from 'react';

export type QuizTab = 'practice' | 'mock' | 'review' | 'history' | 'browse';
export type QuizStart = 'diagnostic' | 'review';

export type Route =
  | { view: 'today' }
  | {
      view: 'library';
      topicId?: string;
      /** A section of the note to scroll to (a heading id), and a sentence in it to highlight: where a search hit answers. */
      sectionId?: string;
      find?: string;
    }
  | { view: 'diagrams'; diagramId?: string; nodeId?: string; drill?: string[] }
  | {
      view: 'quiz';
      tab: QuizTab;
      examId?: string;
      /** Starts something at once on arrival (from Today): the diagnostic, or a review of the due questions. */
      start?: QuizStart;
      /** One question to answer on its own (a search hit); `searchQuery` is the search it came from. */
      questionId?: string;
      searchQuery?: string;
      /** One answer from the history, opened as a read-only review (history tab). */
      attemptId?: number;
      /** The practice or diagnostic running in the practice tab, so a reload or Back resumes it. */
      sessionId?: string;
    }
  | { view: 'notes'; noteId?: string }
  | { view: 'stats' }
  | { view: 'search'; query: string };

export type QuizRoute = Extract<Route, { view: 'quiz' }>;

/** What a link may name: any Route, or the quiz without a tab ('#/quiz'), which opens its default tab. */
export type RouteLink = Exclude<Route, QuizRoute> | (Omit<QuizRoute, 'tab'> & { tab?: QuizTab });

/** True when the hash names no view, so a start-up may restore the last one instead. */
export function isBlankHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/';
}

export function parseRoute(hash: string): Route {
  const [pathPart = '', queryPart = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, id] = pathPart.split('/').map((s) => decodeURIComponent(s));
  const params = new URLSearchParams(queryPart);
  switch (view) {
    case 'diagrams':
      return {
        view: 'diagrams',
        diagramId: id || undefined,
        nodeId: params.get('node') ?? undefined,
        drill: params.get('drill')?.split(',').filter(Boolean),
      };
    case 'quiz': {
      const tab = (['practice', 'mock', 'review', 'history', 'browse'] as const).find((t) => t === id) ?? 'practice';
      return {
        view: 'quiz',
        tab,
        examId: params.get('exam') ?? undefined,
        start: (['diagnostic', 'review'] as const).find((s) => s === params.get('start')),
        questionId: params.get('question') || undefined,
        searchQuery: params.get('question') ? (params.get('q') ?? undefined) : undefined,
        attemptId: /^[1-9]\d{0,14}$/.test(params.get('attempt') ?? '') ? Number(params.get('attempt')) : undefined,
        sessionId: params.get('session') || undefined,
      };
    }
    case 'today':
      return { view: 'today' };
    case 'notes':
      return { view: 'notes', noteId: id || undefined };
    case 'stats':
      return { view: 'stats' };
    case 'search':
      return { view: 'search', query: params.get('q') ?? '' };
    case 'library': {
      const route: Extract<Route, { view: 'library' }> = { view: 'library', topicId: id || undefined };
      // A place in a note only means something with the note.
      const sectionId = params.get('section');
      const find = params.get('find');
      if (id && sectionId) route.sectionId = sectionId;
      if (id && find) route.find = find;
      return route;
    }
    default:
      return { view: 'today' };
  }
}

export function routeHref(route: RouteLink): string {
  switch (route.view) {
    case 'library': {
      if (!route.topicId) return '#/library';
      const place = new URLSearchParams();
      if (route.sectionId) place.set('section', route.sectionId);
      if (route.find) place.set('find', route.find);
      const query = place.toString().replace(/\+/g, '%20');
      return `#/library/${encodeURIComponent(route.topicId)}${query ? `?${query}` : ''}`;
    }
    case 'diagrams': {
      if (!route.diagramId) return '#/diagrams';
      const query = route.drill?.length
        ? `?drill=${route.drill.map(encodeURIComponent).join(',')}`
        : route.nodeId
          ? `?node=${encodeURIComponent(route.nodeId)}`
          : '';
      return `#/diagrams/${encodeURIComponent(route.diagramId)}${query}`;
    }
    case 'quiz':
      return `#/quiz${route.tab ? `/${route.tab}` : ''}${quizQuery(route)}`;
    case 'notes':
      return route.noteId ? `#/notes/${encodeURIComponent(route.noteId)}` : '#/notes';
    case 'search':
      return `#/search?q=${encodeURIComponent(route.query)}`;
    default:
      return `#/${route.view}`;
  }
}

/** A quiz link names at most one of: a mock exam's result, a start (diagnostic or review), a past answer, a practice, one question. */
function quizQuery(route: Extract<RouteLink, { view: 'quiz' }>): string {
  if (route.examId) return `?exam=${encodeURIComponent(route.examId)}`;
  if (route.start) return `?start=${route.start}`;
  if (route.attemptId !== undefined) return `?attempt=${route.attemptId}`;
  if (route.sessionId) return `?session=${encodeURIComponent(route.sessionId)}`;
  if (!route.questionId) return '';
  const from = route.searchQuery ? `&q=${encodeURIComponent(route.searchQuery)}` : '';
  return `?question=${encodeURIComponent(route.questionId)}${from}`;
}

export function navigate(route: RouteLink | string): void {
  window.location.hash = typeof route === 'string' ? route : routeHref(route);
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}
