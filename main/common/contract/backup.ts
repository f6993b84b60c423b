// Backups of everything the learner made: export, merge-import, and the automatic daily copies.
import { z } from 'zod';
import type { ExportDelivery } from './notes';
import { call, noInput } from './schemas';

export interface ImportSummary {
  formatVersion: number;
  notes: { added: number; updated: number; keptNewer: number };
  attempts: { added: number; skipped: number };
  sessions: { added: number };
  reviewCards: { added: number; updated: number; keptNewer: number };
  topicProgress: { added: number; updated: number; keptNewer: number };
  settings: { added: number; kept: number };
  /** Flagged questions the profile did not have flagged yet. */
  flags: { added: number };
}

/** Electron's import through the native open dialog: what it merged, or that the learner closed it. */
export type BackupFileImport = { kind: 'imported'; summary: ImportSummary } | { kind: 'cancelled' };

export interface AutomaticBackup {
  fileName: string;
  createdAt: string;
  bytes: number;
}

export const backupCalls = {
  'backup.export': call(noInput).returns<ExportDelivery>(),
  /**
   * Browser shell: imports a file the page uploaded first (POST /uploads, raw body), by the id
   * the upload answered with, so the backup never travels as a JSON string.
   */
  'backup.import': call(z.strictObject({ uploadId: z.string().regex(/^[\w-]{43}$/) })).returns<ImportSummary>(),
  /** Electron: picks a .json file in the native open dialog and imports it, read in the main process. */
  'backup.importFromFile': call(noInput).returns<BackupFileImport>(),
  'backup.listAutomatic': call(noInput).returns<AutomaticBackup[]>(),
} as const;
