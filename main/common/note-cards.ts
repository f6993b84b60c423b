// Review cards written inside a personal note, as Anki users write them:
//   Q: What does a CodeDeploy AppSpec file name?   ← a question line…
//   A: The lifecycle hooks and the scripts each runs. ← …and its answer (lines up to a blank one)
//   Canary {{c1::shifts a slice first}} then {{c2::the rest}}.  ← a cloze: one card per cN
// Each card gets an id from its note and its own front text, so editing one card, or adding one
// above it, leaves the others' schedules alone; a card whose front changes is a new card.

export interface NoteCard {
  /** Stable within a note: the kind and a hash of the front. */
  key: string;
  kind: 'qa' | 'cloze';
  front: string;
  back: string;
}

const QUESTION = /^\s*Q:\s*(.+)$/;
const ANSWER = /^\s*A:\s*(.*)$/;
const CLOZE = /\{\{c(\d+)::(.+?)(?:::(.+?))?\}\}/g;

/** Every card a note's markdown holds, in order. Code blocks are skipped. */
export function noteCards(markdown: string): NoteCard[] {
  const cards: NoteCard[] = [];
  const lines = withoutCode(markdown).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const question = QUESTION.exec(line);
    if (question) {
      // The answer is the next A: line (blank lines between are allowed) and the lines after it up to a blank one.
      let j = i + 1;
      while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
      const first = ANSWER.exec(lines[j] ?? '');
      if (!first) continue;
      const answer = [first[1] ?? ''];
      for (j++; j < lines.length && (lines[j] ?? '').trim() !== '' && !QUESTION.exec(lines[j] ?? ''); j++) answer.push(lines[j] ?? '');
      const front = (question[1] ?? '').trim();
      const back = answer.join('\n').trim();
      if (front && back) cards.push({ key: `qa-${hash(front)}`, kind: 'qa', front, back });
      i = j - 1;
      continue;
    }
    cards.push(...clozeCards(line));
  }
  return dedupe(cards);
}

/** One card per cloze number in a line: that number's spans hidden, the others shown as text. */
function clozeCards(line: string): NoteCard[] {
  const numbers = [...new Set([...line.matchAll(CLOZE)].map((m) => m[1] ?? ''))];
  return numbers.map((n) => {
    const front = line.replace(CLOZE, (_, k: string, text: string, hint?: string) => (k === n ? `[${hint ?? '…'}]` : text)).trim();
    const back = line.replace(CLOZE, (_, k: string, text: string) => (k === n ? `**${text}**` : text)).trim();
    return { key: `c${n}-${hash(front)}`, kind: 'cloze', front, back };
  });
}

function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

function dedupe(cards: NoteCard[]): NoteCard[] {
  const seen = new Set<string>();
  return cards.filter((c) => !seen.has(c.key) && seen.add(c.key));
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable and dependency-free. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
