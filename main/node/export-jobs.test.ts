// The PDF progress long poll: an answer comes at once when the job moved past what the page saw,
// otherwise only when it changes, ends (cancelled or done) or the wait runs out.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PROGRESS_WAIT_MS } from '../common/contract';
import { ExportJobs } from './export-jobs';
import type { ExportJob } from './export-service';

const JOB = '11111111-1111-4111-8111-111111111111';

afterEach(() => {
  vi.useRealTimers();
});

/** Starts a job that runs until the test releases it; `job` lets the test report stages. */
function startJob(jobs: ExportJobs) {
  let job: ExportJob | undefined;
  let finish: () => void = () => {};
  const done = jobs.run(JOB, (j) => {
    job = j;
    return new Promise<string>((resolve, reject) => {
      finish = () => resolve('done');
      j.signal.addEventListener('abort', () => reject(new Error('printer closed')));
    });
  });
  const report = (stage: 'preparing' | 'printing' | 'saving') => job?.report({ stage, notes: 2 });
  return { done, report, finish: () => finish() };
}

/** Resolves to 'pending' when the promise has not settled after the microtasks ran. */
async function state<T>(promise: Promise<T>): Promise<T | 'pending'> {
  return Promise.race([promise, new Promise<'pending'>((r) => setTimeout(() => r('pending'), 0))]);
}

describe('export progress long poll', () => {
  it('answers at once without `after`, for a job that moved on, and for an unknown job', async () => {
    const jobs = new ExportJobs();
    const { report, finish, done } = startJob(jobs);
    expect(await jobs.progress(JOB)).toMatchObject({ stage: 'preparing', version: 0 });
    report('printing');
    expect(await jobs.progress(JOB, 0, 10_000)).toMatchObject({ stage: 'printing', version: 1 });
    expect(await jobs.progress('22222222-2222-4222-8222-222222222222', 0, 10_000)).toBeNull();
    finish();
    await done;
  });

  it('waits for the next change instead of answering the same stage again', async () => {
    vi.useFakeTimers();
    const jobs = new ExportJobs();
    const { report, finish, done } = startJob(jobs);
    const poll = jobs.progress(JOB, 0, 20_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await stateWithFakeTimers(poll)).toBe('pending');
    report('saving');
    expect(await poll).toMatchObject({ stage: 'saving', version: 1 });
    finish();
    await done;
  });

  it('answers the unchanged progress when the wait runs out, capped at the maximum wait', async () => {
    vi.useFakeTimers();
    const jobs = new ExportJobs();
    const { finish, done } = startJob(jobs);
    const poll = jobs.progress(JOB, 0, 20_000);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(await stateWithFakeTimers(poll)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await poll).toMatchObject({ stage: 'preparing', version: 0 });
    const capped = jobs.progress(JOB, 0, 10 * MAX_PROGRESS_WAIT_MS);
    await vi.advanceTimersByTimeAsync(MAX_PROGRESS_WAIT_MS);
    expect(await capped).toMatchObject({ version: 0 });
    expect(vi.getTimerCount()).toBe(0);
    finish();
    await done;
  });

  it('wakes every waiting poll with null when the job is cancelled, leaving no timer behind', async () => {
    vi.useFakeTimers();
    const jobs = new ExportJobs();
    const { done } = startJob(jobs);
    const polls = [jobs.progress(JOB, 0, 20_000), jobs.progress(JOB, 0, 20_000)];
    expect(jobs.cancel(JOB)).toBe(true);
    await expect(done).rejects.toMatchObject({ code: 'cancelled' });
    expect(await Promise.all(polls)).toEqual([null, null]);
    expect(vi.getTimerCount()).toBe(0);
    expect(jobs.cancel(JOB)).toBe(false);
  });

  it('wakes a waiting poll with null when the job finishes', async () => {
    const jobs = new ExportJobs();
    const { finish, done } = startJob(jobs);
    const poll = jobs.progress(JOB, 0, 20_000);
    expect(await state(poll)).toBe('pending');
    finish();
    expect(await done).toBe('done');
    expect(await poll).toBeNull();
  });
});

/** Like `state`, under fake timers: lets pending microtasks run, then looks. */
async function stateWithFakeTimers<T>(promise: Promise<T>): Promise<T | 'pending'> {
  let settled: { value: T } | undefined;
  void promise.then((value) => {
    settled = { value };
  });
  await vi.advanceTimersByTimeAsync(0);
  return settled ? settled.value : 'pending';
}
