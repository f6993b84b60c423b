// The app itself and the learner's settings.
import { z } from 'zod';
import { type PracticeChoices, practiceChoicesSchema } from './quiz';
import { call, noInput } from './schemas';

export type ShellKind = 'electron' | 'browser';
export type ThemePreference = 'system' | 'light' | 'dark';

export interface AppInfo {
  name: string;
  version: string;
  shell: ShellKind;
  dataDir: string;
  schemaVersion: number;
  /** Things the learner must be told at start-up (a damaged data file was recovered). */
  notices: string[];
}

export interface Settings {
  theme: ThemePreference;
  lastRoute: string;
  /** YYYY-MM-DD, or null when not set. */
  examDate: string | null;
  /** FSRS desired retention, 0.70–0.99. */
  desiredRetention: number;
  /** The practice setup's choices when it last started a practice, to start the next one from; null before that. */
  practice: PracticeChoices | null;
}

export const appCalls = {
  'app.getInfo': call(noInput).returns<AppInfo>(),

  'settings.get': call(noInput).returns<Settings>(),
  'settings.update': call(
    z.strictObject({
      theme: z.enum(['system', 'light', 'dark']).optional(),
      lastRoute: z.string().max(300).optional(),
      examDate: z.iso.date().nullable().optional(),
      desiredRetention: z.number().min(0.7).max(0.99).optional(),
      practice: practiceChoicesSchema.optional(),
    }),
  ).returns<Settings>(),
} as const;
