// Drill mode: a few node labels are hidden; the learner names each from four choices. Answers
// are checked and stored by the Node side as quiz attempts (mode "diagram").

import type { DrillFeedback, DrillSessionView } from '@common/contract';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/Status';

export interface DrillState {
  session: DrillSessionView;
  answers: Record<string, DrillFeedback & { choice: string }>;
}

export function DrillPanel({
  drill,
  onAnswer,
  onFocusNode,
  onRestart,
  onClose,
}: {
  drill: DrillState;
  onAnswer: (feedback: DrillFeedback & { choice: string }) => void;
  onFocusNode: (nodeId: string) => void;
  onRestart: () => void;
  onClose: () => void;
}) {
  const [error, setError] = useState<Error>();
  // One answer per node: choices are locked while an answer is on its way.
  const [pending, setPending] = useState(false);
  const current = drill.session.items.find((item) => !drill.answers[item.nodeId]);
  const shownAt = useRef(performance.now());
  const done = !current;
  const score = Object.values(drill.answers).filter((a) => a.correct).length;

  useEffect(() => {
    if (current) {
      shownAt.current = performance.now();
      onFocusNode(current.nodeId);
    }
  }, [current, onFocusNode]);

  const choose = async (choice: string) => {
    if (!current || pending) return;
    setError(undefined);
    setPending(true);
    try {
      const feedback = await api['drill.answer']({
        sessionId: drill.session.sessionId,
        nodeId: current.nodeId,
        choice,
        timeMs: Math.round(performance.now() - shownAt.current),
      });
      onAnswer({ ...feedback, choice });
    } catch (err) {
      setError(err as Error);
    } finally {
      setPending(false);
    }
  };

  return (
    <aside className="node-panel drill-panel" aria-label="Drill">
      <header>
        <h2>Drill</h2>
        <button type="button" onClick={onClose} aria-label="Close drill">
          ×
        </button>
      </header>
      <p className="muted">
        Name each highlighted node. {Object.keys(drill.answers).length} of {drill.session.items.length} answered.
      </p>
      {error && <ErrorMessage error={error} />}
      {current && (
        <fieldset className="drill-choices">
          <legend>What is the highlighted node?</legend>
          {current.choices.map((c) => (
            <button key={c} type="button" disabled={pending} onClick={() => void choose(c)}>
              {c}
            </button>
          ))}
        </fieldset>
      )}
      <ol className="drill-results">
        {drill.session.items
          .filter((item) => drill.answers[item.nodeId])
          .map((item) => {
            const a = drill.answers[item.nodeId];
            return (
              <li key={item.nodeId} className={a?.correct ? 'is-correct' : 'is-wrong'}>
                {a?.correct ? '✓' : '✗'} {a?.correctLabel}
                {!a?.correct && <span className="muted"> (you said {a?.choice})</span>}
              </li>
            );
          })}
      </ol>
      {done && (
        <div role="status" className="drill-done">
          <p>
            <strong>
              {score} of {drill.session.items.length} correct.
            </strong>{' '}
            Saved to your quiz history.
          </p>
          <button type="button" className="primary" onClick={onRestart}>
            Drill again
          </button>
        </div>
      )}
    </aside>
  );
}
