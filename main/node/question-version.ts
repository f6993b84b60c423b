// A short fingerprint of a question's wording: its stem and its options (text and key), in id
// order so a display shuffle never changes it. Stored with every answer (migration 9) so that a
// review can tell an answer to the current wording from one to a question since rewritten.
import { createHash } from 'node:crypto';
import type { QuizQuestion } from '../common/content-schema';

export function questionVersion(q: Pick<QuizQuestion, 'stem' | 'options'>): string {
  const options = [...q.options].sort((a, b) => a.id.localeCompare(b.id)).map((o) => [o.id, o.text, o.correct]);
  return createHash('sha256')
    .update(JSON.stringify([q.stem, options]))
    .digest('hex')
    .slice(0, 16);
}

/** Whether a stored answer was given to the question as it reads now (answers without a version predate the check). */
export const answeredThisWording = (stored: string | null, q: Pick<QuizQuestion, 'stem' | 'options'>): boolean =>
  stored !== null && stored === questionVersion(q);
