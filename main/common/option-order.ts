// The order a question's options are shown in. The bank's files list the key wherever its author
// put it, so showing file order would teach positions; each quiz or mock exam instead draws a seed,
// stored on its session, and every question's order follows from that seed and the question's id.
// The same session therefore always shows the same order (resume, review, history, backups), and
// two sessions almost always differ.
import { seededRandom } from './random';
import { shuffle } from './shuffle';

/** A fresh seed for a new session, from the service's random source (seeded in tests). */
export const newOptionSeed = (random: () => number): number => Math.floor(random() * 0x1_0000_0000);

/** FNV-1a: spreads question ids so neighbouring questions of one session get unrelated orders. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The options in the order this session shows them; file order for sessions without a seed. */
export function inDisplayOrder<T>(options: readonly T[], seed: number | null, questionId: string): T[] {
  if (seed === null) return [...options];
  return shuffle(options, seededRandom((seed ^ hashId(questionId)) >>> 0));
}
