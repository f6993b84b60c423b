// Search across course notes, personal notes and quiz questions.
// Snippets mark matched text with HIT_START/HIT_END control characters instead of HTML, so the
// page can highlight them as React elements and no searched text is ever parsed as markup.
import type { SearchHit } from '../common/contract';
import type { ContentIndex } from './content';
import type { Db } from './database';

export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

interface Doc {
  kind: SearchHit['kind'];
  id: string;
  title: string;
  body: string;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

function makeSnippet(body: string, terms: string[], width = 160): string {
  const plain = body
    .replace(/[#>*_`|[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const lower = plain.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), plain.length);
  const start = Math.max(0, (first === plain.length ? 0 : first) - 40);
  let window = plain.slice(start, start + width);
  for (const term of terms) {
    if (!term) continue;
    window = window.replace(new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), (m) => `${HIT_START}${m}${HIT_END}`);
  }
  return `${start > 0 ? '…' : ''}${window}${start + width < plain.length ? '…' : ''}`;
}

export class SearchService {
  private readonly courseDocs: Doc[];

  constructor(
    private readonly db: Db,
    content: ContentIndex,
  ) {
    this.courseDocs = [
      ...[...content.notes.values()].map((n) => ({
        kind: 'course-note' as const,
        id: n.meta.id,
        title: n.meta.title,
        body: `${n.meta.tags.join(' ')} ${n.markdown}`,
      })),
      ...[...content.questions.values()].map((q) => ({
        kind: 'question' as const,
        id: q.id,
        title: q.stem.slice(0, 90),
        body: `${q.stem} ${q.options.map((o) => o.text).join(' ')}`,
      })),
    ];
  }

  query(query: string, limit: number): SearchHit[] {
    const terms = normalise(query).split(' ').filter(Boolean);
    if (terms.length === 0) return [];
    const personal = (
      this.db.prepare('SELECT id, title, body FROM personal_notes WHERE deleted_at IS NULL').all() as Omit<Doc, 'kind'>[]
    ).map((d) => ({ ...d, kind: 'personal-note' as const }));
    const scored: { doc: Doc; score: number }[] = [];
    for (const doc of [...this.courseDocs, ...personal]) {
      const title = normalise(doc.title);
      const body = normalise(doc.body);
      let score = 0;
      let all = true;
      for (const term of terms) {
        const inTitle = title.includes(term);
        const inBody = body.includes(term);
        if (!inTitle && !inBody) {
          all = false;
          break;
        }
        score += (inTitle ? 5 : 0) + (inBody ? 1 : 0);
      }
      if (all) scored.push({ doc, score });
    }
    scored.sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title));
    return scored.slice(0, limit).map(({ doc }) => ({
      kind: doc.kind,
      id: doc.id,
      title: doc.title,
      snippet: makeSnippet(doc.body, terms),
    }));
  }
}
