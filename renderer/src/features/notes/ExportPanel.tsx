// Export and backup, under the notes list: PDFs of the selection, a tag or everything, the
// markdown folder, a full backup and its import; and the running PDF job's progress.

import type { ImportSummary } from '@common/contract';
import { MAX_BACKUP_BYTES } from '@common/contract/limits';
import { useState } from 'react';
import { ApiCallError, api, hasNativeFileDialogs, uploadFile } from '../../api/client';
import { deliverToLearner } from '../../ui/download';
import type { RunAction } from './useActionStatus';
import type { PdfExportInput, PdfExportJob } from './usePdfExportJob';

export function ExportProgress({ job, onCancel }: { job: PdfExportJob; onCancel: () => void }) {
  return (
    <div className="export-progress" role="status" aria-live="polite">
      <progress aria-label="Export progress" />
      <span>PDF export: {job.stage}…</span>
      <button type="button" onClick={onCancel}>
        Cancel export
      </button>
    </div>
  );
}

export function ExportPanel({
  selected,
  tag,
  run,
  exportPdf: startExport,
  onImported,
}: {
  selected: string[];
  tag: string;
  run: RunAction;
  exportPdf: (input: PdfExportInput) => Promise<void>;
  onImported: () => void;
}) {
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4');
  const [appendix, setAppendix] = useState(false);
  const exportPdf = (which: { ids: string[] } | { tag: string } | { all: true }) => startExport({ ...which, pageSize, appendix });
  /** Runs one way of getting a backup in; undefined means the learner closed the dialog. */
  const importBackup = (source: () => Promise<ImportSummary | undefined>) =>
    run('Importing', async () => {
      const summary = await source();
      if (!summary) return undefined;
      onImported();
      return `Imported: ${summary.notes.added} notes added, ${summary.notes.updated} updated, ${summary.notes.keptNewer} kept (yours were newer); ${summary.attempts.added} answers added, ${summary.attempts.skipped} already there.`;
    });
  // Electron reads the file in the main process from its own open dialog; the browser shell
  // uploads the raw file, then imports it by the upload's id.
  const importFromDialog = () =>
    importBackup(async () => {
      const result = await api['backup.importFromFile']({});
      return result.kind === 'imported' ? result.summary : undefined;
    });
  const importUpload = (file: File | undefined) =>
    file &&
    importBackup(async () => {
      if (file.size > MAX_BACKUP_BYTES)
        throw new ApiCallError('invalid_input', 'That file is larger than 64 MiB, too large to be a backup.');
      return api['backup.import']({ uploadId: await uploadFile(file) });
    });
  return (
    <details className="export-panel">
      <summary>Export and backup</summary>
      <label>
        Page size
        <select value={pageSize} onChange={(e) => setPageSize(e.target.value as 'A4' | 'Letter')}>
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={appendix} onChange={(e) => setAppendix(e.target.checked)} /> Add linked course notes as an appendix
      </label>
      <div className="export-buttons">
        <button type="button" disabled={selected.length === 0} onClick={() => void exportPdf({ ids: selected })}>
          PDF of selected ({selected.length})
        </button>
        <button type="button" disabled={!tag} onClick={() => void exportPdf({ tag })}>
          PDF of tag {tag ? `#${tag}` : ''}
        </button>
        <button type="button" onClick={() => void exportPdf({ all: true })}>
          PDF of all notes
        </button>
        <button
          type="button"
          onClick={() => void run('Exporting markdown', async () => deliverToLearner(await api['notes.exportMarkdown']({})))}
        >
          Markdown folder (.zip)
        </button>
        <button type="button" onClick={() => void run('Backing up', async () => deliverToLearner(await api['backup.export']({})))}>
          Back up everything
        </button>
        {hasNativeFileDialogs ? (
          <button type="button" onClick={() => void importFromDialog()}>
            Import a backup…
          </button>
        ) : (
          <label className="button-link">
            Import a backup…
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={(e) => {
                void importUpload(e.target.files?.[0]);
                // Choosing the same file again (after fixing it, say) should import it again.
                e.target.value = '';
              }}
            />
          </label>
        )}
      </div>
    </details>
  );
}
