// The question browser's filters, sorts and stem shortener: plain functions, tested without a DOM.
import type { DomainId } from '@common/content-schema';
import type { QuestionBrowserRow } from '@common/contract';
import { formatInterval } from '@common/intervals';

export type SortKey = 'question' | 'domain' | 'attempts' | 'accuracy' | 'last' | 'due';

export interface BrowserFilters {
  text: string;
  domain: DomainId | 'all';
  topic: string;
  format: 'all' | 'single' | 'multi';
  difficulty: 'all' | '1' | '2' | '3';
  seen: 'all' | 'seen' | 'unseen';
  result: 'all' | 'right' | 'wrong';
  due: 'all' | 'now' | 'week';
  flag: 'all' | 'flagged' | 'unflagged';
}

export const NO_FILTERS: BrowserFilters = {
  text: '',
  domain: 'all',
  topic: '',
  format: 'all',
  difficulty: 'all',
  seen: 'all',
  result: 'all',
  due: 'all',
  flag: 'all',
};

const DAY = 86_400_000;
/** A practice holds at most as many questions as a mock exam. */
export const PRACTICE_MAX = 75;

export function filterQuestions(rows: QuestionBrowserRow[], f: BrowserFilters, now = Date.now()): QuestionBrowserRow[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.domain !== 'all' && r.domain !== f.domain) return false;
    if (f.topic && !r.topics.some((t) => t.id === f.topic)) return false;
    if (f.format !== 'all' && r.format !== f.format) return false;
    if (f.difficulty !== 'all' && String(r.difficulty) !== f.difficulty) return false;
    if (f.seen === 'seen' && r.attempts === 0) return false;
    if (f.seen === 'unseen' && r.attempts > 0) return false;
    if (f.result === 'right' && r.lastCorrect !== true) return false;
    if (f.result === 'wrong' && r.lastCorrect !== false) return false;
    if (f.flag === 'flagged' && !r.flagged) return false;
    if (f.flag === 'unflagged' && r.flagged) return false;
    const due = r.due ? new Date(r.due).getTime() : Number.POSITIVE_INFINITY;
    if (f.due === 'now' && due > now) return false;
    if (f.due === 'week' && due > now + 7 * DAY) return false;
    const haystack = `${r.stem} ${r.topics.map((t) => t.title).join(' ')} ${r.id}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

const accuracy = (r: QuestionBrowserRow) => (r.attempts ? r.correct / r.attempts : -1);
export const SORTS: Record<SortKey, (a: QuestionBrowserRow, b: QuestionBrowserRow) => number> = {
  question: (a, b) => a.stem.localeCompare(b.stem),
  domain: (a, b) => a.domain.localeCompare(b.domain) || (a.topics[0]?.title ?? '').localeCompare(b.topics[0]?.title ?? ''),
  attempts: (a, b) => a.attempts - b.attempts,
  accuracy: (a, b) => accuracy(a) - accuracy(b),
  last: (a, b) => (a.lastAnsweredAt ?? '').localeCompare(b.lastAnsweredAt ?? ''),
  due: (a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'),
};

/** How much of a stem the browser's question column shows (oneLine cuts it at a word). */
export const BROWSER_STEM_CHARS = 110;

/** "now", "in 3 d", or "—" for a card not booked yet. */
export function dueIn(due: string | null, now: number): string {
  if (!due) return '—';
  const at = new Date(due).getTime();
  return at <= now ? 'now' : `in ${formatInterval(now, at)}`;
}
