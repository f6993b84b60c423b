// Backups, two kinds. A portable export of all user data (versioned JSON) that can be imported
// into an empty or existing profile with a stated merge policy; and automatic daily copies of the
// SQLite file made with SQLite's online backup, keeping the last seven.
//
// Merge policy on import: notes and review cards by id, the newer one wins (by updated time / last
// review); topic status by topic, newer wins; quiz sessions and attempts are added unless the same
// one is already there; settings fill in only what the profile does not have; a question flagged in
// either stays flagged (with the time this profile flagged it, if it had). Nothing is deleted,
// and the summary says what happened to every kind of record.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AutomaticBackup, ImportSummary } from '../common/contract';
import { DAY_MS } from '../common/dates';
import { ApiError } from '../common/result';
import type { Db } from './database';

export const BACKUP_FORMAT = 'devops-pro-companion-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const AUTOMATIC_BACKUPS_KEPT = 7;

/** A time that sorts as text and is safe in a file name on every platform. */
export const fileTimeStamp = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

const automaticBackupDir = (dataDir: string) => path.join(dataDir, 'backups');

/** The automatic backups' file names, newest first (their names carry the time they were made). */
export function automaticBackupNames(dataDir: string): string[] {
  const dir = automaticBackupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^companion-.*\.sqlite3$/.test(f))
    .sort((a, b) => b.localeCompare(a));
}

/** Where an automatic backup lives. */
export const automaticBackupPath = (dataDir: string, fileName: string) => path.join(automaticBackupDir(dataDir), fileName);

/** Every table that holds the learner's own data (the rest is derived from these). */
export const USER_TABLES = [
  'personal_notes',
  'quiz_sessions',
  'quiz_attempts',
  'exam_answers',
  'review_cards',
  'review_log',
  'note_cards',
  'topic_progress',
  'settings',
  'question_flags',
] as const;

const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1).max(BACKUP_FORMAT_VERSION),
  exportedAt: z.string(),
  tables: z.object(
    Object.fromEntries(USER_TABLES.map((t) => [t, z.array(z.record(z.string(), z.unknown())).default([])])) as Record<
      (typeof USER_TABLES)[number],
      z.ZodDefault<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>
    >,
  ),
});

export class BackupService {
  constructor(
    private readonly db: Db,
    private readonly dataDir: string,
    /** Told which notes an import added or replaced, so what is derived from notes (search, note cards) follows. */
    private readonly onNotesImported: (noteIds: string[]) => void = () => {},
  ) {}

