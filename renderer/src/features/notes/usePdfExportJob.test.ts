// @vitest-environment happy-dom
// The PDF job hook long-polls the stage: each answer is followed at once by the next call, which
// names the version shown; an unknown job is asked about again only after a pause; polling stops
// when the export ends; cancelling ends the export with "Export cancelled".
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ progress: vi.fn(), exportPdf: vi.fn(), cancel: vi.fn() }));

vi.mock('../../api/client', () => {
  class ApiCallError extends Error {
    constructor(
      readonly code: string,
      message: string,
    ) {
      super(message);
    }
  }
  return {
    ApiCallError,
    api: { 'export.progress': calls.progress, 'notes.exportPdf': calls.exportPdf, 'export.cancel': calls.cancel },
  };
});

const { ApiCallError } = await import('../../api/client');
const { PROGRESS_RETRY_MS, PROGRESS_WAIT_MS, usePdfExportJob } = await import('./usePdfExportJob');

/** A promise the test settles by hand, like a long poll the Node side is holding. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const progress = (stage: string, version: number) => ({ stage, version, notes: 1, startedAt: '2026-01-01T00:00:00Z' });

beforeEach(() => {
  vi.useFakeTimers();
  for (const fn of Object.values(calls)) fn.mockReset();
});
afterEach(() => vi.useRealTimers());

function setup() {
  const results: (string | undefined)[] = [];
  const run = async (_label: string, action: () => Promise<string | undefined>) => {
    results.push(await action());
  };
  return { results, hook: renderHook(() => usePdfExportJob(run)) };
}

describe('usePdfExportJob', () => {
  it('asks again as soon as an answer comes, naming the version it showed, and stops when the export ends', async () => {
    const polls = [deferred<unknown>(), deferred<unknown>(), deferred<unknown>()];
    calls.progress.mockImplementation(() => polls[calls.progress.mock.calls.length - 1]?.promise);
    const exported = deferred<unknown>();
    calls.exportPdf.mockReturnValue(exported.promise);
    const { hook, results } = setup();

    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = hook.result.current.exportPdf({ all: true });
    });
    expect(hook.result.current.job?.stage).toBe('preparing');
    const jobId = hook.result.current.job?.id;
    expect(calls.progress).toHaveBeenLastCalledWith({ jobId, after: undefined, waitMs: PROGRESS_WAIT_MS });

    await act(async () => polls[0]?.resolve(progress('printing', 1)));
    expect(hook.result.current.job?.stage).toBe('printing');
    expect(calls.progress).toHaveBeenCalledTimes(2);
    expect(calls.progress).toHaveBeenLastCalledWith({ jobId, after: 1, waitMs: PROGRESS_WAIT_MS });

    await act(async () => polls[1]?.resolve(progress('saving', 2)));
    expect(hook.result.current.job?.stage).toBe('saving');
    expect(calls.progress).toHaveBeenLastCalledWith({ jobId, after: 2, waitMs: PROGRESS_WAIT_MS });

    await act(async () => {
      exported.resolve({ kind: 'cancelled' });
      await done;
    });
    expect(hook.result.current.job).toBeUndefined();
    // The Node side answers the held poll with null once the job ends; nothing is asked after that.
    await act(async () => {
      polls[2]?.resolve(null);
      await vi.advanceTimersByTimeAsync(10 * PROGRESS_RETRY_MS);
    });
    expect(calls.progress).toHaveBeenCalledTimes(3);
    expect(results).toEqual([undefined]);
  });

  it('pauses before asking again about a job the Node side does not know yet', async () => {
    calls.progress.mockResolvedValue(null);
    const exported = deferred<unknown>();
    calls.exportPdf.mockReturnValue(exported.promise);
    const { hook } = setup();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = hook.result.current.exportPdf({ all: true });
    });
    await act(async () => vi.advanceTimersByTimeAsync(PROGRESS_RETRY_MS - 1));
    expect(calls.progress).toHaveBeenCalledTimes(1);
    await act(async () => vi.advanceTimersByTimeAsync(1));
    expect(calls.progress).toHaveBeenCalledTimes(2);
    await act(async () => {
      exported.resolve({ kind: 'cancelled' });
      await done;
    });
  });

  it('cancels the running job and reports "Export cancelled"', async () => {
    calls.progress.mockReturnValue(new Promise(() => {}));
    const exported = deferred<unknown>();
    calls.exportPdf.mockReturnValue(exported.promise);
    calls.cancel.mockImplementation(async () => {
      exported.reject(new ApiCallError('cancelled', 'The export was cancelled.'));
      return { cancelled: true };
    });
    const { hook, results } = setup();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = hook.result.current.exportPdf({ ids: ['a'] });
    });
    const jobId = hook.result.current.job?.id;
    await act(async () => {
      hook.result.current.cancel();
      await done;
    });
    expect(calls.cancel).toHaveBeenCalledWith({ jobId });
    expect(results).toEqual(['Export cancelled']);
    expect(hook.result.current.job).toBeUndefined();
  });
});
