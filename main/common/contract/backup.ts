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
}

export interface AutomaticBackup {
  fileName: string;
  createdAt: string;
  bytes: number;
}

export const backupCalls = {
  'backup.export': call(noInput).returns<ExportDelivery>(),
  'backup.import': call(
    z.strictObject({
      content: z
        .string()
        .min(2)
        .max(64 * 1024 * 1024),
    }),
  ).returns<ImportSummary>(),
  'backup.listAutomatic': call(noInput).returns<AutomaticBackup[]>(),
} as const;
