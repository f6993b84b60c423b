// Course content ships with the app and never changes while it runs, so each piece is fetched
// once and shared: the diagram list fills both the diagram index and the notes' filter, the node
// index serves every editor that opens, and a diagram opened again draws at once. The learner's
// own data (notes, answers, stats) is not cached here: useAsync asks for it on every visit.
import type { ApiInput, ApiOutput } from '@common/contract';
import { QueryClient, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';
import type { AsyncState } from './useAsync';

/** Calls whose answers depend only on the shipped content, never on the learner's data. */
export type CourseContentCall = 'diagrams.list' | 'diagrams.get' | 'diagrams.nodeIndex';

export const courseContentCache = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY, retry: false, refetchOnWindowFocus: false },
  },
});

export function useCourseContent<N extends CourseContentCall>(name: N, input: ApiInput<N>): Omit<AsyncState<ApiOutput<N>>, 'setData'> {
  const query = useQuery({
    queryKey: [name, input],
    queryFn: () => api[name](input) as Promise<ApiOutput<N>>,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: query.data, error: query.error ?? undefined, loading: query.isPending, reload };
}