  exportAll(now = new Date()): Buffer {
    const tables = Object.fromEntries(USER_TABLES.map((t) => [t, this.db.prepare(`SELECT * FROM ${t}`).all()]));
    return Buffer.from(
      JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: now.toISOString(), tables }),
    );
  }

  importAll(content: string): ImportSummary {
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch {
      throw new ApiError('invalid_input', 'This file is not a DevOps Pro Companion backup (it is not JSON).');
    }
    const parsed = backupFileSchema.safeParse(raw);
    if (!parsed.success) {
      throw new ApiError('invalid_input', 'This file is not a DevOps Pro Companion backup, or it comes from a newer version of the app.');
    }
    const t = parsed.data.tables;
    const summary: ImportSummary = {
      formatVersion: parsed.data.formatVersion,
      notes: { added: 0, updated: 0, keptNewer: 0 },
      attempts: { added: 0, skipped: 0 },
      sessions: { added: 0 },
      reviewCards: { added: 0, updated: 0, keptNewer: 0 },
      topicProgress: { added: 0, updated: 0, keptNewer: 0 },
      settings: { added: 0, kept: 0 },
      flags: { added: 0 },
    };
    const notesChanged = this.db.transaction(() => {
      const changed = this.mergeNewer('personal_notes', 'id', 'updated_at', t.personal_notes, summary.notes, 'version');
      this.mergeNewer('review_cards', 'card_id', 'last_review', t.review_cards, summary.reviewCards);
      // Cards written in notes count with the review cards; their notes came in just above.
      this.mergeNewer('note_cards', 'card_id', 'last_review', t.note_cards, summary.reviewCards);
      this.mergeNewer('topic_progress', 'topic_id', 'updated_at', t.topic_progress, summary.topicProgress);
      summary.sessions.added = this.insertMissing('quiz_sessions', t.quiz_sessions);
      // Attempts keep their own ids only when those are free; the daily totals follow by trigger.
      for (const row of t.quiz_attempts) {
        const { id: _id, ...rest } = row;
        const added = this.insertMissing('quiz_attempts', [rest]);
        if (added) summary.attempts.added++;
        else summary.attempts.skipped++;
      }
      this.insertMissing('exam_answers', t.exam_answers);
      summary.flags.added = this.insertMissing('question_flags', t.question_flags);
      for (const row of t.settings) {
        const added = this.insertMissing('settings', [row]);
        if (added) summary.settings.added++;
        else summary.settings.kept++;
      }
      return changed;
    })();
    this.onNotesImported(notesChanged);
    return summary;
  }

  /** Makes today's automatic copy if the newest one is a day old, then keeps the last seven. */
  async backupIfDue(now = new Date()): Promise<AutomaticBackup | undefined> {
    const newest = this.listAutomatic()[0];
    if (newest && now.getTime() - new Date(newest.createdAt).getTime() < DAY_MS) return undefined;
    const dir = automaticBackupDir(this.dataDir);
    fs.mkdirSync(dir, { recursive: true });
    const fileName = `companion-${fileTimeStamp(now)}.sqlite3`;
    await this.db.backup(path.join(dir, fileName));
    for (const old of this.listAutomatic().slice(AUTOMATIC_BACKUPS_KEPT)) fs.rmSync(path.join(dir, old.fileName), { force: true });
    return this.listAutomatic().find((b) => b.fileName === fileName);
  }

  listAutomatic(): AutomaticBackup[] {
    const dir = automaticBackupDir(this.dataDir);
    return automaticBackupNames(this.dataDir).map((fileName) => {
      const stat = fs.statSync(path.join(dir, fileName));
      return { fileName, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    });
  }

  private columns(table: string): Set<string> {
    return new Set((this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
  }

  /** Inserts rows that are not there yet (by the table's keys); returns how many were added. */
  private insertMissing(table: string, rows: Record<string, unknown>[]): number {
    const known = this.columns(table);
    let added = 0;
    for (const row of rows) {
      const entries = Object.entries(row).filter(([k]) => known.has(k));
      if (entries.length === 0) continue;
      const result = this.db
        .prepare(`INSERT OR IGNORE INTO ${table} (${entries.map(([k]) => k).join(', ')}) VALUES (${entries.map(() => '?').join(', ')})`)
        .run(...entries.map(([, v]) => v as string | number | null));
      added += result.changes;
    }
    return added;
  }

  /** Inserts new rows; replaces existing ones only when the imported copy is newer. */
  private mergeNewer(
    table: string,
    key: string,
    stamp: string,
    rows: Record<string, unknown>[],
    tally: { added: number; updated: number; keptNewer: number },
    /** Decides between equal stamps (saves within the same millisecond). */
    tieBreak?: string,
  ): string[] {
    const changed: string[] = [];
    const known = this.columns(table);
    const order = (stampValue: unknown, tie: unknown) => `${String(stampValue ?? '')}#${String(tie ?? 0).padStart(12, '0')}`;
    for (const row of rows) {
      const existing = this.db
        .prepare(`SELECT ${stamp} AS stamp, ${tieBreak ?? '0'} AS tie FROM ${table} WHERE ${key} = ?`)
        .get(row[key] as string) as { stamp: string | null; tie: unknown } | undefined;
      const entries = Object.entries(row).filter(([k]) => known.has(k));
      if (!existing) {
        this.insertMissing(table, [row]);
        tally.added++;
        changed.push(row[key] as string);
      } else if (order(row[stamp], tieBreak ? row[tieBreak] : 0) > order(existing.stamp, existing.tie)) {
        const sets = entries.filter(([k]) => k !== key);
        this.db
          .prepare(`UPDATE ${table} SET ${sets.map(([k]) => `${k} = ?`).join(', ')} WHERE ${key} = ?`)
          .run(...sets.map(([, v]) => v as string | number | null), row[key] as string);
        tally.updated++;
        changed.push(row[key] as string);
      } else tally.keptNewer++;
    }
    return changed;
  }
}
