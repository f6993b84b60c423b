// Hash routes: they survive reloads in both shells, never leave the app's origin, and make every
// view linkable from a note ([[topic]] links become #/library/<id>).
import { useEffect, useState } from 'react';

export type Route =
  | { view: 'library'; topicId?: string }
  | { view: 'diagrams'; diagramId?: string; nodeId?: string }
  | { view: 'quiz' }
  | { view: 'notes'; noteId?: string }
  | { view: 'stats' }
  | { view: 'search'; query: string };

export function parseRoute(hash: string): Route {
  const [pathPart = '', queryPart = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, id] = pathPart.split('/').map((s) => decodeURIComponent(s));
  const params = new URLSearchParams(queryPart);
  switch (view) {
    case 'diagrams':
      return { view: 'diagrams', diagramId: id || undefined, nodeId: params.get('node') ?? undefined };
    case 'quiz':
      return { view: 'quiz' };
    case 'notes':
      return { view: 'notes', noteId: id || undefined };
    case 'stats':
      return { view: 'stats' };
    case 'search':
      return { view: 'search', query: params.get('q') ?? '' };
    default:
      return { view: 'library', topicId: view === 'library' && id ? id : undefined };
  }
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'library':
      return route.topicId ? `#/library/${encodeURIComponent(route.topicId)}` : '#/library';
    case 'diagrams':
      if (!route.diagramId) return '#/diagrams';
      return `#/diagrams/${encodeURIComponent(route.diagramId)}${route.nodeId ? `?node=${encodeURIComponent(route.nodeId)}` : ''}`;
    case 'notes':
      return route.noteId ? `#/notes/${encodeURIComponent(route.noteId)}` : '#/notes';
    case 'search':
      return `#/search?q=${encodeURIComponent(route.query)}`;
    default:
      return `#/${route.view}`;
  }
}

export function navigate(route: Route | string): void {
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
