// The finer grain of search: a course note cut into its sections and their passages (paragraphs,
// list items, table rows, code), each passage into sentences. A query's words found close
// together in one passage say more than the same words scattered over a long note, and the
// passage names the section to open and the sentence to highlight.
import { createMarkdown, noteSections } from '../../common/markdown';
import type { ParsedQuery } from './query';
import { markdownToPlainText, splitCamelWord, stem, words } from './text';

const markdown = createMarkdown();

interface Sentence {
  text: string;
  /** Index of its first token in the passage. */
  start: number;
}

export interface Passage {
  sectionId: string;
  sectionTitle: string;
  plain: string;
  /** Stems in reading order, one per token. */
  stems: string[];
  /** The same tokens unstemmed, for the word still being typed; a CamelCase name is followed by its parts ("redrivepolicy redrive policy"). */
  raw: string[];
  /** Where each stem occurs; a CamelCase name's parts occur where the name does ("RedrivePolicy" → redriv, polici). */
  positions: ReadonlyMap<string, readonly number[]>;
  /** The part stems of the CamelCase names, by position. */
  parts: ReadonlyMap<number, readonly string[]>;
  sentences: Sentence[];
  /** The section title's stems: a query word in the heading counts for every passage under it. */
  headingStems: ReadonlySet<string>;
  /** A code block or diagram source: it illustrates a fact more than it states it. */
  code: boolean;
}

/** How passage scores are discounted by where they sit (tuned on bench/search-queries.json). */
export const PASSAGE_RANKING = { code: 0.6, opening: 0.8, section: 0.3 };

