// Hands a file from the Node side to the learner: the browser shell returns the bytes and the
// page downloads them; Electron has already saved it through the native dialog.
import type { ExportDelivery } from '../../../main/common/contract';

export function deliverToLearner(result: ExportDelivery): string | undefined {
  if (result.kind === 'cancelled') return undefined;
  if (result.kind === 'saved') return `Saved to ${result.path}`;
  const bytes = Uint8Array.from(atob(result.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: result.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return `Downloaded ${result.fileName}`;
}
