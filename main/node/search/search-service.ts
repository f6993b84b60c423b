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
import { type ParsedQuery, parseQuery } from './query';
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

/** Multiplies bm25 (negative: lower is better) per kind of document. */
const KIND_BOOST: Record<SearchHit['kind'], number> = { 'course-note': 2, 'personal-note': 1.5, question: 1 };

/** bm25 weights, in column order: title, tags, body, extra (split CamelCase, ids), raw. */
const WEIGHTS = [10, 5, 1, 2, 0.3];

export class SearchService {
  private readonly index: Db;
  private built = false;
  private insertCache: Database.Statement | undefined;

  constructor(
    private readonly userDb: Db,
    private readonly content: ContentIndex,
    options: { nativeBinding?: string } = {},
  ) {
    this.index = new Database(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    this.index.exec(`
      CREATE VIRTUAL TABLE docs USING fts5(
        title, tags, body, extra, raw,
        kind UNINDEXED, ref UNINDEXED, display_title UNINDEXED, plain UNINDEXED, vocab UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '3 4 5'
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
      .prepare('SELECT rowid, kind, rank AS score, vocab FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?')
      .all(parsed.completeMatch ?? parsed.match, Math.max(limit * 3, 36)) as {
      rowid: number;
      kind: SearchHit['kind'];
      score: number;
      vocab: string;
    }[];
    if (candidates.length === 0) return [];
    // Phase 2: documents that match more of the typed words come first; within each level, bm25
    // with a boost for notes, since a learner who searches usually wants to read, not be quizzed.
    const chosen = candidates
      .map((c) => ({ ...c, covered: coverageOf(c.vocab, parsed.groups), boosted: c.score * KIND_BOOST[c.kind] }))
      .sort((a, b) => b.covered - a.covered || a.boosted - b.boosted)
      .slice(0, limit);
    // Phase 3: text for the hits actually shown.
    const detail = this.index.prepare('SELECT kind, ref, display_title, plain FROM docs WHERE rowid = ?');
    const ranked = chosen.map((c) => detail.get(c.rowid) as { kind: SearchHit['kind']; ref: string; display_title: string; plain: string });
    return ranked.map((r) => ({
      kind: r.kind,
      id: r.ref,
      title: r.display_title,
      snippet: makeSnippet(r.plain, new Set(parsed.stems), parsed.prefixes),
    }));
  }

  /** Keeps a personal note's entry current after it is created, saved or deleted. */
  updatePersonalNote(note: { id: string; title: string; body: string } | { id: string; deleted: true }): void {
    if (!this.built) return;
    this.index.prepare("DELETE FROM docs WHERE kind = 'personal-note' AND ref = ?").run(note.id);
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
    );
  }

  private get insertStatement() {
    this.insertCache ??= this.index.prepare(
      'INSERT INTO docs (title, tags, body, extra, raw, kind, ref, display_title, plain, vocab) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    return this.insertCache;
  }
}

/** How many typed words a document's vocabulary covers (as a stem, an expansion or a prefix). */
function coverageOf(vocab: string, groups: ParsedQuery['groups']): number {
  let covered = 0;
  for (const group of groups) {
    const hit =
      group.terms.some((term) => term.split(' ').every((word) => vocab.includes(` ${word} `))) ||
      (group.prefix !== undefined && vocab.includes(` ${group.prefix}`));
    if (hit) covered++;
  }
  return covered;
}

/** A window of the text around the first matched word, with matched words marked. */
export function makeSnippet(plain: string, stems: ReadonlySet<string>, prefixes: readonly string[], width = 180): string {
  const tokens = [...plain.matchAll(/[A-Za-z0-9]+/g)];
  const isHit = (word: string) => {
    const lower = word.toLowerCase();
    return stems.has(stem(lower)) || prefixes.some((p) => lower.startsWith(p));
  };
  const first = tokens.find((m) => isHit(m[0]));
  const start = Math.max(0, (first?.index ?? 0) - 50);
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