/** A note's passages, from its markdown; the note's title heads its opening text. */
export function notePassages(body: string): Passage[] {
  const out: Passage[] = [];
  for (const section of noteSections(markdown, body)) {
    const headingStems = new Set(words(section.title).map(stem));
    for (const { source, code } of section.passages) {
      const plain = markdownToPlainText(source);
      if (!plain) continue;
      const stems: string[] = [];
      const raw: string[] = [];
      const parts = new Map<number, string[]>();
      const sentences: Sentence[] = [];
      // Sentences end at . ! ? before a capital or an opening mark; "e.g." and version numbers do not split.
      for (const text of plain.split(/(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z(`"'])/)) {
        sentences.push({ text, start: stems.length });
        for (const token of text.match(/[A-Za-z0-9]+/g) ?? []) {
          const lower = token.toLowerCase();
          const split = splitCamelWord(token);
          if (split !== token) parts.set(stems.length, words(split).map(stem));
          raw.push(split === token ? lower : `${lower} ${split.toLowerCase()}`);
          stems.push(stem(lower));
        }
      }
      const positions = new Map<string, number[]>();
      const add = (s: string, i: number) => {
        const list = positions.get(s);
        if (!list) positions.set(s, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      };
      stems.forEach((s, i) => {
        add(s, i);
        for (const part of parts.get(i) ?? []) add(part, i);
      });
      out.push({ sectionId: section.id, sectionTitle: section.title, plain, stems, raw, positions, parts, sentences, headingStems, code });
    }
  }
  return out;
}

export interface WeightedGroup {
  group: ParsedQuery['groups'][number];
  weight: number;
}

export interface PassageMatch {
  passage: Passage;
  /** Share of the query's weight this passage covers, discounted when the words lie far apart. */
  score: number;
  sentence: string;
}

/** Whether the token at `i` is `s` or, for a CamelCase name, has `s` as a part ("CodeDeploy deployment" holds "deploy deploy"). */
function stemAt(passage: Passage, i: number, s: string): boolean {
  return passage.stems[i] === s || (passage.parts.get(i)?.includes(s) ?? false);
}

/** Where each group matches in the passage (token positions of a term's first word); empty when it does not. */
function positionsOf(passage: Passage, group: WeightedGroup['group']): number[] {
  const found: number[] = [];
  for (const term of group.terms) {
    const [first = '', ...rest] = term.split(' ');
    for (const i of passage.positions.get(first) ?? []) {
      if (rest.every((p, k) => stemAt(passage, i + k + 1, p))) found.push(i);
    }
  }
  if (group.prefix !== undefined) {
    const prefix = group.prefix;
    passage.raw.forEach((w, i) => {
      if (w.startsWith(prefix) || w.includes(` ${prefix}`)) found.push(i);
    });
  }
  return found;
}

/** The smallest run of tokens holding one position from every list (classic minimum window). */
function smallestWindow(lists: number[][]): number {
  const events = lists.flatMap((list, g) => list.map((pos) => ({ pos, g }))).sort((a, b) => a.pos - b.pos);
  const count = new Array<number>(lists.length).fill(0);
  let have = 0;
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  for (const event of events) {
    count[event.g] = (count[event.g] ?? 0) + 1;
    if (count[event.g] === 1) have++;
    while (have === lists.length) {
      const first = events[left];
      if (!first) break;
      best = Math.min(best, event.pos - first.pos + 1);
      count[first.g] = (count[first.g] ?? 1) - 1;
      if (count[first.g] === 0) have--;
      left++;
    }
  }
  return best;
}

/** The passage that answers the query best, with its best sentence. */
export function bestPassage(passages: readonly Passage[], groups: readonly WeightedGroup[]): PassageMatch | undefined {
  const total = groups.reduce((sum, g) => sum + g.weight, 0);
  if (total === 0) return undefined;
  // A section whose passages together hold the query is a better place to land than one
  // passage that happens to hold it among unrelated ones.
  const sectionCover = new Map<string, Set<number>>();
  const scored: { passage: Passage; covered: number; lists: number[][]; listWeights: number[] }[] = [];
  for (const passage of passages) {
    let covered = 0;
    const lists: number[][] = [];
    const listWeights: number[] = [];
    const seen = sectionCover.get(passage.sectionId) ?? new Set<number>();
    for (const [i, g] of groups.entries()) {
      const positions = positionsOf(passage, g.group);
      if (positions.length > 0) {
        covered += g.weight;
        lists.push(positions);
        listWeights.push(g.weight);
        seen.add(i);
      } else if (g.group.terms.some((t) => !t.includes(' ') && passage.headingStems.has(t))) covered += g.weight * 0.7;
    }
    sectionCover.set(passage.sectionId, seen);
    if (covered > 0) scored.push({ passage, covered, lists, listWeights });
  }
  let best: PassageMatch | undefined;
  for (const { passage, covered, lists, listWeights } of scored) {
    // Words within a few tokens of each other read as one statement; spread over a long bullet less so.
    const span = lists.length > 1 ? smallestWindow(lists) : 1;
    const closeness = lists.length > 1 ? Math.min(1, (lists.length + 4) / span) : 1;
    let section = 0;
    for (const i of sectionCover.get(passage.sectionId) ?? []) section += groups[i]?.weight ?? 0;
    const place = (passage.code ? PASSAGE_RANKING.code : 1) * (passage.sectionId === '' ? PASSAGE_RANKING.opening : 1);
    const score = place * ((covered / total) * (0.75 + 0.25 * closeness) + PASSAGE_RANKING.section * (section / total));
    if (!best || score > best.score + 1e-9) best = { passage, score, sentence: bestSentence(passage, lists, listWeights) };
  }
  return best;
}

/** The sentence holding the most query weight (the first such sentence on a tie). */
function bestSentence(passage: Passage, lists: number[][], weights: number[]): string {
  let best = passage.sentences[0]?.text ?? passage.plain;
  let bestWeight = -1;
  passage.sentences.forEach((sentence, i) => {
    const end = passage.sentences[i + 1]?.start ?? passage.stems.length;
    let weight = 0;
    lists.forEach((list, g) => {
      if (list.some((pos) => pos >= sentence.start && pos < end)) weight += weights[g] ?? 0;
    });
    if (weight > bestWeight) {
      bestWeight = weight;
      best = sentence.text;
    }
  });
  return best;
}
