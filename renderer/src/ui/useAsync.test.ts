// @vitest-environment happy-dom
// Views load through useAsync: a slow answer for a topic the learner already left must never
// replace the topic now on screen, and a failure must show as an error, not as endless loading.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsync } from './useAsync';

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useAsync', () => {
  it('is loading until the data arrives, then shows it', async () => {
    const load = deferred<string>();
    const { result } = renderHook(() => useAsync(() => load.promise, []));
    expect(result.current).toMatchObject({ loading: true, data: undefined });
    await act(async () => load.resolve('note'));
    expect(result.current).toMatchObject({ loading: false, data: 'note', error: undefined });
  });

  it('ignores an answer for inputs the view has moved on from', async () => {
    const answers: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), b: deferred() };
    const { result, rerender } = renderHook(({ id }) => useAsync(() => answers[id]?.promise ?? Promise.reject(), [id]), {
      initialProps: { id: 'a' },
    });
    rerender({ id: 'b' });
    await act(async () => answers.b?.resolve('topic b'));
    await act(async () => answers.a?.resolve('topic a (late)'));
    expect(result.current.data).toBe('topic b');
  });

  it('reports a failure as an Error and stops loading', async () => {
    const { result } = renderHook(() => useAsync(() => Promise.reject('offline'), []));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error?.message).toBe('offline');
  });

  it('loads again on reload and clears the previous error', async () => {
    let calls = 0;
    const { result } = renderHook(() =>
      useAsync(() => {
        calls++;
        return calls === 1 ? Promise.reject(new Error('busy')) : Promise.resolve('ok');
      }, []),
    );
    await waitFor(() => expect(result.current.error?.message).toBe('busy'));
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.data).toBe('ok'));
    expect(result.current.error).toBeUndefined();
  });
});
