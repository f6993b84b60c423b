// Full-text search over course notes, personal notes and quiz questions: an FTS5 index with
// bm25 ranking (titles above tags above bodies), kept in its own in-memory SQLite database. It
// is rebuilt at each start from the shipped content and the learner's notes, so it never
// needs a migration; personal notes are re-indexed as they are saved.
//
// Snippets mark matched words with HIT_START/HIT_END control characters instead of HTML, so the
// page renders them as text and no searched content is ever parsed as markup.
import Database from 'better-sqlite3';
import type { SearchHit } from '../../common/contract';
import type { ContentIndex } from '../content';
import type { Db } from '../database';
import { liveNoteTexts } from '../store/personal-notes';
import { bestPassage, notePassages, type Passage, type WeightedGroup } from './passages';
import { parseQuery, type QueryGroup } from './query';
import { markdownToPlainText, splitCamelCase, stem, stemText, words } from './text';

export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export interface SearchDoc {
  kind: SearchHit['kind'];
  id: string;
  title: string;
  tags: string[];
  /** Markdown or plain text. */
  body: string;
}

/** Scales a document's score by kind: a learner who searches usually wants to read, not be quizzed. */
const KIND_FACTOR: Record<SearchHit['kind'], number> = { 'course-note': 1, 'personal-note': 0.95, question: 0.8 };

/** How many documents bm25 hands to the finer ranking, and how many of those get their passages read. */
const CANDIDATES = 36;

/** How the finer ranking weighs its signals (tuned on bench/search-queries.json). */
export const RANKING = { head: 1.5, name: 1, bm25: 0.3, passage: 1.5 };
const PASSAGE_CANDIDATES = 12;

interface Candidate {
  rowid: number;
  kind: SearchHit['kind'];
  ref: string;
  score: number;
  vocab: string;
  head: string;
  name: string;
}

/** bm25 weights, in column order: title, tags, body, extra (split CamelCase, ids), raw. */
const WEIGHTS = [10, 5, 1, 2, 0.3];

export class SearchService {
  private readonly index: Db;
  private built = false;
  private insertCache: Database.Statement | undefined;
  /** Each document's source text by `kind:id`; cut into passages in the background, or when it first becomes a candidate. */
  private readonly bodies = new Map<string, string>();
  private readonly passageCache = new Map<string, Passage[]>();
  /** In how many course notes each stem occurs, for weighting query words. */
  private readonly documentFrequency = new Map<string, number>();
  private noteCount = 0;

