// A course note read beside the question it explains: a "Study:" link in the answer feedback opens
// it here instead of leaving the quiz. Escape or the close button shuts it, and the quiz gives
// focus back to the link that opened it.

import { useEffect, useId, useRef } from 'react';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { routeHref } from '../../app/router';
import { Markdown } from '../../ui/Markdown';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';

export const READING_PANEL_ID = 'quiz-reading-panel';

export function ReadingPanel({ topicId, onClose }: { topicId: string; onClose: () => void }) {
  const { byId, resolveLink, notes } = useCourseIndex();
  const note = useAsync(() => api['library.get']({ id: topicId }), [topicId]);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves into the panel when it opens on a note, so the keyboard and screen readers start at its title.
  useEffect(() => {
    if (topicId) heading.current?.focus();
  }, [topicId]);
  const title = byId.get(topicId)?.title ?? note.data?.title ?? topicId;

  return (
    <aside
      id={READING_PANEL_ID}
      className="reading-panel"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <header className="reading-panel-header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="reading-panel-close" onClick={onClose} aria-label="Close the note">
          ×
        </button>
      </header>
      <a className="button-link" href={routeHref({ view: 'library', topicId })}>
        Open the full note
      </a>
      {note.error && <ErrorMessage error={note.error} onRetry={note.reload} />}
      {note.loading ? (
        <Loading what="note" />
      ) : (
        note.data && <Markdown markdown={note.data.markdown} resolveLink={resolveLink} linkKey={`course-${notes.length}`} />
      )}
    </aside>
  );
}
