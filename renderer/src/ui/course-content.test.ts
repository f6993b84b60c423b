// @vitest-environment happy-dom
// Shipped content is fetched once and shared between views; a failed fetch can be retried.
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const list = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { 'diagrams.list': list } }));
const { courseContentCache, useCourseContent } = await import('./course-content');

const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client: courseContentCache }, children);

describe('course content cache', () => {
  beforeEach(() => {
    courseContentCache.clear();
    list.mockReset();
  });

  it('asks the Node side once for content that two views show', async () => {
    list.mockResolvedValue([{ id: 'sns-fanout' }]);
    const index = renderHook(() => useCourseContent('diagrams.list', {}), { wrapper });
    await waitFor(() => expect(index.result.current.data).toEqual([{ id: 'sns-fanout' }]));
    const filter = renderHook(() => useCourseContent('diagrams.list', {}), { wrapper });
    expect(filter.result.current).toMatchObject({ data: [{ id: 'sns-fanout' }], loading: false });
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('reports a failure and fetches again on reload', async () => {
    list.mockRejectedValueOnce(new Error('The app server is not running.')).mockResolvedValueOnce([]);
    const view = renderHook(() => useCourseContent('diagrams.list', {}), { wrapper });
    await waitFor(() => expect(view.result.current.error?.message).toBe('The app server is not running.'));
    view.result.current.reload();
    await waitFor(() => expect(view.result.current.data).toEqual([]));
    expect(list).toHaveBeenCalledTimes(2);
  });
});