  constructor(
    private readonly userDb: Db,
    private readonly content: ContentIndex,
    options: { nativeBinding?: string } = {},
  ) {
    this.index = new Database(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    this.index.exec(`
      CREATE VIRTUAL TABLE docs USING fts5(
        title, tags, body, extra, raw,
        kind UNINDEXED, ref UNINDEXED, display_title UNINDEXED, plain UNINDEXED, vocab UNINDEXED, head UNINDEXED, name UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '3'
      );
      INSERT INTO docs (docs, rank) VALUES ('rank', 'bm25(${WEIGHTS.join(', ')})');
    `);
  }

  /** Builds the index now rather than on the first query (call once the app is up). */
  warmUp(): void {
    this.ensureBuilt();
  }

  query(input: string, limit: number): SearchHit[] {
    const parsed = parseQuery(input);
    if (!parsed.match) return [];
    this.ensureBuilt();
    // Phase 1: the best candidates by bm25, ids and scores only.
    const candidates = this.index
      .prepare('SELECT rowid, kind, ref, rank AS score, vocab, head, name FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?')
      .all(parsed.completeMatch ?? parsed.match, Math.max(limit * 3, CANDIDATES)) as Candidate[];
    if (candidates.length === 0) return [];
    // Phase 2: how much of the query (rare words and identifiers weigh more) each document holds,
    // in its title and tags, and in its best passage with the words close together.
    const groups = this.withCompounds(parsed.groups).map((group) => ({ group, weight: this.weightOf(group) }));
    const total = groups.reduce((sum, g) => sum + g.weight, 0);
    const bestBm25 = Math.min(...candidates.map((c) => c.score));
    const scored = candidates
      .map((c) => {
        const covered = coverageOf(c.vocab, groups) / total;
        const head = coverageOf(c.head, groups) / total;
        const name = coverageOf(c.name, groups) / total;
        const prelim = covered + RANKING.head * head + RANKING.name * name + RANKING.bm25 * (c.score / bestBm25);
        return { ...c, prelim: KIND_FACTOR[c.kind] * prelim };
      })
      .sort((a, b) => b.prelim - a.prelim);
    const ranked = scored.map((c, i) => {
      const match = i < PASSAGE_CANDIDATES ? bestPassage(this.passagesOf(c.kind, c.ref), groups) : undefined;
      return { ...c, match, final: c.prelim + RANKING.passage * KIND_FACTOR[c.kind] * (match?.score ?? 0) };
    });
    // One combined score: a document missing a rare word can still beat one holding only common ones.
    ranked.sort((a, b) => b.final - a.final);
    // Phase 3: text for the hits actually shown.
    const detail = this.index.prepare('SELECT display_title, plain FROM docs WHERE rowid = ?');
    const stems = new Set(parsed.stems);
    return ranked.slice(0, limit).map((c) => {
      const row = detail.get(c.rowid) as { display_title: string; plain: string };
      const hit: SearchHit = {
        kind: c.kind,
        id: c.ref,
        title: row.display_title,
        // A passage hit shows its answering sentence first.
        snippet: c.match
          ? makeSnippet(c.match.passage.plain, stems, parsed.prefixes, 200, c.match.passage.plain.indexOf(c.match.sentence))
          : makeSnippet(row.plain, stems, parsed.prefixes),
      };
      if (c.kind === 'course-note' && c.match) {
        if (c.match.passage.sectionId) hit.section = { id: c.match.passage.sectionId, title: c.match.passage.sectionTitle };
        hit.sentence = c.match.sentence;
      }
      return hit;
    });
  }

  /**
   * Two typed words that the notes write as one ("fan out" → fanout, "run book" → runbook) match
   * that word too, each of them, so a note that spells it closed covers both.
   */
  private withCompounds(groups: readonly QueryGroup[]): QueryGroup[] {
    const out = groups.map((g) => ({ ...g, terms: [...g.terms] }));
    for (let i = 0; i + 1 < groups.length; i++) {
      const [a, b] = [groups[i]?.terms[0], groups[i + 1]?.terms[0]];
      if (!a || !b || a.includes(' ') || b.includes(' ') || groups[i + 1]?.prefix !== undefined) continue;
      const joined = stem(`${a}${b}`);
      if (!this.documentFrequency.has(joined)) continue;
      out[i]?.terms.push(joined);
      out[i + 1]?.terms.push(joined);
    }
    return out;
  }

  /** A query word's weight: rarer across the course notes weighs more, and a typed identifier more again. */
  private weightOf(group: QueryGroup): number {
    const dfOf = (term: string) => Math.min(...term.split(' ').map((w) => this.documentFrequency.get(w) ?? 0));
    let df = Math.max(...group.terms.map(dfOf));
    if (group.prefix !== undefined) df = Math.max(df, this.documentFrequency.get(group.prefix) ?? this.noteCount / 4);
    const weight = Math.log(1 + this.noteCount / (df + 1));
    return group.identifier ? weight * 1.5 : weight;
  }

  /**
   * Cuts every document into passages a few at a time, yielding to the event loop between
   * batches, so the first searches find them ready without the start-up paying for them.
   */
  preparePassages(): Promise<void> {
    const pending = [...this.bodies.values()];
    return new Promise((resolve) => {
      const batch = () => {
        const until = performance.now() + 8;
        while (pending.length > 0 && performance.now() < until && this.index.open) this.passagesOfBody(pending.pop() ?? '');
        if (pending.length === 0 || !this.index.open) resolve();
        else setImmediate(batch);
      };
      setImmediate(batch);
    });
  }

  private passagesOf(kind: SearchHit['kind'], ref: string): Passage[] {
    return this.passagesOfBody(this.bodies.get(`${kind}:${ref}`) ?? '');
  }

  /** Keyed by the text itself: documents with the same text share their passages. */
  private passagesOfBody(body: string): Passage[] {
    let passages = this.passageCache.get(body);
    if (!passages) {
      passages = notePassages(body);
      this.passageCache.set(body, passages);
    }
    return passages;
  }

  /** Keeps a personal note's entry current after it is created, saved or deleted. */
  updatePersonalNote(note: { id: string; title: string; body: string } | { id: string; deleted: true }): void {
    if (!this.built) return;
    this.index.prepare("DELETE FROM docs WHERE kind = 'personal-note' AND ref = ?").run(note.id);
    const old = this.bodies.get(`personal-note:${note.id}`);
    if (old !== undefined) this.passageCache.delete(old);
    this.bodies.delete(`personal-note:${note.id}`);
    if (!('deleted' in note)) this.insert({ kind: 'personal-note', id: note.id, title: note.title, tags: [], body: note.body });
  }

  /** Adds documents directly; the benchmark uses it to build large synthetic libraries. */
  addDocuments(docs: readonly SearchDoc[]): void {
    this.ensureBuilt();
    this.index.transaction(() => {
      for (const doc of docs) this.insert(doc);
    })();
  }

  close(): void {
    if (this.index.open) this.index.close();
  }

  private ensureBuilt(): void {
    if (this.built) return;
    this.built = true;
    const personal = liveNoteTexts(this.userDb);
    this.index.transaction(() => {
      for (const note of this.content.notes.values())
        this.insert({ kind: 'course-note', id: note.meta.id, title: note.meta.title, tags: note.meta.tags, body: note.markdown });
      for (const q of this.content.questions.values())
        this.insert({
          kind: 'question',
          id: q.id,
          title: q.stem,
          tags: q.topics,
          body: `${q.stem} ${q.options.map((o) => o.text).join(' ')}`,
        });
      for (const note of personal) this.insert({ kind: 'personal-note', id: note.id, title: note.title, tags: [], body: note.body });
    })();
  }

  private insert(doc: SearchDoc): void {
    const question = doc.kind === 'question';
    const plain = question ? doc.body : markdownToPlainText(doc.body);
    const title = question && doc.title.length > 110 ? `${doc.title.slice(0, 107)}…` : doc.title;
    const extra = `${doc.id.replace(/-/g, ' ')} ${splitCamelCase(`${doc.title} ${plain}`)}`;
    // A question's stem is its body: weighting it as a title would rank questions above notes.
    const stemmedTitle = question ? '' : stemText(doc.title);
    const stemmedTags = stemText(doc.tags.join(' ').replace(/-/g, ' '));
    const stemmedBody = stemText(plain);
    const stemmedExtra = stemText(extra);
    const rawWords = words(`${doc.title} ${plain}`);
    // Every distinct stem and raw word, for cheap "how many typed words matched" checks.
    const vocab = new Set([stemText(doc.title), stemmedTags, stemmedBody, stemmedExtra].join(' ').split(' '));
    for (const word of rawWords) vocab.add(word);
    // A title's CamelCase names count by their parts too: "pipeline" is in "CodePipeline basics".
    const stemmedName = question ? '' : stemText(`${doc.title} ${splitCamelCase(doc.title)}`);
    const stemmedId = stemText(doc.id.replace(/-/g, ' '));
    const head = new Set([stemmedName, stemmedTags, stemmedId].join(' ').split(' '));
    const name = question ? '' : `${stemmedName} ${stemmedId}`;
    this.bodies.set(`${doc.kind}:${doc.id}`, doc.body);
    if (doc.kind === 'course-note') {
      this.noteCount++;
      for (const word of vocab) this.documentFrequency.set(word, (this.documentFrequency.get(word) ?? 0) + 1);
    }
    this.insertStatement.run(
      stemmedTitle,
      stemmedTags,
      stemmedBody,
      stemmedExtra,
      rawWords.join(' '),
      doc.kind,
      doc.id,
      title,
      plain,
      ` ${[...vocab].join(' ')} `,
      ` ${[...head].join(' ')} `,
      ` ${name} `,
    );
  }

  private get insertStatement() {
    this.insertCache ??= this.index.prepare(
      'INSERT INTO docs (title, tags, body, extra, raw, kind, ref, display_title, plain, vocab, head, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    return this.insertCache;
  }
}

/** The weight of the typed words a vocabulary covers (as a stem, an expansion or a prefix). */
function coverageOf(vocab: string, groups: readonly WeightedGroup[]): number {
  let covered = 0;
  for (const { group, weight } of groups) {
    const hit =
      group.terms.some((term) => term.split(' ').every((word) => vocab.includes(` ${word} `))) ||
      (group.prefix !== undefined && vocab.includes(` ${group.prefix}`));
    if (hit) covered += weight;
  }
  return covered;
}

/** A window of the text from `from` (or around the first matched word), with matched words marked. */
export function makeSnippet(plain: string, stems: ReadonlySet<string>, prefixes: readonly string[], width = 180, from = -1): string {
  const tokens = [...plain.matchAll(/[A-Za-z0-9]+/g)];
  const isHit = (word: string) => {
    const lower = word.toLowerCase();
    return stems.has(stem(lower)) || prefixes.some((p) => lower.startsWith(p));
  };
  const first = tokens.find((m) => isHit(m[0]));
  const start = from >= 0 ? from : Math.max(0, (first?.index ?? 0) - 50);
  const end = Math.min(plain.length, start + width);
  let out = '';
  let cursor = start;
  for (const m of tokens) {
    const index = m.index ?? 0;
    if (index < start || index + m[0].length > end) continue;
    if (!isHit(m[0])) continue;
    out += `${plain.slice(cursor, index)}${HIT_START}${m[0]}${HIT_END}`;
    cursor = index + m[0].length;
  }
  out += plain.slice(cursor, end);
  return `${start > 0 ? '…' : ''}${out}${end < plain.length ? '…' : ''}`;
}
