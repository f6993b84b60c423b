// Learner preferences as a small typed record over a key/value table.
import { practiceChoicesSchema, type Settings } from '../common/contract';
import type { Db } from './database';

const DEFAULTS: Settings = { theme: 'system', lastRoute: '#/today', examDate: null, desiredRetention: 0.9, practice: null };

export class SettingsService {
  constructor(private readonly db: Db) {}

  get(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const stored: Record<string, unknown> = {};
    for (const row of rows) {
      try {
        stored[row.key] = JSON.parse(row.value);
      } catch {
        // A value this version cannot read falls back to the default rather than breaking start-up.
      }
    }
    return {
      theme: stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : DEFAULTS.theme,
      lastRoute: typeof stored.lastRoute === 'string' ? stored.lastRoute : DEFAULTS.lastRoute,
      examDate: typeof stored.examDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(stored.examDate) ? stored.examDate : null,
      desiredRetention:
        typeof stored.desiredRetention === 'number' && stored.desiredRetention >= 0.7 && stored.desiredRetention <= 0.99
          ? stored.desiredRetention
          : DEFAULTS.desiredRetention,
      // Choices an older or newer version wrote in another shape start the setup afresh.
      practice: practiceChoicesSchema.safeParse(stored.practice).data ?? DEFAULTS.practice,
    };
  }

  update(patch: Partial<Settings>): Settings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
    })();
    return this.get();
  }

  /** Raw values for the shells' own state (window bounds), kept out of the renderer's Settings. */
  getRaw<T>(key: string): T | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    if (!row) return undefined;
    try {
      return JSON.parse(row.value) as T;
    } catch {
      return undefined;
    }
  }

  setRaw(key: string, value: unknown): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
  }
}
