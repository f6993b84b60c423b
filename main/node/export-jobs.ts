// Running exports by job id: their stage for a progress display, and a way to cancel them.
// The page long-polls the stage: progress() answers at once when the job has moved past the
// version the page last saw, otherwise it waits (on a promise per job, never a busy loop) until
// the job reports again, ends, or the wait runs out — one round trip per change, not per tick.
import { type ExportProgress, MAX_PROGRESS_WAIT_MS } from '../common/contract';
import { type ExportJob, exportCancelled } from './export-service';

interface Entry {
  controller: AbortController;
  progress: ExportProgress;
  /** Pending long polls: each wakes on the next report or when the job ends. */
  waiters: Set<() => void>;
}

function wakeAll(entry: Entry): void {
  for (const wake of [...entry.waiters]) wake();
}

export class ExportJobs {
  private readonly running = new Map<string, Entry>();

  async run<T>(jobId: string | undefined, work: (job: ExportJob) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const entry: Entry = {
      controller,
      progress: { stage: 'preparing', notes: 0, startedAt: new Date().toISOString(), version: 0 },
      waiters: new Set(),
    };
    if (jobId) this.running.set(jobId, entry);
    const job: ExportJob = {
      signal: controller.signal,
      report: (p) => {
        entry.progress = { ...entry.progress, ...p, version: entry.progress.version + 1 };
        wakeAll(entry);
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw exportCancelled();
      },
    };
    try {
      return await work(job);
    } catch (error) {
      if (controller.signal.aborted) throw exportCancelled();
      throw error;
    } finally {
      if (jobId) this.running.delete(jobId);
      // A page waiting on this job learns at once that it ended (its answer is then null).
      wakeAll(entry);
    }
  }

  /**
   * The job's progress, or null when no such job runs. With `after` (the version the caller last
   * saw) and `waitMs`, an unchanged job is answered only once it changes, ends, or the wait ends.
   * An unknown job is answered at once: it may have ended, or not have started yet.
   */
  async progress(jobId: string, after?: number, waitMs = 0): Promise<ExportProgress | null> {
    const entry = this.running.get(jobId);
    if (!entry) return null;
    if (after === undefined || entry.progress.version > after || waitMs <= 0) return entry.progress;
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        entry.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, Math.min(waitMs, MAX_PROGRESS_WAIT_MS));
      entry.waiters.add(wake);
    });
    return this.running.get(jobId)?.progress ?? null;
  }

  cancel(jobId: string): boolean {
    const entry = this.running.get(jobId);
    entry?.controller.abort();
    return !!entry;
  }
}
