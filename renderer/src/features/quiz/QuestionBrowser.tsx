// The question browser, as Anki's card browser: every question with the learner's record on it,
// filtered (domain, topic, format, difficulty, seen, last result, due, flagged), sorted by any
// column, each row opening the question (a flagged one marked), and the filtered set one click from a practice.
import { DOMAIN_INFO } from '@common/content-schema';
import type { QuizSessionView } from '@common/contract';
import { domainLabel, oneLine } from '@common/readable-text';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { routeHref } from '../../app/router';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import {
  BROWSER_STEM_CHARS,
  type BrowserFilters,
  dueIn,
  filterQuestions,
  NO_FILTERS,
  PRACTICE_MAX,
  SORTS,
  type SortKey,
} from './question-filters';
import { FlagMark } from './question-flags';

export function QuestionBrowser({ onStart }: { onStart: (session: QuizSessionView) => void }) {
  const all = useAsync(() => api['quiz.browse']({}), []);
  const [filters, setFilters] = useState<BrowserFilters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'domain', descending: false });
  const [error, setError] = useState<Error>();
  const topics = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of all.data ?? []) for (const t of r.topics) seen.set(t.id, t.title);
    return [...seen].sort((a, b) => a[1].localeCompare(b[1]));
  }, [all.data]);
  const shown = useMemo(() => {
    const rows = filterQuestions(all.data ?? [], filters);
    const compare = SORTS[sort.key];
    return rows.sort((a, b) => (sort.descending ? -compare(a, b) : compare(a, b)));
  }, [all.data, filters, sort]);

  if (all.error) return <ErrorMessage error={all.error} onRetry={all.reload} />;
  if (!all.data) return <Loading what="questions" />;
  const set = <K extends keyof BrowserFilters>(key: K, value: BrowserFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const practise = async () => {
    try {
      const ids = shown.slice(0, PRACTICE_MAX).map((r) => r.id);
      onStart(await api['quiz.start']({ mode: 'practice', questionIds: ids, only: 'all', count: ids.length }));
    } catch (err) {
      setError(err as Error);
    }
  };
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  const now = Date.now();
  return (
    <div className="question-browser">
      <fieldset className="browser-filters">
        <legend className="visually-hidden">Filter questions</legend>
        <input
          type="search"
          aria-label="Search the questions"
          placeholder="Words in the question or topic…"
          value={filters.text}
          onChange={(e) => set('text', e.target.value)}
        />
        <select aria-label="Domain" value={filters.domain} onChange={(e) => set('domain', e.target.value as BrowserFilters['domain'])}>
          <option value="all">All domains</option>
          {DOMAIN_INFO.map((d) => (
            <option key={d.id} value={d.id}>
              {d.id} · {d.name}
            </option>
          ))}
        </select>
        <select aria-label="Topic" value={filters.topic} onChange={(e) => set('topic', e.target.value)}>
          <option value="">All topics</option>
          {topics.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
        <select aria-label="Format" value={filters.format} onChange={(e) => set('format', e.target.value as BrowserFilters['format'])}>
          <option value="all">Any format</option>
          <option value="single">Multiple choice</option>
          <option value="multi">Multiple response</option>
        </select>
        <select
          aria-label="Difficulty"
          value={filters.difficulty}
          onChange={(e) => set('difficulty', e.target.value as BrowserFilters['difficulty'])}
        >
          <option value="all">Any difficulty</option>
          <option value="1">Easier</option>
          <option value="2">Medium</option>
          <option value="3">Harder</option>
        </select>
        <select aria-label="Seen" value={filters.seen} onChange={(e) => set('seen', e.target.value as BrowserFilters['seen'])}>
          <option value="all">Seen or not</option>
          <option value="seen">Answered before</option>
          <option value="unseen">Never answered</option>
        </select>
        <select aria-label="Last result" value={filters.result} onChange={(e) => set('result', e.target.value as BrowserFilters['result'])}>
          <option value="all">Any last result</option>
          <option value="wrong">Last answer wrong</option>
          <option value="right">Last answer right</option>
        </select>
        <select aria-label="Due" value={filters.due} onChange={(e) => set('due', e.target.value as BrowserFilters['due'])}>
          <option value="all">Due any time</option>
          <option value="now">Due now</option>
          <option value="week">Due within a week</option>
        </select>
        <select aria-label="Flagged" value={filters.flag} onChange={(e) => set('flag', e.target.value as BrowserFilters['flag'])}>
          <option value="all">Flagged or not</option>
          <option value="flagged">Flagged</option>
          <option value="unflagged">Not flagged</option>
        </select>
      </fieldset>
      <p className="browser-count">
        <span data-testid="browser-count">
          {shown.length} of {all.data.length} questions
        </span>
        <button type="button" onClick={() => setFilters(NO_FILTERS)} disabled={JSON.stringify(filters) === JSON.stringify(NO_FILTERS)}>
          Clear filters
        </button>
        <button type="button" className="primary" onClick={() => void practise()} disabled={shown.length === 0}>
          Practise {shown.length > PRACTICE_MAX ? `the first ${PRACTICE_MAX}` : shown.length === 1 ? 'this one' : `these ${shown.length}`}
        </button>
      </p>
      {error && <ErrorMessage error={error} />}
      <table className="browser-table">
        <thead>
          <tr>
            {header('question', 'Question')}
            {header('domain', 'Domain · topic')}
            {header('attempts', 'Answers')}
            {header('accuracy', 'Right')}
            {header('last', 'Last answered')}
            {header('due', 'Due')}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} data-testid="browser-row">
              <td>
                <a href={routeHref({ view: 'quiz', tab: 'practice', questionId: r.id })} title={r.stem}>
                  {oneLine(r.stem, BROWSER_STEM_CHARS)}
                </a>
                {r.flagged && (
                  <>
                    {' '}
                    <FlagMark />
                  </>
                )}
                <span className="muted browser-meta">
                  {r.format === 'multi' ? 'multiple response' : 'multiple choice'} · difficulty {r.difficulty}
                </span>
              </td>
              <td>
                {domainLabel(r.domain)}
                <span className="muted browser-meta">{r.topics[0]?.title}</span>
              </td>
              <td>{r.attempts}</td>
              <td>{r.attempts ? `${r.correct} of ${r.attempts}${r.lastCorrect === false ? ' · last wrong' : ''}` : '—'}</td>
              <td>{r.lastAnsweredAt ? new Date(r.lastAnsweredAt).toLocaleDateString() : 'never'}</td>
              <td>{dueIn(r.due, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NoteCardList />
    </div>
  );
}

/** The cards written in personal notes, listed beside the course's questions. */
function NoteCardList() {
  const cards = useAsync(() => api['noteCards.list']({}), []);
  if (cards.error) return <ErrorMessage error={cards.error} onRetry={cards.reload} />;
  if (!cards.data || cards.data.length === 0) return null;
  const now = Date.now();
  return (
    <section className="browser-note-cards" aria-labelledby="browser-note-cards-title">
      <h2 id="browser-note-cards-title">Cards from my notes ({cards.data.length})</h2>
      <table className="browser-table">
        <thead>
          <tr>
            <th scope="col">Card</th>
            <th scope="col">Note</th>
            <th scope="col">Reviews</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {cards.data.map((c) => (
            <tr key={c.cardId} data-testid="browser-note-card">
              <td>
                {oneLine(c.front, BROWSER_STEM_CHARS)}
                <span className="muted browser-meta">{c.kind === 'cloze' ? 'cloze' : 'question and answer'}</span>
              </td>
              <td>
                <a href={routeHref({ view: 'notes', noteId: c.noteId })}>{c.noteTitle}</a>
              </td>
              <td>{c.reviews ? `${c.reviews}${c.lapses ? ` · ${c.lapses} forgotten` : ''}` : 'new'}</td>
              <td>{dueIn(c.due, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
