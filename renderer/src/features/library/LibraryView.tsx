// The course library: topics by exam domain with the learner's status, and the note reader.

import { DOMAIN_INFO } from '@common/content-schema';
import type { TopicStatus } from '@common/contract';
import { createMarkdown, extractHeadings } from '@common/markdown';
import { useEffect, useMemo, useRef } from 'react';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { navigate, routeHref } from '../../app/router';
import { Markdown } from '../../ui/Markdown';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import './library.css';
import { useRevealPassage } from './useRevealPassage';

/** Notes with at least this many sections get a table of contents. */
const TOC_MIN_HEADINGS = 5;
const headingParser = createMarkdown();

const STATUS_LABEL: Record<TopicStatus, string> = { new: 'New', read: 'Read', confident: 'Confident' };
const STATUS_SCORE: Record<TopicStatus, number> = { new: 0, read: 0.5, confident: 1 };

export function LibraryView({ topicId, sectionId, find }: { topicId?: string; sectionId?: string; find?: string }) {
  const { notes } = useCourseIndex();
  const domains = useMemo(
    () =>
      DOMAIN_INFO.map((d) => {
        const topics = notes.filter((n) => n.domain === d.id);
        const score = topics.reduce((sum, t) => sum + STATUS_SCORE[t.status], 0);
        return { ...d, topics, progress: topics.length ? score / topics.length : 0 };
      }),
    [notes],
  );
  const weighted = domains.reduce((sum, d) => sum + d.progress * d.weight, 0) / 100;

  return (
    <div className="library">
      <nav className="library-index" aria-label="Course topics">
        <h1>Library</h1>
        <p className="overall-progress">
          Exam-weighted progress: <strong data-testid="overall-progress">{Math.round(weighted * 100)}%</strong>
        </p>
        {domains.map((d) => (
          <section key={d.id} className="domain-group" aria-label={`${d.id} ${d.name}`}>
            <h2>
              {d.id} {d.name} <span className="weight">{d.weight}%</span>
            </h2>
            <progress max={1} value={d.progress} aria-label={`${d.id} progress`} data-testid={`progress-${d.id}`} />
            <ul>
              {d.topics.map((t) => (
                <li key={t.id}>
                  <a href={routeHref({ view: 'library', topicId: t.id })} aria-current={t.id === topicId ? 'page' : undefined}>
                    <span className={`status-dot status-${t.status}`} title={STATUS_LABEL[t.status]} />
                    {t.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
      <div className="library-reader">
        {topicId ? <CourseNoteReader id={topicId} sectionId={sectionId} find={find} /> : <LibraryWelcome />}
      </div>
    </div>
  );
}

function LibraryWelcome() {
  const { notes } = useCourseIndex();
  return (
    <div className="welcome">
      <h2>Study the course</h2>
      <p>
        {notes.length} topics across the six exam domains. Pick a topic on the left, or press <kbd>Ctrl</kbd>+<kbd>K</kbd> to search.
      </p>
    </div>
  );
}

/** A course note; `sectionId` and `find` name the place a search hit answers, shown on arrival. */
export function CourseNoteReader({ id, sectionId, find }: { id: string; sectionId?: string; find?: string }) {
  const { notes, byId, resolveLink, update } = useCourseIndex();
  const { data: note, error, loading, reload, setData } = useAsync(() => api['library.get']({ id }), [id]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headings = useMemo(() => (note ? extractHeadings(headingParser, note.markdown).filter((h) => h.level <= 3) : []), [note]);
  const position = notes.findIndex((n) => n.id === id);
  const previous = position > 0 ? notes[position - 1] : undefined;
  const next = position >= 0 ? notes[position + 1] : undefined;

  const articleRef = useRef<HTMLElement>(null);
  const headed = sectionId !== undefined || find !== undefined;

  useEffect(() => {
    // Focus starts on the title for screen readers; the view stays where a search hit points.
    if (note) headingRef.current?.focus({ preventScroll: headed });
  }, [note, headed]);
  useRevealPassage(articleRef, note, sectionId, find);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, [contenteditable]')) return;
      if (event.altKey && event.key === 'ArrowRight' && next) navigate({ view: 'library', topicId: next.id });
      if (event.altKey && event.key === 'ArrowLeft' && previous) navigate({ view: 'library', topicId: previous.id });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous]);

  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !note) return <Loading what="note" />;

  // Optimistic: the choice shows at once and is rolled back if it could not be saved.
  const setStatus = async (status: TopicStatus) => {
    const previous = note.status;
    setData({ ...note, status });
    try {
      update(await api['library.setStatus']({ id, status }));
    } catch {
      setData({ ...note, status: previous });
    }
  };

  return (
    <article ref={articleRef} className="course-note" aria-labelledby="note-title">
      <header>
        <p className="eyebrow">
          {note.domain} · {note.tags.join(' · ')}
        </p>
        <h1 id="note-title" ref={headingRef} tabIndex={-1}>
          {note.title}
        </h1>
        <fieldset className="status-picker">
          <legend>My status</legend>
          {(['new', 'read', 'confident'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="topic-status" checked={note.status === s} onChange={() => void setStatus(s)} />
              {STATUS_LABEL[s]}
            </label>
          ))}
        </fieldset>
      </header>
      {headings.length >= TOC_MIN_HEADINGS && (
        <nav className="toc" aria-label="On this page">
          <h2>On this page</h2>
          <ul>
            {headings.map((h) => (
              <li key={h.id} className={`toc-level-${h.level}`}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => document.getElementById(h.id)?.scrollIntoView({ behavior: 'smooth' })}
                >
                  {h.text}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Markdown markdown={note.markdown} resolveLink={resolveLink} linkKey={`course-${notes.length}`} />
      <footer className="note-footer">
        {note.appearsIn.length > 0 && (
          <section aria-label="Appears in diagrams">
            <h2>Appears in diagrams</h2>
            <ul className="chips">
              {note.appearsIn.map((d) => (
                <li key={d.diagramId}>
                  <a href={routeHref({ view: 'diagrams', diagramId: d.diagramId, nodeId: d.nodeIds[0] })}>{d.title}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-label="My notes on this topic">
          <h2>My notes on this topic</h2>
          {note.myNotes.length > 0 ? (
            <ul className="chips">
              {note.myNotes.map((n) => (
                <li key={n.id}>
                  <a href={routeHref({ view: 'notes', noteId: n.id })}>{n.title}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">
              None yet. Link a note of yours here by writing <code>[[{note.id}]]</code> in it.
            </p>
          )}
        </section>
        {note.related.length > 0 && (
          <section aria-label="Related topics">
            <h2>Related topics</h2>
            <ul className="chips">
              {note.related.map((r) => (
                <li key={r}>
                  <a href={routeHref({ view: 'library', topicId: r })}>{byId.get(r)?.title ?? r}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <nav className="prev-next" aria-label="Course order">
          {previous ? <a href={routeHref({ view: 'library', topicId: previous.id })}>← {previous.title}</a> : <span />}
          {next ? <a href={routeHref({ view: 'library', topicId: next.id })}>{next.title} →</a> : <span />}
        </nav>
      </footer>
    </article>
  );
}
