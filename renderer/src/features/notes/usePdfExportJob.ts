// PDF exports run as named jobs: the stage shows while they run, and they can be cancelled.
import { useCallback, useState } from 'react';
import type { ApiInput } from '../../../../main/common/contract';
import { ApiCallError, api } from '../../api/client';
import { deliverToLearner } from '../../ui/download';
import type { RunAction } from './useActionStatus';

export type PdfExportInput = Omit<ApiInput<'notes.exportPdf'>, 'jobId'>;

export interface PdfExportJob {
  id: string;
  stage: string;
}

/** How often the stage is asked for while a PDF is made. */
const PROGRESS_POLL_MS = 400;

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
        setJob({ id: jobId, stage: 'preparing' });
        const poll = setInterval(() => {
          api['export.progress']({ jobId }).then(
            (p) => p && setJob((j) => (j?.id === jobId ? { id: jobId, stage: p.stage } : j)),
            () => {},
          );
        }, PROGRESS_POLL_MS);
        try {
          return deliverToLearner(await api['notes.exportPdf']({ ...input, jobId }));
        } catch (err) {
          if (err instanceof ApiCallError && err.code === 'cancelled') return 'Export cancelled';
          throw err;
        } finally {
          clearInterval(poll);
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
