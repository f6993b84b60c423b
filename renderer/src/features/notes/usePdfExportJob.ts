// PDF exports run as named jobs: the stage shows while they run, and they can be cancelled.
// The stage is long-polled: each 'export.progress' call names the version already shown and is
// answered only when the job moves on (or ends, or the wait runs out), then the next call goes
// out at once — a round trip per change instead of one every few hundred milliseconds.

import type { ApiInput } from '@common/contract';
import { useCallback, useState } from 'react';
import { ApiCallError, api } from '../../api/client';
import { deliverToLearner } from '../../ui/download';
import type { RunAction } from './useActionStatus';

export type PdfExportInput = Omit<ApiInput<'notes.exportPdf'>, 'jobId'>;

export interface PdfExportJob {
  id: string;
  stage: string;
}

/** How long the Node side may hold one progress call while the stage stays the same. */
export const PROGRESS_WAIT_MS = 20_000;
/**
 * The pause before asking again when the job is not known (yet): the export call and the first
 * progress call may reach the Node side in either order, and this keeps that from spinning.
 */
export const PROGRESS_RETRY_MS = 250;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Follows the job's stage until `isRunning` turns false. */
async function followProgress(jobId: string, isRunning: () => boolean, show: (stage: string) => void): Promise<void> {
  let after: number | undefined;
  while (isRunning()) {
    const progress = await api['export.progress']({ jobId, after, waitMs: PROGRESS_WAIT_MS }).catch(() => null);
    if (!isRunning()) return;
    if (progress) {
      after = progress.version;
      show(progress.stage);
    } else await pause(PROGRESS_RETRY_MS);
  }
}

export function usePdfExportJob(run: RunAction): {
  job?: PdfExportJob;
  exportPdf: (input: PdfExportInput) => Promise<void>;
  cancel: () => void;
} {
  const [job, setJob] = useState<PdfExportJob>();
  const exportPdf = useCallback(
    (input: PdfExportInput) =>
      run('Exporting PDF', async () => {
        const jobId = crypto.randomUUID();
        let running = true;
        setJob({ id: jobId, stage: 'preparing' });
        void followProgress(
          jobId,
          () => running,
          (stage) => setJob((j) => (j?.id === jobId ? { id: jobId, stage } : j)),
        );
        try {
          return deliverToLearner(await api['notes.exportPdf']({ ...input, jobId }));
        } catch (err) {
          if (err instanceof ApiCallError && err.code === 'cancelled') return 'Export cancelled';
          throw err;
        } finally {
          running = false;
          setJob(undefined);
        }
      }),
    [run],
  );
  const cancel = useCallback(() => {
    if (job) void api['export.cancel']({ jobId: job.id });
  }, [job]);
  return { job, exportPdf, cancel };
}
