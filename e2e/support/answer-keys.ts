// Each question's correct options, read from the course's question files: specs and the
// screenshot script answer right (or wrong on purpose) without asking the app for the key.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './browser-shell';

export function answerKeys(): Map<string, string[]> {
  const dir = path.join(REPO_ROOT, 'assets', 'quiz');
  const keys = new Map<string, string[]>();
  for (const file of fs.readdirSync(dir)) {
    const { questions } = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
      questions: { id: string; options: { id: string; correct: boolean }[] }[];
    };
    for (const q of questions)
      keys.set(
        q.id,
        q.options.filter((o) => o.correct).map((o) => o.id),
      );
  }
  return keys;
}
