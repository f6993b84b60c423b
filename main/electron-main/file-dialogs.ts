// The native open dialog for importing a backup: the file is chosen and read in the main process,
// so its bytes never cross IPC (a backup may be up to 64 MiB). Electron is passed in, not
// imported, so this runs under the unit tests on machines without the Electron binary.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { MAX_BACKUP_BYTES } from '../common/contract';
import { ApiError } from '../common/result';

/** Shows Electron's open dialog (attached to the app window when there is one). */
export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;

export function backupOpenOptions(documentsDir: string): OpenDialogOptions {
  return {
    title: 'Import a backup',
    defaultPath: documentsDir,
    properties: ['openFile'],
    filters: [{ name: 'Backup (JSON)', extensions: ['json'] }],
  };
}

const tooLarge = (bytes: number, maxBytes: number) =>
  new ApiError(
    'invalid_input',
    `That file is ${(bytes / 2 ** 20).toFixed(1)} MiB; a backup is at most ${maxBytes / 2 ** 20} MiB. Choose the backup file the app made.`,
  );

/** The chosen backup's bytes, or undefined when the learner closed the dialog. */
export async function openBackupWithDialog(
  show: ShowOpenDialog,
  documentsDir: string,
  maxBytes = MAX_BACKUP_BYTES,
): Promise<Buffer | undefined> {
  const choice = await show(backupOpenOptions(documentsDir));
  const file = choice.filePaths[0];
  if (choice.canceled || !file) return undefined;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ApiError('invalid_input', `${path.basename(file)} is not a file.`);
    // Checked before reading, so a huge file is never loaded; and after, in case it grew meanwhile.
    if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
    const data = await handle.readFile();
    if (data.length > maxBytes) throw tooLarge(data.length, maxBytes);
    return data;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'unavailable',
      `Could not read ${path.basename(file)}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`,
    );
  } finally {
    await handle?.close();
  }
}
