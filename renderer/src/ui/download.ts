// Hands a file from the Node side to the learner: the browser shell keeps the bytes for one
// download from a link and the page follows it; Electron has already saved it through the
// native dialog.
import type { ExportDelivery } from '@common/contract';

export function deliverToLearner(result: ExportDelivery): string | undefined {
  if (result.kind === 'cancelled') return undefined;
  if (result.kind === 'saved') return `Saved to ${result.path}`;
  // The server answers with Content-Disposition: attachment, so the page stays where it is.
  const link = document.createElement('a');
  link.href = result.url;
  link.download = result.fileName;
  link.click();
  return `Downloaded ${result.fileName}`;
}
