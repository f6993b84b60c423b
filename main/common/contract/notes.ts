// The learner's own notes: list, edit, trash, and export to PDF or Markdown.
import { z } from 'zod';
import { call, noInput, uuid } from './schemas';

export interface PersonalNoteSummary {
  id: string;
  title: string;
  updatedAt: string;
  createdAt: string;
  version: number;
  tags: string[];
  pinned: boolean;
  /** Set while the note is in the trash. */
  deletedAt: string | null;
}

export interface PersonalNote extends PersonalNoteSummary {
  body: string;
}

export interface SavedNote {
  id: string;
  version: number;
  updatedAt: string;
}

export interface ExportProgress {
  stage: 'preparing' | 'printing' | 'saving';
  notes: number;
  startedAt: string;
  /** Goes up by one at every change, so a long poll can ask for anything after what it saw. */
  version: number;
}

/** The longest an 'export.progress' call may hold its answer back, well under any transport's timeout. */
export const MAX_PROGRESS_WAIT_MS = 25_000;

/** How an exported file reaches the learner (note exports and backups alike). */
export type ExportDelivery =
  /** Electron: written where the learner chose in the save dialog. */
  | { kind: 'saved'; path: string; bytes: number }
  /** The learner closed the save dialog. */
  | { kind: 'cancelled' }
  /**
   * Browser shell: the bytes wait on the server for one download from `url` (relative to the page,
   * like `downloads/<id>`; single use, gone after two minutes), so they never travel inside JSON.
   */
  | { kind: 'download'; fileName: string; mimeType: string; bytes: number; url: string };

export const notesCalls = {
  'notes.list': call(
    z.strictObject({
      view: z.enum(['active', 'trash']).default('active'),
      tag: z.string().min(1).max(40).optional(),
      /** A course topic id, a diagram id, or diagram#node: notes that link to it. */
      linksTo: z
        .string()
        .regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/)
        .max(120)
        .optional(),
      sort: z.enum(['updated', 'created', 'title']).default('updated'),
    }),
  ).returns<PersonalNoteSummary[]>(),
  'notes.tags': call(noInput).returns<{ tag: string; count: number }[]>(),
  'notes.setMeta': call(
    z.strictObject({
      id: uuid,
      tags: z
        .array(
          z
            .string()
            .trim()
            .min(1)
            .max(40)
            .regex(/^[^,\n]+$/),
        )
        .max(20)
        .optional(),
      pinned: z.boolean().optional(),
    }),
  ).returns<PersonalNoteSummary>(),
  'notes.restore': call(z.strictObject({ id: uuid })).returns<PersonalNoteSummary>(),
  'notes.purge': call(z.strictObject({ id: uuid })).returns<{ id: string }>(),
  'notes.emptyTrash': call(noInput).returns<{ purged: number }>(),
  'notes.get': call(z.strictObject({ id: uuid })).returns<PersonalNote>(),
  'notes.create': call(
    z.strictObject({ title: z.string().max(200).optional(), body: z.string().max(1_000_000).optional() }),
  ).returns<PersonalNote>(),
  'notes.save': call(
    z.strictObject({
      id: uuid,
      title: z.string().max(200),
      body: z.string().max(1_000_000),
      /** The version the editor started from; a mismatch means another window saved first. */
      baseVersion: z.int().min(1),
    }),
  ).returns<SavedNote>(),
  'notes.delete': call(z.strictObject({ id: uuid })).returns<{ id: string }>(),
  'notes.exportPdf': call(
    z
      .strictObject({
        ids: z.array(uuid).min(1).max(10_000).optional(),
        tag: z.string().min(1).max(40).optional(),
        all: z.boolean().optional(),
        pageSize: z.enum(['A4', 'Letter']).default('A4'),
        /** Append the course notes the exported notes link to. */
        appendix: z.boolean().default(false),
        /** Names the job so the page can follow its progress and cancel it. */
        jobId: uuid.optional(),
      })
      .refine((v) => [v.ids, v.tag, v.all].filter((x) => x !== undefined && x !== false).length === 1, {
        message: 'Choose exactly one of: ids, tag, all',
      }),
  ).returns<ExportDelivery>(),
  'notes.exportMarkdown': call(noInput).returns<ExportDelivery>(),
  'export.progress': call(
    z.strictObject({
      jobId: uuid,
      /** The version the page last saw: the answer waits until the job moves past it. */
      after: z.int().min(0).optional(),
      /** How long to wait for a change before answering with the unchanged progress (long poll). */
      waitMs: z.int().min(0).max(MAX_PROGRESS_WAIT_MS).default(0),
    }),
  ).returns<ExportProgress | null>(),
  'export.cancel': call(z.strictObject({ jobId: uuid })).returns<{ cancelled: boolean }>(),
} as const;
