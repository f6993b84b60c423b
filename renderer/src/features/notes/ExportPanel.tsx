// Export and backup, under the notes list: PDFs of the selection, a tag or everything, the
// markdown folder, a full backup and its import; and the running PDF job's progress.
import { useState } from 'react';
import { api } from '../../api/client';
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
  const importFile = (file: File | undefined) =>
    file &&
    run('Importing', async () => {
      const summary = await api['backup.import']({ content: await file.text() });
      onImported();
      return `Imported: ${summary.notes.added} notes added, ${summary.notes.updated} updated, ${summary.notes.keptNewer} kept (yours were newer); ${summary.attempts.added} answers added, ${summary.attempts.skipped} already there.`;
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
        <label className="button-link">
          Import a backup…
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
      </div>
    </details>
  );
}
