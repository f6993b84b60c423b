// What a diagram is about, folded under the legend so the canvas keeps its height: its summary,
// the exam traps it teaches (the spec's notice) and every course note its nodes stand for.
import type { DiagramSpec } from '@common/content-schema';
import { memo } from 'react';
import { useCourseIndex } from '../../app/course-index';
import { routeHref } from '../../app/router';

/** The topics of a diagram's nodes, in the order the nodes list them, each once. */
export function diagramTopics(spec: Pick<DiagramSpec, 'nodes'>): string[] {
  return [...new Set(spec.nodes.flatMap((n) => n.topics))];
}

// Memoised: the canvas re-renders while it pans, and this part never changes with the camera.
export const DiagramAbout = memo(function DiagramAbout({ spec }: { spec: Pick<DiagramSpec, 'summary' | 'notice' | 'nodes'> }) {
  const { byId } = useCourseIndex();
  const topics = diagramTopics(spec);
  return (
    <details className="diagram-about">
      <summary>
        About this diagram · {spec.notice.length} exam {spec.notice.length === 1 ? 'trap' : 'traps'} · {topics.length}{' '}
        {topics.length === 1 ? 'note' : 'notes'}
      </summary>
      <div className="diagram-about-body">
        <p>{spec.summary}</p>
        {spec.notice.length > 0 && (
          <section aria-label="Exam traps">
            <h2>Exam traps</h2>
            <ul>
              {spec.notice.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </section>
        )}
        <section aria-label="Notes in this diagram">
          <h2>Notes in this diagram</h2>
          <ul className="diagram-about-notes">
            {topics.map((t) => (
              <li key={t}>
                <a className="chip" href={routeHref({ view: 'library', topicId: t })}>
                  {byId.get(t)?.title ?? t}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </details>
  );
});
