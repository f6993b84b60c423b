// Running exports by job id: their stage for a progress display, and a way to cancel them.
import type { ExportProgress } from '../common/contract';
import { type ExportJob, exportCancelled } from './export-service';

interface Entry {
  controller: AbortController;
  progress: ExportProgress;
}

export class ExportJobs {
  private readonly running = new Map<string, Entry>();

  async run<T>(jobId: string | undefined, work: (job: ExportJob) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const entry: Entry = { controller, progress: { stage: 'preparing', notes: 0, startedAt: new Date().toISOString() } };
    if (jobId) this.running.set(jobId, entry);
    const job: ExportJob = {
      signal: controller.signal,
      report: (p) => {
        entry.progress = { ...entry.progress, ...p };
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
    }
  }

  progress(jobId: string): ExportProgress | null {
    return this.running.get(jobId)?.progress ?? null;
  }

  cancel(jobId: string): boolean {
    const entry = this.running.get(jobId);
    entry?.controller.abort();
    return !!entry;
  }
}
