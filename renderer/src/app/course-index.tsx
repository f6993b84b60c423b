// The list of course notes, loaded once and shared: views use it for titles, [[links]] and
// navigation without asking the API again.

import type { CourseNoteSummary } from '@common/contract';
import type { MarkdownOptions } from '@common/markdown';
import { topicIdResolver } from '@common/wikilinks';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { api } from '../api/client';
import { useAsync } from '../ui/useAsync';
import { routeHref } from './router';

interface CourseIndex {
  notes: CourseNoteSummary[];
  byId: Map<string, CourseNoteSummary>;
  resolveLink: NonNullable<MarkdownOptions['resolveLink']>;
  update: (note: CourseNoteSummary) => void;
  reload: () => void;
}

const Context = createContext<CourseIndex | undefined>(undefined);

export function CourseIndexProvider({ children }: { children: ReactNode }) {
  const { data, setData, reload } = useAsync(() => api['library.list']({}), []);
  const notes = data ?? [];
  const byId = useMemo(() => new Map(notes.map((n) => [n.id, n])), [notes]);
  const topicId = useMemo(() => topicIdResolver(notes), [notes]);
  const resolveLink = useCallback<CourseIndex['resolveLink']>(
    (target, nodeId) => {
      const id = nodeId ? undefined : topicId(target);
      const note = id ? byId.get(id) : undefined;
      if (id && note) return { label: note.title, href: routeHref({ view: 'library', topicId: id }) };
      // A title names only topics; an id-shaped target may name a diagram, and the diagram view reports a missing one itself.
      if (!/^[a-z0-9-]+$/.test(target)) return undefined;
      return { label: nodeId ? `${target} › ${nodeId}` : target, href: routeHref({ view: 'diagrams', diagramId: target, nodeId }) };
    },
    [byId, topicId],
  );
  const update = useCallback((note: CourseNoteSummary) => setData(notes.map((n) => (n.id === note.id ? note : n))), [notes, setData]);
  const value = useMemo(() => ({ notes, byId, resolveLink, update, reload }), [notes, byId, resolveLink, update, reload]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCourseIndex(): CourseIndex {
  const value = useContext(Context);
  if (!value) throw new Error('useCourseIndex outside CourseIndexProvider');
  return value;
}
