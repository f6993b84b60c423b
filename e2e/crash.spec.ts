// Crash safety: the app is killed (SIGKILL) at random moments during a write load of autosaves
// and quiz answers. After each restart every write the app had acknowledged is there, and SQLite's
// integrity check passes. CRASH_KILLS sets the number of kills (default 50).

import path from 'node:path';
import Database from 'better-sqlite3';
import { makeDataDir, type RunningShell, startBrowserShell } from './support/browser-shell';
import { expect, test } from './support/fixtures';

const KILLS = Number(process.env.CRASH_KILLS ?? 50);

async function call(shell: RunningShell, name: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const token = shell.launchUrl.split('#token=')[1] ?? '';
  const response = await fetch(`${shell.baseUrl}api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

test(`every acknowledged write survives ${KILLS} kills at random moments`, async () => {
  test.setTimeout(KILLS * 8_000 + 30_000);
  const dataDir = makeDataDir();
  const acknowledged = { notes: new Map<string, string>(), attempts: new Set<number>() };
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };

  for (let round = 0; round < KILLS; round++) {
    const shell = await startBrowserShell(dataDir);
    const note = (await call(shell, 'notes.create', { title: `Round ${round}` })).value as { id: string; version: number };
    acknowledged.notes.set(note.id, '');
    const quiz = (await call(shell, 'quiz.start', { mode: 'practice', count: 30 })).value as {
      sessionId: string;
      questions: { id: string }[];
    };
    let version = note.version;
    let stop = false;
    // The write load: an autosave stream and a stream of answers, each write recorded once acknowledged.
    const load = (async () => {
      for (let i = 0; !stop; i++) {
        const body = `round ${round} keystroke ${i}`;
        try {
          const saved = await call(shell, 'notes.save', { id: note.id, title: `Round ${round}`, body, baseVersion: version });
          if (saved.ok) {
            version = (saved.value as { version: number }).version;
            acknowledged.notes.set(note.id, body);
          }
          const q = quiz.questions[i % quiz.questions.length];
          if (q && i < quiz.questions.length) {
            const answer = await call(shell, 'quiz.answer', { sessionId: quiz.sessionId, questionId: q.id, chosen: ['a'], timeMs: 1000 });
            if (answer.ok) acknowledged.attempts.add((answer.value as { attemptId: number }).attemptId);
          }
        } catch {
          return; // the process died under the request
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 50 + random() * 400));
    shell.process.kill('SIGKILL');
    stop = true;
    await load;
    await shell.stop();
  }

  const db = new Database(path.join(dataDir, 'companion.sqlite3'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const notes = new Map(
      (db.prepare('SELECT id, body FROM personal_notes').all() as { id: string; body: string }[]).map((r) => [r.id, r.body]),
    );
    for (const [id, body] of acknowledged.notes) {
      // Each note holds its last acknowledged text, or a later one whose answer the kill cut off.
      const stored = notes.get(id);
      expect(stored, id).toBeDefined();
      const n = (text: string) => Number(/keystroke (\d+)/.exec(text)?.[1] ?? -1);
      expect(n(stored ?? '')).toBeGreaterThanOrEqual(n(body));
    }
    const attempts = new Set((db.prepare('SELECT id FROM quiz_attempts').all() as { id: number }[]).map((r) => r.id));
    for (const id of acknowledged.attempts) expect(attempts.has(id), `attempt ${id}`).toBe(true);
    expect(acknowledged.attempts.size).toBeGreaterThan(KILLS);
  } finally {
    db.close();
  }
});
